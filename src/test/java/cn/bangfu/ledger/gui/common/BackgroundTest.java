package cn.bangfu.ledger.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.LedgerException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The one runner: running state, progress, result or error, cancel, and newer work replacing older. */
class BackgroundTest {

    /** Work and FX callbacks wait in queues until the test runs them: the test is the scheduler. */
    private static final class Steps implements Executor {
        final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            queue.add(r);
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.removeFirst().run();
            }
        }
    }

    private final Steps worker = new Steps();
    private final Steps fx = new Steps();
    private final Background background = Background.on(worker, fx);

    @Test
    void showsRunningWithItsTextUntilTheResultArrivesOnTheFxSide() {
        List<String> got = new ArrayList<>();
        background.task(p -> "卡片").busyText("正在读取…").onSuccess(got::add).start();
        assertThat(background.isRunning()).isTrue();
        assertThat(background.messageProperty().get()).isEqualTo("正在读取…");

        worker.runAll(); // the work ran; its result waits for the FX thread
        assertThat(got).isEmpty();
        assertThat(background.isRunning()).isTrue();

        fx.runAll();
        assertThat(got).containsExactly("卡片");
        assertThat(background.isRunning()).isFalse();
        assertThat(background.messageProperty().get()).isEmpty();
    }

    @Test
    void progressIsShownAndCoalesced() {
        background.task(p -> {
            for (int i = 1; i <= 100; i++) {
                p.update("检查 " + i, i / 100.0);
            }
            return 1;
        }).start();
        worker.runAll();
        assertThat(fx.queue).hasSize(2); // one progress update for the hundred, then the result
        fx.queue.removeFirst().run();
        assertThat(background.messageProperty().get()).isEqualTo("检查 100");
        assertThat(background.progressProperty().get()).isEqualTo(1.0);
        fx.runAll();
        assertThat(background.isRunning()).isFalse();
    }

    @Test
    void aRefusalOfTheLedgerIsShownAsItIsAndAnUnexpectedFailureIsNamed() {
        background.task(p -> {
            throw new LedgerException("这个身份证号已经在账本里");
        }).start();
        worker.runAll();
        fx.runAll();
        assertThat(background.errorProperty().get()).isEqualTo("这个身份证号已经在账本里");

        background.task(p -> {
            throw new IllegalStateException("boom");
        }).start();
        assertThat(background.errorProperty().get()).isEmpty(); // a new task clears the old failure
        worker.runAll();
        fx.runAll();
        assertThat(background.errorProperty().get()).contains("出错了").contains("boom").contains("日志");
    }

    @Test
    void aFailureHandlerGetsTheFailureInsteadOfTheErrorLine() {
        List<Throwable> failures = new ArrayList<>();
        background.task(p -> {
            throw new LedgerException("不行");
        }).onFailure(failures::add).start();
        worker.runAll();
        fx.runAll();
        assertThat(failures).singleElement().isInstanceOf(LedgerException.class);
        assertThat(background.errorProperty().get()).isEmpty();
    }

    @Test
    void cancellingTellsTheWorkAndItsCancellationIsReported() {
        List<Throwable> failures = new ArrayList<>();
        background.task(p -> {
            p.checkCancelled();
            return "done";
        }).cancellable().onFailure(failures::add).start();
        assertThat(background.cancellableProperty().get()).isTrue();
        background.cancel();
        worker.runAll();
        fx.runAll();
        assertThat(failures).singleElement().isInstanceOf(CancellationException.class);
        assertThat(Background.explain(failures.getFirst())).isEqualTo("已取消。");
        assertThat(background.cancellableProperty().get()).isFalse();
    }

    @Test
    void aTaskThatCannotBeCancelledIsNotCancelled() {
        List<String> got = new ArrayList<>();
        background.task(p -> p.isCancelled() ? "cancelled" : "written").onSuccess(got::add).start();
        background.cancel();
        worker.runAll();
        fx.runAll();
        assertThat(got).containsExactly("written");
    }

    @Test
    void newerWorkInTheSameLaneReplacesOlderWhoseResultIsDropped() {
        List<String> got = new ArrayList<>();
        background.task(p -> p.isCancelled() ? "old, cancelled" : "old").latest("search").onSuccess(got::add).start();
        background.task(p -> "new").latest("search").onSuccess(got::add).start();
        assertThat(background.isRunning()).isTrue();
        worker.runAll();
        fx.runAll();
        assertThat(got).containsExactly("new");
        assertThat(background.isRunning()).isFalse();
    }

    @Test
    void inPlaceRunsAtOnceForTests() {
        List<Integer> got = new ArrayList<>();
        Background.inPlace().task(p -> 42).onSuccess(got::add).start();
        assertThat(got).containsExactly(42);
    }
}
