package cn.bangfu.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Village;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads have their own read-only connection (issue 9, item 4): the window's list and card answer while a long
 * write (an import) holds the writer, and a read sees one committed state.
 */
class ReaderConnectionTest {

    static final Change CLERK = Change.by("李会计");

    @TempDir
    Path dir;

    private static long addHousehold(LedgerTx tx, String no) {
        long v = tx.villages().byName("东坑村").map(Village::id).orElseGet(() -> tx.villages().add(Village.named("东坑村", 1)));
        long h = tx.households().add(new Household(null, no, v, null, "脱贫户", false, null, null, null));
        tx.members().add(StoreGuaranteesTest.person(h, "张三丰", "户主"));
        return h;
    }

    @Test
    void aReadAnswersWhileAWriteIsInProgressAndSeesOnlyWhatWasCommitted() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
            ledger.update(CLERK, tx -> addHousehold(tx, "0001"));
            CountDownLatch written = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> ledger.update(CLERK, tx -> {
                for (int i = 2; i <= 50; i++) {
                    addHousehold(tx, "%04d".formatted(i));
                }
                written.countDown();
                await(release); // the "import" is still running: its rows are written, not committed
            }));
            try {
                assertThat(written.await(10, TimeUnit.SECONDS)).isTrue();

                // the read does not wait for the writer, and sees the last committed state only
                long seen = CompletableFuture.supplyAsync(() -> ledger.<Long>read(v -> v.households().count()))
                        .get(5, TimeUnit.SECONDS);
                assertThat(seen).isEqualTo(1);
                assertThat(importing).isNotDone();
            } finally {
                release.countDown();
            }
            importing.get(10, TimeUnit.SECONDS);
            assertThat(ledger.<Long>read(v -> v.households().count())).isEqualTo(50);
        }
    }

    @Test
    void oneReadSeesOneStateEvenWhenAWriteIsCommittedDuringIt() throws Exception {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
            ledger.update(CLERK, tx -> addHousehold(tx, "0001"));
            long[] counts = ledger.read(v -> {
                long before = v.households().count();
                // another thread commits a household while this read is open
                try { // a bounded wait: a read that blocked the writer would fail here, not hang
                    CompletableFuture.runAsync(() -> ledger.update(CLERK, tx -> addHousehold(tx, "0002")))
                            .get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("the write waited for the read", e);
                }
                return new long[] {before, v.households().count()};
            });
            assertThat(counts).containsExactly(1, 1);
            assertThat(ledger.<Long>read(v -> v.households().count())).isEqualTo(2);
        }
    }

    @Test
    void aReadInsideAWriteSeesThatWritesOwnChanges() {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
            long seen = ledger.write(CLERK, tx -> {
                addHousehold(tx, "0001");
                return ledger.<Long>read(v -> v.households().count());
            });
            assertThat(seen).isEqualTo(1);
        }
    }

    @Test
    void aReadAfterCloseIsRefusedAsBefore() {
        Ledger ledger = Ledger.open(dir.resolve("ledger.db"));
        ledger.update(CLERK, tx -> addHousehold(tx, "0001"));
        assertThat(ledger.<Long>read(v -> v.households().count())).isEqualTo(1);
        ledger.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ledger.read(v -> v.households().count()))
                .isInstanceOf(RuntimeException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
