package cn.bangfu.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.ImportIssue;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.SavedMapping;
import cn.bangfu.ledger.model.Threshold;
import cn.bangfu.ledger.model.Village;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guarantees of the store that had no test of their own (issue 9, item 9). */
class StoreGuaranteesTest {

    static final Change CLERK = Change.by("李会计");

    @TempDir
    Path dir;

    /** A member without an ID number (flagged), so that many of them may be current at once. */
    static Member person(long householdId, String name, String relation) {
        return new Member(null, householdId, name, "居民身份证", null, null, "ID_FORMAT", "1", null, "汉族", relation,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static long addHousehold(Ledger ledger, String no) {
        return ledger.write(CLERK, tx -> {
            long v = tx.villages().byName("东坑村").map(Village::id).orElseGet(() -> tx.villages().add(Village.named("东坑村", 1)));
            long h = tx.households().add(new Household(null, no, v, null, "脱贫户", false, null, null, null));
            tx.members().add(person(h, "张三丰", "户主"));
            return h;
        });
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Closing checkpoints the WAL: writes that a reader kept in the WAL (PASSIVE checkpoints after each write
     * cannot pass a reader's snapshot) are in the main file after close, so ledger.db copied alone holds them.
     * Another connection stays open while the ledger closes, so SQLite's own checkpoint at the last close
     * cannot be what folds them in.
     */
    @Test
    void closingFoldsTheWalIntoTheFileSoTheFileAloneCopiedHoldsEverything() throws Exception {
        Path file = dir.resolve("ledger.db");
        Ledger ledger = Ledger.open(file);
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            reader.setAutoCommit(false);
            assertThat(count(reader, "select count(*) from household")).isZero(); // pins the WAL's start
            for (int i = 0; i < 20; i++) {
                addHousehold(ledger, "00" + i);
            }
            reader.commit(); // the reader stays open, idle
            assertThat(householdsInCopy(file, "before-close")).as("the writes wait in the WAL").isLessThan(20);

            ledger.close();

            assertThat(householdsInCopy(file, "after-close")).isEqualTo(20);
            assertThat(count(reader, "select count(*) from household")).isEqualTo(20);
        } finally {
            ledger.close();
        }
        try (Ledger copy = Ledger.open(dir.resolve("after-close").resolve("ledger.db"), Ledger.Mode.READ_ONLY)) {
            assertThat(copy.<Long>read(v -> v.households().count())).isEqualTo(20);
            assertThat(copy.<Long>read(v -> v.members().countCurrent())).isEqualTo(20);
            assertThat(copy.<Map<String, Long>>read(v -> v.integrity().rowsWithoutAudit())).isEmpty();
        }
    }

    /** Copies ledger.db alone (no -wal, no -shm) into a folder of its own and counts the households there. */
    private long householdsInCopy(Path file, String folder) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(folder)).resolve("ledger.db");
        Files.copy(file, copy);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            return count(c, "select count(*) from household");
        }
    }

    @Test
    void aReadOnlyOpenRefusesALedgerThatNeedsMigratingAndLeavesItAsItWas() throws Exception {
        Path file = dir.resolve("old.db");
        Flyway.configure().dataSource("jdbc:sqlite:" + file, null, null).locations("classpath:db/migration")
                .target("1").load().migrate(); // a ledger written by the first version
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Ledger.open(file, Ledger.Mode.READ_ONLY)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("账本需要升级到当前版本").hasMessageContaining("init");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertThat(count(c, "select count(*) from flyway_schema_history where version is not null")).isEqualTo(1);
        }

        try (Ledger ledger = Ledger.open(file)) { // opening for writing migrates it
            assertThat(ledger.schemaVersion()).isEqualTo(LedgerTest.latestMigration());
        }
        try (Ledger ledger = Ledger.open(file, Ledger.Mode.READ_ONLY)) {
            assertThat(ledger.<Long>read(v -> v.households().count())).isZero();
        }
    }

    @Test
    void repositoryWritesOutsideWriteRefuseAndWriteNothing() {
        try (Ledger ledger = Ledger.open(dir.resolve("ledger.db"))) {
            long h = addHousehold(ledger, "0001");
            long audit = ledger.read(v -> v.audit().count());
            List<Consumer<LedgerView>> writes = List.of(
                    v -> v.villages().add(Village.named("西岭村", 2)),
                    v -> v.households().add(new Household(null, "0002", 1, null, "脱贫户", false, null, null, null)),
                    v -> v.members().add(person(h, "李四", "配偶")),
                    v -> v.members().addAll(List.of(person(h, "李四", "配偶"))),
                    v -> v.members().fillMissingInitials(),
                    v -> v.settings().put("office.town", "后门镇"),
                    v -> v.thresholds().put(new Threshold(2026, "全县", 800_000, null)),
                    v -> v.dibaoGrades().put(new DibaoGrade(2026, "一档", 50_000, null)),
                    v -> v.leads().addAll(List.of(new Lead(null, h, null, "张三丰", "x", "县医保局", "自付超标", null, null,
                            null, null, null, null))),
                    v -> v.imports().addIssues(1, List.of(new ImportIssue(null, 1, null, 2, null, "X", "error", "x"))),
                    v -> v.imports().saveMapping(new SavedMapping(null, "方案", "roster", "sig", "{}", "2026-01-01")));
            for (Consumer<LedgerView> write : writes) {
                assertThatThrownBy(() -> ledger.read(v -> {
                    write.accept(v);
                    return null;
                })).isInstanceOf(LedgerException.class).hasMessageContaining("只能在写入事务中修改账本");
            }
            assertThat(ledger.<Long>read(v -> v.audit().count())).isEqualTo(audit);
            assertThat(ledger.<Long>read(v -> v.villages().count())).isEqualTo(1);
            assertThat(ledger.<Long>read(v -> v.households().count())).isEqualTo(1);
            assertThat(ledger.<Long>read(v -> v.members().countCurrent())).isEqualTo(1);
            assertThat(ledger.<Map<String, String>>read(v -> v.settings().all())).isEmpty();
            assertThat(ledger.<List<Lead>>read(v -> v.leads().all())).isEmpty();
            assertThat(ledger.<List<?>>read(v -> v.imports().mappings())).isEmpty();
        }
    }

    /**
     * Search initials missing from old rows are filled when the ledger is opened for writing, through the
     * audited write path: one transaction, an audit row per member with who and why, the household's own.
     */
    @Test
    void missingSearchInitialsAreFilledThroughTheAuditedWritePath() throws Exception {
        Path file = dir.resolve("ledger.db");
        long h;
        try (Ledger ledger = Ledger.open(file)) {
            h = addHousehold(ledger, "0001");
            ledger.update(CLERK, tx -> tx.members().add(person(h, "曾", "配偶")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("update member set name_initials = null"); // as a version before V2 left them
        }

        try (Ledger ledger = Ledger.open(file)) {
            assertThat(ledger.<List<String>>read(v -> v.members().ofHousehold(h).stream()
                    .map(m -> v.members().initialsOf(m.id())).toList())).containsExactly("zsf", "c z");
            var fills = ledger.read(v -> v.audit().ofHousehold(h)).stream()
                    .filter(a -> a.action().equals("update")).toList();
            assertThat(fills).hasSize(2).allSatisfy(a -> {
                assertThat(a.entity()).isEqualTo("member");
                assertThat(a.operator()).isEqualTo("帮扶台账程序");
                assertThat(a.reason()).contains("拼音首字母");
                assertThat(a.beforeJson()).isEqualTo("{\"name_initials\":null}");
                assertThat(a.householdId()).isEqualTo(h);
            });
            assertThat(fills).extracting(a -> a.afterJson())
                    .containsExactlyInAnyOrder("{\"name_initials\":\"zsf\"}", "{\"name_initials\":\"c z\"}");
            assertThat(ledger.<Map<String, Long>>read(v -> v.integrity().rowsWithoutAudit())).isEmpty();
        }
        try (Ledger ledger = Ledger.open(file)) { // nothing left to fill: no further audit rows
            assertThat(ledger.read(v -> v.audit().ofHousehold(h)).stream().filter(a -> a.action().equals("update")))
                    .hasSize(2);
        }
    }
}
