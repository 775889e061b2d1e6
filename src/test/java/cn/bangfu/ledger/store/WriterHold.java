package cn.bangfu.ledger.store;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sqlite.Function;
import org.sqlite.SQLiteConnection;

/**
 * Holds the ledger's writer in the middle of its transaction, for tests that show what happens while a long write
 * runs. A temporary trigger on the writer connection only (no other connection sees it, nothing is stored in the
 * file) calls a function after every inserted {@code member} row; at the {@code nth} one the function waits until
 * {@link #release} — so a test sees the write under way for as long as it needs, however fast the machine.
 */
public final class WriterHold implements AutoCloseable {

    private static final String NAME = "test_writer_hold";

    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inserted = new AtomicInteger();

    private WriterHold() {
    }

    /** From now on, the writer stops after its {@code nth} inserted member until released (at most 5 minutes). */
    public static WriterHold atMember(Ledger ledger, int nth) {
        WriterHold hold = new WriterHold();
        ledger.write(Change.by("test"), tx -> {
            tx.dsl().connection(c -> {
                Function.create(c.unwrap(SQLiteConnection.class), NAME, new Function() {
                    @Override
                    protected void xFunc() throws SQLException {
                        if (hold.inserted.incrementAndGet() == nth) {
                            hold.reached.countDown();
                            try {
                                hold.release.await(5, TimeUnit.MINUTES);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        result(0);
                    }
                });
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TEMP TRIGGER " + NAME + " AFTER INSERT ON main.member BEGIN SELECT "
                            + NAME + "(); END");
                }
            });
            return null;
        });
        return hold;
    }

    /** Waits until the writer is held; false when it did not get there in time. */
    public boolean awaitHeld(long seconds) throws InterruptedException {
        return reached.await(seconds, TimeUnit.SECONDS);
    }

    /** Whether the writer is stopped at the hold now. */
    public boolean held() {
        return reached.getCount() == 0 && release.getCount() > 0;
    }

    /** Lets the writer go on. */
    public void release() {
        release.countDown();
    }

    @Override
    public void close() {
        release();
    }
}
