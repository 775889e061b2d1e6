package cn.bangfu.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Drives the command line the way a user (or a script) does, in-process. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    record GuiCall(Path ledger, boolean demo) {
    }

    final List<GuiCall> guiCalls = new ArrayList<>();

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, (ledger, demo) -> guiCalls.add(new GuiCall(ledger, demo)), new PrintWriter(out),
                new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    String db() {
        return dir.resolve("ledger.db").toString();
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).contains("Bangfu Ledger");
        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("init", "demo", "stats", "check", "--db", "帮扶台账");
        assertThat(guiCalls).isEmpty();
    }

    @Test
    void withoutACommandItOpensTheWindow() {
        assertThat(run().code()).isZero();
        assertThat(run("--db", db()).code()).isZero();
        assertThat(run("--demo").code()).isZero();
        assertThat(guiCalls).containsExactly(
                new GuiCall(LedgerServices.defaultLedgerFile(), false),
                new GuiCall(Path.of(db()), false),
                new GuiCall(null, true));
        Run both = run("--demo", "--db", db());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).contains("--demo 与 --db 不能同时使用");
    }

    @Test
    void initCreatesTheLedgerAndPrintsItsPath() {
        Run first = run("--db", db(), "init");
        assertThat(first.code()).isZero();
        assertThat(first.out().strip()).isEqualTo(Path.of(db()).toAbsolutePath().toString());
        assertThat(Files.exists(Path.of(db()))).isTrue();
        assertThat(run("--db", db(), "init").code()).isZero(); // idempotent
        Run stats = run("--db", db(), "stats", "--json");
        Map<String, Object> json = JsonMapper.builder().build().readValue(stats.out(), Map.class);
        assertThat(json.get("demo")).as("a ledger made by init is no demo").isEqualTo(false);
    }

    @Test
    void demoThenStatsJsonAndCheck() {
        Run demo = run("--db", db(), "demo", "--households", "120", "--seed", "5", "--as-of", "2026-11-23");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("120 户");

        Run stats = run("--db", db(), "stats", "--json");
        assertThat(stats.code()).isZero();
        Map<String, Object> json = JsonMapper.builder().build().readValue(stats.out(), Map.class);
        assertThat(json).containsKeys("villages", "households", "members", "monitored", "eliminated", "measures");
        assertThat(json.get("households")).isEqualTo(120);
        assertThat(json.get("demo")).as("a ledger made by demo says so").isEqualTo(true);
        assertThat(((Number) json.get("members")).intValue()).isGreaterThan(120);
        @SuppressWarnings("unchecked")
        Map<String, Object> monitored = (Map<String, Object>) json.get("monitored");
        assertThat(monitored).containsOnlyKeys("脱贫不稳定户", "边缘易致贫户", "突发严重困难户");
        assertThat(stats.out().strip().lines()).hasSize(1);

        Run text = run("--db", db(), "stats");
        assertThat(text.out()).contains("户：120");

        Run check = run("--db", db(), "check");
        assertThat(check.code()).as(check.out()).isZero();
        assertThat(check.out()).contains("检查通过");
    }

    @Test
    void demoRefusesANonEmptyLedgerAndBadArguments() {
        assertThat(run("--db", db(), "demo", "--households", "20").code()).isZero();
        Run again = run("--db", db(), "demo", "--households", "20");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("只能填入空账本");

        String other = dir.resolve("other.db").toString();
        assertThat(run("--db", other, "demo", "--households", "0").code()).isEqualTo(2);
        assertThat(run("--db", other, "demo", "--households", "abc").code()).isEqualTo(2);
        Run badDate = run("--db", other, "demo", "--as-of", "2026/11/23");
        assertThat(badDate.code()).isEqualTo(1);
        assertThat(badDate.err()).contains("YYYY-MM-DD");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("--no-such-option").code()).isEqualTo(2);
        assertThat(run("stats", "--jsn").code()).isEqualTo(2);
    }

    @Test
    void readingCommandsRefuseAMissingLedger() {
        Run stats = run("--db", dir.resolve("missing.db").toString(), "stats", "--json");
        assertThat(stats.code()).isEqualTo(1);
        assertThat(stats.err()).contains("找不到账本文件");
        assertThat(stats.out()).isEmpty();
        assertThat(Files.exists(dir.resolve("missing.db"))).isFalse();
        assertThat(run("--db", dir.resolve("missing.db").toString(), "check").code()).isEqualTo(1);
    }

    @Test
    void checkReportsOneLinePerProblem() throws Exception {
        assertThat(run("--db", db(), "demo", "--households", "30").code()).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db()); var st = c.createStatement()) {
            st.executeUpdate("update member set relation = '之子' where relation = '户主' and household_id in"
                    + " (select min(id) from household)");
            st.executeUpdate("insert into village (name, sort_order) values ('未经审计村', 99)");
        }
        Run check = run("--db", db(), "check");
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out().lines()).hasSize(2);
        assertThat(check.out()).contains("没有户主", "village");
    }

    @Test
    void statsWorksWhileAnotherProgramHoldsTheLedger() {
        assertThat(run("--db", db(), "init").code()).isZero();
        try (LedgerServices window = LedgerServices.open(Path.of(db()))) {
            assertThat(run("--db", db(), "stats", "--json").code()).isZero();
            Run writer = run("--db", db(), "demo", "--households", "5");
            assertThat(writer.code()).isEqualTo(1);
            assertThat(writer.err()).contains("正被另一个帮扶台账窗口或命令使用");
            assertThat(window.overview().stats().households()).isZero();
        }
    }
}
