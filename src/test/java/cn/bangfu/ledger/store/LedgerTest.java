package cn.bangfu.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Threshold;
import cn.bangfu.ledger.model.Village;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    static final Change CLERK = Change.by("李会计");

    @TempDir
    Path dir;

    static Member member(long householdId, String name, String id, String relation, String gender) {
        return new Member(null, householdId, name, "居民身份证", id, id, null, gender, LocalDate.of(1970, 1, 1), "汉族",
                relation, "初中", null, "健康", "普通劳动力", "县内务工", 6L, true, true, false, "未享受", "不享受", null,
                null, "13500000000", null, null, null);
    }

    /** The highest version among the migrations shipped in src/main/resources/db/migration. */
    static String latestMigration() throws Exception {
        try (var files = Files.list(Path.of(LedgerTest.class.getResource("/db/migration").toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max(Integer::compare)
                    .orElseThrow().toString();
        }
    }

    @Test
    void createsMigratesAndSetsPragmas() throws Exception {
        Path file = dir.resolve("sub/folder/ledger.db");
        try (Ledger ledger = Ledger.open(file)) {
            assertThat(Files.exists(file)).isTrue();
            assertThat(ledger.schemaVersion()).isEqualTo(latestMigration());
            assertThat(ledger.<Integer>read(v -> v.dsl().fetchOne("PRAGMA foreign_keys").get(0, Integer.class))).isEqualTo(1);
            assertThat(ledger.<String>read(v -> v.dsl().fetchOne("PRAGMA journal_mode").get(0, String.class))).isEqualTo("wal");
            assertThat(ledger.<Integer>read(v -> v.dsl().fetchOne("PRAGMA synchronous").get(0, Integer.class))).isEqualTo(2);
            assertThat(ledger.<Integer>read(v -> v.dsl().fetchOne("PRAGMA busy_timeout").get(0, Integer.class))).isPositive();
            assertThat(ledger.<List<?>>read(v -> v.codeLists().entries("relation"))).hasSize(14);
            assertThat(ledger.<List<?>>read(v -> v.codeLists().entries("ethnicity"))).hasSize(56);
        }
    }

    @Test
    void writesRecordsRoundTripAndAuditInTheSameTransaction() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
        try (Ledger ledger = Ledger.open(dir.resolve("l.db"), Ledger.Mode.WRITE, clock)) {
            long hh = ledger.write(CLERK.because("新建"), tx -> {
                long v = tx.villages().add(Village.named("东坑村", 1));
                long h = tx.households().add(new Household(null, "0044152200100", v, null, "脱贫户", false,
                        "13800000000", "东坑村1号", null));
                tx.members().add(member(h, "张三丰", "11010519491231002X", "户主", "1"));
                tx.households().putIncome(new IncomeYear(h, 2025, 1_200_000, 0, 0, 300_000, 100_000, 0, 0));
                long e = tx.episodes().add(new Episode(null, h, "边缘易致贫户", "干部排查", YearMonth.of(2025, 3),
                        "王干部", null, false, null, null, null, null), List.of("因病", "因学"));
                tx.episodes().addSnapshot(new EpisodeSnapshot(e, EpisodeSnapshot.IDENTIFIED, 1, 500_000, 0, 0, 0, 0,
                        0, 0, false, true, false, true), h);
                return h;
            });
            Household h = ledger.read(v -> v.households().get(hh)).orElseThrow();
            assertThat(h.householdNo()).isEqualTo("0044152200100");
            assertThat(h.householdType()).isEqualTo("脱贫户");
            Member m = ledger.read(v -> v.members().ofHousehold(hh)).getFirst();
            assertThat(m.id()).isNotNull();
            assertThat(m.birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
            assertThat(m.medicalInsurance()).isTrue();
            assertThat(m.pensionInsurance()).isFalse();
            assertThat(m.workMonths()).isEqualTo(6L);
            Episode e = ledger.read(v -> v.episodes().ofHousehold(hh)).getFirst();
            assertThat(e.identifiedMonth()).isEqualTo(YearMonth.of(2025, 3));
            assertThat(ledger.<List<String>>read(v -> v.episodes().risks(e.id()))).containsExactly("因病", "因学");
            assertThat(ledger.<List<IncomeYear>>read(v -> v.households().incomes(hh)).getFirst().netIncome()).isEqualTo(1_400_000);

            var history = ledger.read(v -> v.audit().ofHousehold(hh));
            assertThat(history).extracting(a -> a.entity())
                    .contains("member", "income_year", "episode", "episode_risk", "episode_snapshot");
            var hhAudit = ledger.read(v -> v.audit().ofEntity("household", String.valueOf(hh))).getFirst();
            assertThat(hhAudit.operator()).isEqualTo("李会计");
            assertThat(hhAudit.reason()).isEqualTo("新建");
            assertThat(hhAudit.at()).isEqualTo("2026-11-23T02:00Z");
            assertThat(hhAudit.afterJson()).contains("\"household_no\":\"0044152200100\"");

            // an update audits only what changed, old and new
            ledger.update(CLERK, tx -> tx.households().putIncome(
                    new IncomeYear(hh, 2025, 1_300_000, 0, 0, 300_000, 100_000, 0, 0)));
            var incomeAudit = ledger.read(v -> v.audit().ofEntity("income_year", hh + "/2025"));
            assertThat(incomeAudit).hasSize(2);
            assertThat(incomeAudit.get(1).beforeJson()).isEqualTo("{\"wage_income\":1200000}");
            assertThat(incomeAudit.get(1).afterJson()).isEqualTo("{\"wage_income\":1300000}");
            // an unchanged write leaves no audit row
            ledger.update(CLERK, tx -> tx.households().putIncome(
                    new IncomeYear(hh, 2025, 1_300_000, 0, 0, 300_000, 100_000, 0, 0)));
            assertThat(ledger.<List<?>>read(v -> v.audit().ofEntity("income_year", hh + "/2025"))).hasSize(2);
            assertThat(ledger.<java.util.Map<String, Long>>read(v -> v.integrity().rowsWithoutAudit())).isEmpty();
        }
    }

    @Test
    void aBulkInsertWritesAndAuditsEveryRowExactlyAsSingleInsertsDo() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC);
        try (Ledger ledger = Ledger.open(dir.resolve("b.db"), Ledger.Mode.WRITE, clock)) {
            long[] ids = ledger.write(CLERK.because("逐条"), tx -> {
                long v = tx.villages().add(Village.named("东坑村", 1));
                long one = tx.households().add(new Household(null, "0001", v, null, "脱贫户", true, "13800000000",
                        null, null));
                tx.members().add(member(one, "张三丰", "11010519491231002X", "户主", "1"));
                List<Long> bulk = tx.households().addAll(List.of(new Household(null, "0002", v, null, "脱贫户", true,
                        "13800000000", null, null)));
                tx.members().addAll(List.of(member(bulk.getFirst(), "张三丰", "110105194912310021", "户主", "1"),
                        member(bulk.getFirst(), "李四", "110105197001010015", "配偶", "1")));
                return new long[] {one, bulk.getFirst()};
            });
            var single = ledger.read(v -> v.audit().ofHousehold(ids[0]));
            var bulk = ledger.read(v -> v.audit().ofHousehold(ids[1]));
            assertThat(bulk).hasSize(3);
            // the same JSON, field for field, apart from the keys and the ID number
            java.util.function.Function<String, String> neutral = json -> json.replaceAll("\"(id|household_id)\":\\d+", "")
                    .replace("110105194912310021", "11010519491231002X");
            assertThat(neutral.apply(bulk.stream().filter(a -> a.entity().equals("household")).findFirst().orElseThrow()
                    .afterJson())).isEqualTo(neutral.apply(single.stream().filter(a -> a.entity().equals("household"))
                    .findFirst().orElseThrow().afterJson()).replace("\"0001\"", "\"0002\""));
            String bulkHead = bulk.stream().filter(a -> a.afterJson() != null && a.afterJson().contains("户主")).findFirst()
                    .orElseThrow().afterJson();
            String singleHead = single.stream().filter(a -> a.entity().equals("member")).findFirst().orElseThrow()
                    .afterJson();
            assertThat(neutral.apply(bulkHead)).isEqualTo(neutral.apply(singleHead));
            assertThat(bulkHead).contains("\"birth_date\":\"1970-01-01\"", "\"medical_insurance\":true",
                    "\"name_initials\":\"zsf\"");
            assertThat(bulk).allSatisfy(a -> {
                assertThat(a.operator()).isEqualTo("李会计");
                assertThat(a.reason()).isEqualTo("逐条");
                assertThat(a.at()).isEqualTo("2026-11-23T02:00Z");
            });
            // the derived summary is right after the bulk write (its per-row trigger stood aside)
            assertThat(ledger.<java.util.Map<Long, String>>read(v -> v.households().headNames()))
                    .containsEntry(ids[1], "张三丰");
            // the import's fast read of current members gives exactly what the ordinary read gives
            assertThat(ledger.<List<Member>>read(v -> v.members().currentOf(List.of(ids[0], ids[1]))))
                    .containsExactlyElementsOf(ledger.<List<Member>>read(v -> java.util.stream.Stream.concat(
                            v.members().ofHousehold(ids[0]).stream(), v.members().ofHousehold(ids[1]).stream()).toList()));
            Member spouse = ledger.read(v -> v.members().ofHousehold(ids[1])).get(1);
            assertThat(spouse.birthDate()).isEqualTo(LocalDate.of(1970, 1, 1));
            assertThat(spouse.workMonths()).isEqualTo(6L);
            assertThat(ledger.<java.util.Map<String, Long>>read(v -> v.integrity().rowsWithoutAudit())).isEmpty();
        }
    }

    @Test
    void aFailedWriteChangesNothingNotEvenTheAudit() {
        try (Ledger ledger = Ledger.open(dir.resolve("l.db"))) {
            assertThatThrownBy(() -> ledger.update(CLERK, tx -> {
                tx.villages().add(Village.named("西岭村", 1));
                tx.villages().add(Village.named("西岭村", 2)); // unique name
            })).isInstanceOf(LedgerException.class).hasMessageContaining("本次所有修改均未写入");
            assertThat(ledger.<Long>read(v -> v.villages().count())).isZero();
            assertThat(ledger.<Long>read(v -> v.audit().count())).isZero();

            assertThatThrownBy(() -> ledger.update(CLERK, tx -> {
                tx.villages().add(Village.named("西岭村", 1));
                throw new LedgerException("中途放弃");
            })).hasMessage("中途放弃");
            assertThat(ledger.<Long>read(v -> v.villages().count())).isZero();
        }
    }

    @Test
    void auditRowsCannotBeUpdatedOrDeleted() throws Exception {
        Path file = dir.resolve("l.db");
        try (Ledger ledger = Ledger.open(file)) {
            ledger.update(CLERK, tx -> tx.thresholds().put(new Threshold(2025, "全县", 800_000, "示例文号")));
            assertThat(ledger.<Boolean>read(v -> v.integrity().auditIsAppendOnly())).isTrue();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("update audit set operator = 'x'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("delete from audit")).hasMessageContaining("append-only");
        }
    }

    @Test
    void aSecondWriterIsToldTheLedgerIsInUse() {
        Path file = dir.resolve("l.db");
        try (Ledger first = Ledger.open(file)) {
            assertThatThrownBy(() -> Ledger.open(file)).isInstanceOf(LedgerException.class)
                    .hasMessageContaining("正被另一个帮扶台账窗口或命令使用");
            // a reader may look while the writer works
            try (Ledger reader = Ledger.open(file, Ledger.Mode.READ_ONLY)) {
                assertThat(reader.<Long>read(v -> v.villages().count())).isZero();
                assertThatThrownBy(() -> reader.update(CLERK, tx -> tx.villages().add(Village.named("a", 1))))
                        .hasMessageContaining("只读");
            }
        }
        try (Ledger again = Ledger.open(file)) { // the lock went with the first
            assertThat(again.<Long>read(v -> v.villages().count())).isZero();
        }
    }

    @Test
    void refusesFilesThatAreNotLedgers() throws Exception {
        Path excel = dir.resolve("花名册.xlsx");
        Files.write(excel, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        assertThatThrownBy(() -> Ledger.open(excel)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("不是帮扶台账账本");
        assertThatThrownBy(() -> Ledger.open(dir.resolve("none.db"), Ledger.Mode.READ_ONLY))
                .hasMessageContaining("找不到账本文件");
    }

    @Test
    void refusesALedgerWrittenByANewerProgram() throws Exception {
        Path file = dir.resolve("l.db");
        Ledger.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) values (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'x', 0, 1)");
        }
        assertThatThrownBy(() -> Ledger.open(file)).hasMessageContaining("更新版本");
    }

    @Test
    void aSchemaHistoryThatDoesNotMatchIsExplainedInChineseWithoutFlywaysText() throws Exception {
        Path file = dir.resolve("l.db");
        Ledger.open(file).close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("update flyway_schema_history set checksum = 12345 where version = '1'");
        }
        assertThatThrownBy(() -> Ledger.open(file)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("数据结构版本与本程序不一致").hasMessageContaining("账本未被修改")
                .hasMessageNotContaining("Validate").hasMessageNotContaining("http");
        assertThatThrownBy(() -> Ledger.open(file, Ledger.Mode.READ_ONLY))
                .hasMessageContaining("数据结构版本与本程序不一致");
    }
}
