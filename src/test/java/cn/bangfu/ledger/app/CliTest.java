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
        assertThat(run("--db", db(), "init").code()).isZero();
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
        assertThat(run("--db", db(), "init").code()).isZero();
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

    /** The help texts picocli writes itself (headings, the standard options, the help command) are Chinese. */
    @Test
    void helpIsInChinese() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"help", "import"},
                new String[] {"help", "stats"}, new String[] {"help", "help"})) {
            Run help = run(args);
            String what = String.join(" ", args);
            assertThat(help.code()).as(what).isZero();
            assertThat(help.out()).as(what).contains("用法：")
                    .doesNotContain("Usage:", "Commands:", "Show this help", "Print version", "Display help",
                            "The COMMAND", "Show usage help");
        }
        assertThat(run("--help").out()).contains("命令：", "显示此帮助并退出", "显示版本信息并退出", "显示某个命令的帮助");
        assertThat(run("help", "import").out()).contains("显示此帮助并退出", "--dry-run");
    }

    /** Usage errors say what is wrong in Chinese, point to the command's help, and exit with 2. */
    @Test
    void usageErrorsAreExplainedInChinese() {
        Run unknownOption = run("--db", db(), "stats", "--jsn");
        assertThat(unknownOption.code()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("用法错误：", "未知的选项：--jsn", "--json",
                "运行 `bangfu-ledger help stats` 查看用法");

        Run unknownCommand = run("frobnicate");
        assertThat(unknownCommand.code()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("用法错误：", "frobnicate", "bangfu-ledger --help");

        Run missingOption = run("--db", db(), "backup");
        assertThat(missingOption.code()).isEqualTo(2);
        assertThat(missingOption.err()).contains("用法错误：", "缺少必需的选项", "--out", "help backup");

        Run missingValue = run("--db");
        assertThat(missingValue.code()).isEqualTo(2);
        assertThat(missingValue.err()).contains("用法错误：", "--db", "缺少");

        Run missingParameter = run("--db", db(), "import");
        assertThat(missingParameter.code()).isEqualTo(2);
        assertThat(missingParameter.err()).contains("用法错误：", "缺少", "FILE", "help import");

        Run badValue = run("--db", db(), "demo", "--households", "abc");
        assertThat(badValue.code()).isEqualTo(2);
        assertThat(badValue.err()).contains("用法错误：", "--households", "abc", "整数");

        Run ours = run("--demo", "--db", db());
        assertThat(ours.code()).isEqualTo(2);
        assertThat(ours.err()).contains("用法错误：--demo 与 --db 不能同时使用");

        for (Run r : List.of(unknownOption, unknownCommand, missingOption, missingValue, missingParameter, badValue,
                ours)) {
            assertThat(r.err()).doesNotContain("Usage:", "Unknown", "Unmatched", "Missing", "Invalid value",
                    "is not an int");
            assertThat(r.out()).isEmpty();
        }
    }

    /** import-history shows when each batch was imported in this computer's local time, as the window does. */
    @Test
    void importHistoryShowsLocalTime() {
        assertThat(run("--db", db(), "init").code()).isZero();
        String roster = Path.of("src/test/resources/rosters/good/roster.xlsx").toAbsolutePath().toString();
        assertThat(run("--db", db(), "import", roster, "--all-towns").code()).isIn(0, 3);
        String importedAt;
        try (LedgerServices s = LedgerServices.openReadOnly(Path.of(db()))) {
            importedAt = s.importHistory().history().getFirst().importedAt();
        }
        Run history = run("--db", db(), "import-history");
        assertThat(history.code()).isZero();
        assertThat(history.out()).contains(cn.bangfu.ledger.model.Timestamps.local(importedAt))
                .doesNotContain(importedAt).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
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

    /**
     * A mistyped --db must not become a new, empty ledger: only init and the window create one. Every other
     * command refuses with the message stats gives and leaves no folder and no file behind.
     */
    @Test
    void onlyInitAndTheWindowCreateALedger() {
        Path folder = dir.resolve("typo");
        String missing = folder.resolve("ledger.db").toString();
        String roster = Path.of("src/test/resources/rosters/good/roster.xlsx").toAbsolutePath().toString();
        List<String[]> commands = List.of(
                new String[] {"import", roster, "--all-towns", "--dry-run"},
                new String[] {"import", roster, "--all-towns"},
                new String[] {"import-revert", "1"},
                new String[] {"demo", "--households", "5"},
                new String[] {"bench", "search", "--households", "5", "--rounds", "1"},
                new String[] {"backup", "--out", dir.resolve("copy.db").toString()},
                new String[] {"stats"},
                new String[] {"check"},
                new String[] {"import-history"});
        for (String[] command : commands) {
            String[] args = new String[command.length + 2];
            args[0] = "--db";
            args[1] = missing;
            System.arraycopy(command, 0, args, 2, command.length);
            Run r = run(args);
            String what = String.join(" ", command);
            assertThat(r.code()).as(what + ": " + r.err()).isEqualTo(1);
            assertThat(r.err()).as(what).contains("找不到账本文件：", "请先运行 init 创建账本，或检查 --db 路径。");
            assertThat(Files.exists(folder)).as(what + " created " + folder).isFalse();
        }
        assertThat(run("--db", missing, "init").code()).isZero();
        assertThat(Files.isRegularFile(Path.of(missing))).isTrue();
    }

    @Test
    void checkReportsOneLinePerProblem() throws Exception {
        assertThat(run("--db", db(), "init").code()).isZero();
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

    /**
     * backup makes a consistent, complete copy while the window holds the ledger and keeps writing: every copy
     * passes SQLite's integrity check and the ledger's own check, and holds at least what was committed before.
     */
    @Test
    void backupCopiesTheLedgerWhileTheWindowHoldsItAndWrites() throws Exception {
        assertThat(run("--db", db(), "init").code()).isZero();
        Path folder = dir.resolve("U盘");
        Files.createDirectories(folder);
        try (LedgerServices window = LedgerServices.open(Path.of(db()))) {
            window.demo().generate(new cn.bangfu.ledger.logic.demo.DemoGenerator.Options(40, 3,
                    java.time.LocalDate.of(2026, 11, 23)));
            var stop = new java.util.concurrent.atomic.AtomicBoolean();
            var writes = new java.util.concurrent.atomic.AtomicInteger();
            Thread writer = Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    window.households().addVillage("新村" + writes.incrementAndGet());
                }
            });
            try {
                for (int i = 0; i < 3; i++) {
                    int before = writes.get();
                    Path out = folder.resolve("ledger-" + i + ".db");
                    Run backup = run("--db", db(), "backup", "--out", out.toString());
                    assertThat(backup.code()).as(backup.err()).isZero();
                    assertThat(backup.out()).contains(out.toAbsolutePath().toString(), "40 户");
                    try (var c = DriverManager.getConnection("jdbc:sqlite:" + out); var st = c.createStatement()) {
                        var ok = st.executeQuery("pragma integrity_check");
                        ok.next();
                        assertThat(ok.getString(1)).isEqualTo("ok");
                        var villages = st.executeQuery("select count(*) from village where name like '新村%'");
                        villages.next();
                        assertThat(villages.getInt(1)).isGreaterThanOrEqualTo(before - 1);
                    }
                }
            } finally {
                stop.set(true);
                writer.join();
            }
        }
        Path copy = folder.resolve("ledger-0.db");
        Run check = run("--db", copy.toString(), "check");
        assertThat(check.code()).as(check.out() + check.err()).isZero();
        assertThat(run("--db", copy.toString(), "stats").out()).contains("户：40");
        // only the copies are left in the folder: no temporary file, no -wal or -shm
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("ledger-0.db", "ledger-1.db", "ledger-2.db");
        }
    }

    /**
     * A ledger.db-wal beside the ledger while no program holds it (the program that wrote it did not end
     * normally) means ledger.db alone may be incomplete: check says so. While the window holds the ledger, the
     * WAL is normal and check says nothing about it.
     */
    @Test
    void checkSaysSoWhenAWalIsLeftBehindWithNoProgramHoldingTheLedger() throws Exception {
        assertThat(run("--db", db(), "init").code()).isZero();
        Path left = Files.createDirectories(dir.resolve("left")).resolve("ledger.db");
        try (LedgerServices window = LedgerServices.open(Path.of(db()))) {
            window.households().addVillage("东坑村");
            Path wal = Path.of(db() + "-wal");
            assertThat(Files.size(wal)).isPositive();
            Run whileOpen = run("--db", db(), "check");
            assertThat(whileOpen.out()).doesNotContain("-wal");
            // the state an unclean exit leaves: the file and its WAL, nobody holding the lock
            Files.copy(Path.of(db()), left);
            Files.copy(wal, Path.of(left + "-wal"));
        }
        Run check = run("--db", left.toString(), "check");
        assertThat(check.out()).contains("ledger.db-wal", "不完整");
        assertThat(check.code()).isEqualTo(1);
        // opening it once for writing folds the WAL in; then the file alone is complete and check passes
        assertThat(run("--db", left.toString(), "init").code()).isZero();
        assertThat(Path.of(left + "-wal")).doesNotExist();
        Run after = run("--db", left.toString(), "check");
        assertThat(after.code()).as(after.out()).isZero();
    }

    @Test
    void backupRefusesToOverwriteUnlessForced() throws Exception {
        assertThat(run("--db", db(), "init").code()).isZero();
        Path out = Files.writeString(dir.resolve("old-backup.db"), "an older backup");
        Run refused = run("--db", db(), "backup", "--out", out.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("已存在", "--force");
        assertThat(Files.readString(out)).isEqualTo("an older backup");
        Run forced = run("--db", db(), "backup", "--out", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.out()).contains("0 户");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + out); var st = c.createStatement();
                var rs = st.executeQuery("select count(*) from household")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
        Run sameFile = run("--db", db(), "backup", "--out", db(), "--force");
        assertThat(sameFile.code()).isEqualTo(1);
        assertThat(sameFile.err()).contains("不能备份到账本文件本身");
        Run noFolder = run("--db", db(), "backup", "--out", dir.resolve("no/such/folder/x.db").toString());
        assertThat(noFolder.code()).isEqualTo(1);
        assertThat(noFolder.err()).contains("文件夹不存在");
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
