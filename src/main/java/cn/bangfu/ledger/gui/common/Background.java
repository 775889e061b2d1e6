package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.model.LedgerException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a screen runs long or database work: owned by its ViewModel, it runs the work off the FX thread
 * and hands back the result or a clear error on the FX thread, with progress and cancel.
 *
 * <pre>
 * background.task(p -&gt; services.households().card(id))
 *         .busyText(Messages.t("hh.card.loading"))
 *         .latest("card")                 // a newer card replaces this one: its result is dropped
 *         .onSuccess(this::show)
 *         .start();
 * </pre>
 *
 * <p>While work runs, {@link #runningProperty()}, {@link #messageProperty()} and {@link #progressProperty()}
 * say so; a failure without its own handler lands in {@link #errorProperty()} as Chinese text
 * ({@link #explain(Throwable)}): the ledger's own refusal as it is, anything unexpected logged and named.
 * Tests build it with {@link #inPlace()}: every task then runs at once on the calling thread.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    /** The window's worker threads: daemon, so a running read never keeps the program from exiting. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "bangfu-work-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /** The work itself: runs off the FX thread, must not touch properties or nodes. */
    @FunctionalInterface
    public interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A started task: cancel it, or ask whether it is still running. */
    public interface Handle {
        void cancel();

        boolean isDone();
    }

    private final Executor worker;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** Tasks started and not yet finished (FX thread only). */
    private int active;
    private final java.util.Map<String, Run<?>> latest = new java.util.HashMap<>();
    private Run<?> shown;

    private Background(Executor worker, Executor fx) {
        this.worker = worker;
        this.fx = fx;
    }

    /** For the window: work on daemon threads, results on the FX thread. */
    public static Background fx() {
        return new Background(WORKERS, Platform::runLater);
    }

    /** For tests and scripts: every task runs at once, on the calling thread. */
    public static Background inPlace() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** For tests that step the work themselves (e.g. to look at the screen while it runs). */
    public static Background on(Executor worker, Executor fx) {
        return new Background(Objects.requireNonNull(worker), Objects.requireNonNull(fx));
    }

    /** Begins describing a task; nothing runs until {@link TaskBuilder#start()}. */
    public <T> TaskBuilder<T> task(Work<T> work) {
        return new TaskBuilder<>(Objects.requireNonNull(work));
    }

    /** Cancels the task on screen (the one that shows its progress), if it can be cancelled. */
    public void cancel() {
        if (shown != null && shown.canCancel) {
            shown.cancel();
        }
    }

    /**
     * What to tell the clerk about a failure: the ledger's own Chinese refusal as it is, 已取消 for a cancel,
     * anything else named as unexpected (the caller logs it).
     */
    public static String explain(Throwable e) {
        if (e instanceof CancellationException) {
            return Messages.t("common.cancelled");
        }
        if (e instanceof LedgerException) {
            return e.getMessage();
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return Messages.t("common.unexpectedWork", detail);
    }

    /** Whether a failure is the program's fault (to be logged) rather than a refusal or a cancel. */
    public static boolean isUnexpected(Throwable e) {
        return !(e instanceof CancellationException) && !(e instanceof LedgerException);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0 … 1, or -1 while not known (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last failure of a task without its own failure handler, in Chinese; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void clearError() {
        error.set("");
    }

    /** Describes one task before it starts. */
    public final class TaskBuilder<T> {

        private final Work<T> work;
        private String busyText = "";
        private boolean cancellableTask;
        private String lane;
        private boolean quiet;
        private Consumer<? super T> onSuccess = v -> {
        };
        private Consumer<Throwable> onFailure;
        private Runnable onFinally = () -> {
        };

        private TaskBuilder(Work<T> work) {
            this.work = work;
        }

        /** What the screen says while it runs (e.g. 正在读取文件…). */
        public TaskBuilder<T> busyText(String text) {
            this.busyText = text == null ? "" : text;
            return this;
        }

        /** The clerk may cancel it ({@link Background#cancel()}); the work sees {@link Progress#isCancelled()}. */
        public TaskBuilder<T> cancellable() {
            this.cancellableTask = true;
            return this;
        }

        /**
         * A newer task in the same lane replaces this one (search as you type, the card of the selected row):
         * it is cancelled and its result or failure is dropped.
         */
        public TaskBuilder<T> latest(String laneName) {
            this.lane = Objects.requireNonNull(laneName);
            return this;
        }

        /** Does not show as running (small reads that should not flash a busy line). */
        public TaskBuilder<T> quiet() {
            this.quiet = true;
            return this;
        }

        /** On the FX thread, with the result. */
        public TaskBuilder<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = Objects.requireNonNull(handler);
            return this;
        }

        /**
         * On the FX thread, with the failure (a {@link CancellationException} when cancelled). Without one, the
         * failure's {@link #explain explanation} goes to {@link Background#errorProperty()}.
         */
        public TaskBuilder<T> onFailure(Consumer<Throwable> handler) {
            this.onFailure = Objects.requireNonNull(handler);
            return this;
        }

        /** On the FX thread, after success or failure (not for a replaced task). */
        public TaskBuilder<T> onFinally(Runnable handler) {
            this.onFinally = Objects.requireNonNull(handler);
            return this;
        }

        /** Starts it; call on the FX thread. */
        public Handle start() {
            Run<T> run = new Run<>(this);
            run.begin();
            return run;
        }
    }

    /** One running task. Fields read on the worker are final or atomic. */
    private final class Run<T> implements Handle, Progress {

        private final TaskBuilder<T> spec;
        private final boolean canCancel;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();
        /** Progress not yet shown: coalesced, so a fast loop posts one update per pulse, not one per row. */
        private final AtomicReference<Object[]> pending = new AtomicReference<>();
        private boolean replaced;

        Run(TaskBuilder<T> spec) {
            this.spec = spec;
            this.canCancel = spec.cancellableTask;
        }

        void begin() {
            if (spec.lane != null) {
                Run<?> before = latest.put(spec.lane, this);
                if (before != null) {
                    before.replaced = true;
                    before.cancelled.set(true);
                    before.finishState();
                }
            }
            if (!spec.quiet) {
                active++;
                shown = this;
                running.set(true);
                cancellable.set(canCancel);
                message.set(spec.busyText);
                progress.set(-1);
            }
            error.set("");
            worker.execute(this::work);
        }

        private void work() {
            T value;
            try {
                if (cancelled.get()) {
                    throw new CancellationException();
                }
                value = spec.work.call(this);
            } catch (Throwable e) {
                if (e instanceof VirtualMachineError vme && !(e instanceof OutOfMemoryError)) {
                    throw vme;
                }
                fx.execute(() -> failed(e));
                return;
            }
            fx.execute(() -> succeeded(value));
        }

        private void succeeded(T value) {
            if (!finishState()) {
                return;
            }
            try {
                spec.onSuccess.accept(value);
            } finally {
                spec.onFinally.run();
            }
        }

        private void failed(Throwable e) {
            if (!finishState()) {
                return;
            }
            if (isUnexpected(e)) {
                LOG.error("Background work failed", e);
            }
            try {
                if (spec.onFailure != null) {
                    spec.onFailure.accept(e);
                } else {
                    error.set(explain(e));
                }
            } finally {
                spec.onFinally.run();
            }
        }

        /** Ends the running state once; false when the task was replaced (its outcome is dropped). */
        private boolean finishState() {
            if (!done.compareAndSet(false, true)) {
                return false;
            }
            if (spec.lane != null && latest.get(spec.lane) == this) {
                latest.remove(spec.lane);
            }
            if (!spec.quiet) {
                active--;
                if (shown == this) {
                    shown = null;
                    cancellable.set(false);
                }
                if (active == 0) {
                    running.set(false);
                    message.set("");
                    progress.set(-1);
                }
            }
            return !replaced;
        }

        @Override
        public void update(String text, double fraction) {
            if (pending.getAndSet(new Object[] {text, fraction}) == null) {
                fx.execute(() -> {
                    Object[] p = pending.getAndSet(null);
                    if (p != null && !done.get() && shown == this) {
                        if (p[0] != null && !((String) p[0]).isEmpty()) {
                            message.set((String) p[0]);
                        }
                        progress.set((Double) p[1]);
                    }
                });
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isDone() {
            return done.get();
        }
    }
}
