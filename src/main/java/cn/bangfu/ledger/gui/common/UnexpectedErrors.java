package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.gui.Messages;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's last line of defence: any exception nothing else caught — in an FX event handler or on a
 * worker thread — is logged and shown in a Chinese dialog that says what happened, that what was saved is in
 * the ledger and that a write that failed was undone as a whole (every write is one transaction), and where
 * the log file is. The window keeps running.
 */
public final class UnexpectedErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final DialogService dialogs;
    private final Path logFile;
    /** One dialog at a time: a handler that fails on every pulse must not stack a hundred dialogs. */
    private final AtomicBoolean showing = new AtomicBoolean();

    private UnexpectedErrors(DialogService dialogs, Path logFile) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.logFile = Objects.requireNonNull(logFile);
    }

    /** Catches every uncaught exception of the program from now on (call on the FX thread). */
    public static UnexpectedErrors install(DialogService dialogs, Path logFile) {
        UnexpectedErrors handler = new UnexpectedErrors(dialogs, logFile);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> handler.handle(t, e));
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> handler.handle(t, e));
        }
        return handler;
    }

    /** Where the program writes its log (the launcher sets the data folder's logs/; app.LogConfigurator writes there). */
    public static Path logFile() {
        String dir = System.getProperty("bangfu.logdir");
        Path folder = dir != null ? Path.of(dir) : Path.of(System.getProperty("java.io.tmpdir"), "bangfu-logs");
        return folder.resolve("bangfu.log");
    }

    /** Logs the failure and shows the dialog (later, on the FX thread, outside any layout pass). */
    public void handle(Thread thread, Throwable e) {
        LOG.error("Uncaught exception on thread {}", thread == null ? "?" : thread.getName(), e);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Runnable show = () -> {
            try {
                dialogs.showError(Messages.t("common.unexpected.title"), text(e));
            } finally {
                showing.set(false);
            }
        };
        try {
            Platform.runLater(show);
        } catch (IllegalStateException toolkitGone) {
            showing.set(false); // the window is closing: the log has it
        }
    }

    /** What the dialog says. */
    String text(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null || root.getMessage().isBlank() ? root.getClass().getSimpleName()
                : root.getMessage();
        return Messages.t("common.unexpected.header") + "\n\n" + Messages.t("common.unexpected.body", what, logFile);
    }
}
