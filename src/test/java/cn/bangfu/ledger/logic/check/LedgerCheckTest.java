package cn.bangfu.ledger.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.store.Ledger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sound demo ledger, broken in one way per test through plain JDBC, must be reported by the check. */
class LedgerCheckTest {

    @TempDir
    Path dir;

    Path file;

    @BeforeEach
    void soundDemoLedger() {
        file = dir.resolve("ledger.db");
        try (Ledger ledger = Ledger.open(file)) {
            new DemoGenerator(ledger).generate(new DemoGenerator.Options(50, 11, LocalDate.of(2026, 11, 23)));
        }
    }

    /** Opens the (possibly corrupted) ledger again and runs the check. */
    private List<String> check() {
        try (Ledger ledger = Ledger.open(file)) {
            return new LedgerCheck(ledger).run();
        }
    }

    private Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private void sql(String... statements) throws SQLException {
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    /** The rows of a query, each as its columns in text. */
    private List<List<String>> rows(String query) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private List<String> firstRow(String query) throws SQLException {
        List<List<String>> rows = rows(query);
        assertThat(rows).as(query).isNotEmpty();
        return rows.getFirst();
    }

    /** A different last character: the GB 11643 checksum no longer holds. */
    static String withWrongCheckChar(String id) {
        char last = id.charAt(17);
        char wrong = last == 'X' ? '0' : last == '9' ? 'X' : (char) (last + 1);
        return id.substring(0, 17) + wrong;
    }

    @Test
    void aSoundLedgerHasNoProblems() throws Exception {
        assertThat(check()).isEmpty();
        assertThat(firstRow("select count(*) from household").getFirst()).isEqualTo("50");
    }

    @Test
    void aHouseholdWithoutAHeadIsReported() throws Exception {
        List<String> head = firstRow("select m.id, h.household_no from member m join household h on h.id = m.household_id"
                + " where m.relation = '户主' order by m.id limit 1");
        sql("update member set relation = '之子' where id = " + head.get(0));

        List<String> problems = check();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).contains("户编号 " + head.get(1)).contains("没有户主");
    }

    @Test
    void aHouseholdWithTwoHeadsIsReported() throws Exception {
        List<String> other = firstRow("select m.id, h.household_no from member m join household h on h.id = m.household_id"
                + " where m.relation <> '户主' order by m.id limit 1");
        sql("update member set relation = '户主' where id = " + other.get(0));

        List<String> problems = check();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).contains("户编号 " + other.get(1)).contains("有 2 名户主");
    }

    @Test
    void anInvalidUnflaggedIdIsReported() throws Exception {
        List<String> m = firstRow("select id, id_number, name from member order by id desc limit 1");
        String bad = withWrongCheckChar(m.get(1));
        assertThat(IdNumber.check(bad).isValid()).isFalse();
        try (Connection c = jdbc();
                PreparedStatement ps = c.prepareStatement("update member set id_number = ? where id = ?")) {
            ps.setString(1, bad);
            ps.setLong(2, Long.parseLong(m.get(0)));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        List<String> problems = check();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).contains(m.get(2)).contains("编号 " + m.get(0)).contains(bad)
                .contains("无效，且未标注");
    }

    @Test
    void anInvalidIdThatIsFlaggedIsNotReported() throws Exception {
        List<String> m = firstRow("select id, id_number from member order by id desc limit 1");
        String bad = withWrongCheckChar(m.get(1));
        try (Connection c = jdbc(); PreparedStatement ps = c.prepareStatement(
                "update member set id_number = ?, id_number_raw = ?, id_flag = 'ID_CHECKSUM' where id = ?")) {
            ps.setString(1, bad);
            ps.setString(2, bad);
            ps.setLong(3, Long.parseLong(m.get(0)));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        assertThat(check()).isEmpty();
    }

    @Test
    void aValidButUnnormalisedIdIsReported() throws Exception {
        // a lower-case x is the same ID to IdNumber.check, but not the normalised form the ledger stores
        String lower = "11010519491231002x";
        assertThat(IdNumber.check(lower).isValid()).isTrue();
        String id = firstRow("select id from member order by id limit 1").getFirst();
        sql("update member set id_number = '" + lower + "' where id = " + id);

        List<String> problems = check();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).contains("编号 " + id).contains(lower).contains("无效，且未标注");
    }

    @Test
    void aRowWithoutAnAuditRowIsReported() throws Exception {
        sql("insert into village (name, code, sort_order, active) values ('后门村', '999', 999, 1)");

        List<String> problems = check();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).contains("修改记录缺失").contains("表 village").contains("有 1 行");
    }

    @Test
    void rowsWithCompositeKeysWithoutAuditAreReported() throws Exception {
        sql("insert into threshold (year, area, amount, doc_no) values (2030, '全县', 1000000, '后门')",
                "insert into setting (key, value) values ('office.backdoor', 'x')");

        assertThat(check()).hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("表 threshold").contains("有 1 行"))
                .anySatisfy(p -> assertThat(p).contains("表 setting").contains("有 1 行"));
    }

    @Test
    void aLeadWrittenBehindTheAuditorsBackIsReported() throws Exception {
        String household = firstRow("select min(id) from household").getFirst();
        sql("insert into lead (household_id, person_name, id_number, source, reason) values (" + household
                + ", '后门', '441522197001010011', '县医保局', '未经审计')");

        List<String> problems = check();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p).contains("修改记录缺失")
                .contains("表 lead（推送线索）").contains("有 1 行"));
    }

    @Test
    void everyAuditedTableOfThePolicyIsChecked() throws Exception {
        sql("insert into dibao_grade (year, grade, amount) values (2031, '后门档', 100)",
                "insert into import_batch (kind, file_name, imported_at, operator) values ('roster', 'x.xlsx', '2026-01-01', 'x')",
                "insert into column_mapping (name, kind, signature, mapping_json, saved_at) values ('后门', 'roster', 's', '{}', 'x')");

        assertThat(check()).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("表 dibao_grade（低保档次）").contains("有 1 行"))
                .anySatisfy(p -> assertThat(p).contains("表 import_batch（导入批次）").contains("有 1 行"))
                .anySatisfy(p -> assertThat(p).contains("表 column_mapping（列对应方案）").contains("有 1 行"));
    }

    @Test
    void aCreationAuditRowOutsideItsHouseholdIsReported() throws Exception {
        List<String> row = firstRow("select m.id, m.household_id from member m order by m.id limit 1");
        String other = firstRow("select min(id) from household where id <> " + row.get(1)).getFirst();
        sql("PRAGMA foreign_keys = OFF",
                "insert into member (household_id, name, relation, id_flag) values (" + row.get(1) + ", '错户人', '之子', 'ID_FORMAT')",
                "insert into audit (at, operator, entity, entity_key, action, after_json, household_id) select"
                        + " '2026-01-01T00:00Z', 'x', 'member', cast(max(id) as text), 'insert', '{}', " + other + " from member");

        assertThat(check()).singleElement().satisfies(p -> assertThat(p).contains("修改记录不全")
                .contains("表 member（成员）").contains("有 1 行").contains("所属农户"));
    }

    @Test
    void aDroppedAuditTriggerIsReported() throws Exception {
        sql("DROP TRIGGER audit_no_delete");

        List<String> problems = check();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).contains("防篡改触发器缺失");
    }

    @Test
    void aDanglingForeignKeyIsReported() throws Exception {
        sql("PRAGMA foreign_keys = OFF",
                "insert into member (household_id, name, relation, id_flag) values (999999, '无户人', '户主', 'ID_FORMAT')");
        String rowid = firstRow("select id from member where household_id = 999999").getFirst();

        List<String> problems = check();
        assertThat(problems).isNotEmpty();
        assertThat(problems).allSatisfy(p -> assertThat(p).startsWith("外键："));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("member").contains("第 " + rowid + " 行")
                .contains("household").contains("不存在"));
    }
}
