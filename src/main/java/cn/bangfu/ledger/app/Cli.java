package cn.bangfu.ledger.app;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.LedgerStats;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line: {@code bangfu-ledger [--db PATH] [COMMAND]}. Without a command it opens the window.
 * Exit codes: 0 success, 1 refused or invalid data (the message says why), 2 usage error.
 */
@Command(name = "bangfu-ledger",
        resourceBundle = "cn.bangfu.ledger.app.cli",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        headerHeading = "%n",
        header = "帮扶台账 Bangfu Ledger — 乡镇帮扶工作台账（农户、监测、资金、资产、报表）",
        description = "不带命令时打开程序窗口。Without a command, opens the window.",
        footerHeading = "%n",
        footer = {"默认账本 (default ledger): %s", "退出码 (exit codes): 0 成功, 1 拒绝或数据无效, 2 用法错误, 3 导入（或发放名单）时有行被拒绝"},
        subcommands = {Cli.Init.class, Cli.Demo.class, Cli.Stats.class, Cli.Check.class, ImportCommands.Import.class,
            ImportCommands.History.class, ImportCommands.Revert.class, ReportCommands.Reports.class,
            ReportCommands.Export.class, ReportCommands.ExportPack.class, ReportCommands.Templates.class,
            FundCommands.Funds.class, FundCommands.Journal.class, FundCommands.Payments.class, FundCommands.MonthClose.class,
            FundCommands.MonthReopen.class, Cli.Backup.class, Cli.Bench.class,
            CommandLine.HelpCommand.class})
public final class Cli implements Callable<Integer> {

    /** Opens the window; the launcher supplies the real one, tests a recording one. */
    @FunctionalInterface
    public interface GuiStarter {
        void start(Path ledger, boolean demo);
    }

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;
    /** Some rows of an imported file were rejected (the valid households were applied unless --dry-run). */
    public static final int ROWS_REJECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH", description = "账本文件 (ledger file); 默认见下")
    Path db;

    @Option(names = "--demo", description = "打开演示账本（首次自动生成，不影响正式账本） / open the demo ledger")
    boolean demo;

    private final GuiStarter gui;
    private PrintWriter out;

    Cli(GuiStarter gui) {
        this.gui = gui;
    }

    /** Runs the CLI and returns the exit code. */
    public static int run(String[] args, GuiStarter gui, PrintWriter out, PrintWriter err) {
        Cli cli = new Cli(gui);
        cli.out = out;
        CommandLine cmd = new CommandLine(cli);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(e -> e instanceof LedgerException ? REFUSED : USAGE);
        cmd.setParameterExceptionHandler(UsageErrors::handle);
        CommandLine help = cmd.getSubcommands().get("help");
        help.getCommandSpec().usageMessage().header("显示某个命令的帮助 / help for a command")
                .description("例如 bangfu-ledger help import");
        cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof LedgerException) {
                err.println("错误：" + e.getMessage());
                err.flush();
                return REFUSED;
            }
            throw e;
        });
        String footerDefault = LedgerServices.defaultLedgerFile().toString();
        cmd.getCommandSpec().usageMessage().footer(
                String.format(cmd.getCommandSpec().usageMessage().footer()[0], footerDefault),
                cmd.getCommandSpec().usageMessage().footer()[1]);
        int code = cmd.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        if (demo && db != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--demo 与 --db 不能同时使用");
        }
        gui.start(demo ? null : ledgerFile(), demo);
        return OK;
    }

    Path ledgerFile() {
        return db != null ? db : LedgerServices.defaultLedgerFile();
    }

    PrintWriter out() {
        return out;
    }

    /** Shared by the subcommands: the parent's --db and output. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        Cli parent;

        PrintWriter out() {
            return parent.out();
        }

        Path ledgerFile() {
            return parent.ledgerFile();
        }
    }

    @Command(name = "init", description = "创建或升级账本，并打印其路径 / create or upgrade the ledger, print its path")
    static final class Init extends Sub {
        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.open(ledgerFile())) {
                out().println(s.file());
            }
            return OK;
        }
    }

    @Command(name = "demo", description = "向空账本填入演示数据（虚构的乡镇）/ fill an EMPTY ledger with a synthetic town")
    static final class Demo extends Sub {
        @Option(names = "--households", paramLabel = "N", defaultValue = "300",
                description = "户数 (households), 1–" + DemoGenerator.MAX_HOUSEHOLDS + "，默认 ${DEFAULT-VALUE}")
        int households;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                description = "随机种子：同一种子、同一日期得到同一账本，默认 ${DEFAULT-VALUE}")
        long seed;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "以哪一天为“今天”生成日期（默认今天）/ the date the demo treats as today")
        String asOf;

        @Override
        public Integer call() {
            LocalDate today;
            try {
                today = asOf == null ? LocalDate.now() : LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw new LedgerException("--as-of 日期格式应为 YYYY-MM-DD，例如 2026-11-23，实际为：" + asOf);
            }
            if (households < 1 || households > DemoGenerator.MAX_HOUSEHOLDS) {
                throw new CommandLine.ParameterException(parent.spec.commandLine(),
                        "--households 应在 1 到 " + DemoGenerator.MAX_HOUSEHOLDS + " 之间，实际为 " + households);
            }
            var options = new DemoGenerator.Options(households, seed, today);
            try (LedgerServices s = LedgerServices.openExisting(ledgerFile())) {
                var r = s.demo().generate(options);
                out().printf("已生成演示数据：%d 个村，%d 户，%d 人；监测户 %d（其中已消除风险 %d），帮扶措施 %d 条。%n账本：%s%n",
                        r.villages(), r.households(), r.members(), r.monitored(), r.eliminated(), r.measures(),
                        s.file());
            }
            return OK;
        }
    }

    @Command(name = "stats", description = "账本概况 / headline counts of the ledger")
    static final class Stats extends Sub {
        @Option(names = "--json", description = "输出一个 JSON 对象 / print one JSON object")
        boolean json;

        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(existing(ledgerFile()))) {
                LedgerStats stats = s.overview().stats();
                if (json) {
                    var risks = s.monitoring().codes("risk").stream().map(c -> c.code()).toList();
                    Map<String, Object> json = toJson(stats, s.monitoring().dashboard(), risks, s.isDemo());
                    json.putAll(fundsJson(s));
                    out().println(JsonMapper.builder().build().writeValueAsString(json));
                } else {
                    out().printf("账本：%s%n村：%d  户：%d  人：%d%n", s.file(), stats.villages(), stats.households(),
                            stats.members());
                    stats.monitored().forEach((category, n) -> out().printf("监测中 %s：%d%n", category, n));
                    out().printf("已消除风险：%d  帮扶措施：%d%n", stats.eliminated(), stats.measures());
                }
            }
            return OK;
        }

        /** {@code funds} (count, received, allocated and paid in fen) and {@code projects} (count by status). */
        static Map<String, Object> fundsJson(LedgerServices s) {
            var funds = s.funds().funds();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("count", funds.size());
            f.put("received_fen", funds.stream().mapToLong(r -> r.receivedFen()).sum());
            f.put("allocated_fen", funds.stream().mapToLong(r -> r.allocatedFen()).sum());
            f.put("paid_fen", funds.stream().mapToLong(r -> r.paidFen()).sum());
            Map<String, Long> byStatus = new LinkedHashMap<>();
            cn.bangfu.ledger.model.Project.STATUSES.forEach(st -> byStatus.put(st, 0L));
            s.funds().projects().forEach(p -> byStatus.merge(p.project().status(), 1L, Long::sum));
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("count", byStatus.values().stream().mapToLong(Long::longValue).sum());
            p.put("by_status", byStatus);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("funds", f);
            out.put("projects", p);
            return out;
        }

        static Map<String, Object> toJson(LedgerStats stats, MonitoringService.Dashboard dashboard,
                List<String> riskCodes, boolean demo) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("villages", stats.villages());
            json.put("households", stats.households());
            json.put("members", stats.members());
            json.put("monitored", stats.monitored());
            json.put("eliminated", stats.eliminated());
            json.put("eliminated_households", stats.eliminatedHouseholds());
            json.put("measures", stats.measures());
            Map<String, Object> byVillage = new LinkedHashMap<>();
            dashboard.villages().forEach(v -> {
                Map<String, Long> village = new LinkedHashMap<>();
                village.put("households", v.households());
                village.put("monitored", v.open());
                village.put("eliminated", v.eliminated());
                byVillage.put(v.village(), village);
            });
            json.put("by_village", byVillage);
            Map<String, Long> byRisk = new LinkedHashMap<>();
            riskCodes.forEach(r -> byRisk.put(r, dashboard.byRisk().getOrDefault(r, 0L)));
            json.put("by_risk", byRisk);
            json.put("demo", demo);
            return json;
        }
    }

    @Command(name = "check", description = "检查账本完整性与规则，每个问题一行 / check integrity and invariants")
    static final class Check extends Sub {
        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(existing(ledgerFile()))) {
                List<String> problems = s.check().run();
                if (problems.isEmpty()) {
                    out().println("检查通过：" + s.file() + " 未发现问题。");
                    return OK;
                }
                problems.forEach(out()::println);
                return REFUSED;
            }
        }
    }

    @Command(name = "backup", description = "备份账本：写出一个完整、一致的副本（窗口开着时也安全）/ write a consistent"
            + " copy of the ledger, safe while the window is open")
    static final class Backup extends Sub {
        @Option(names = "--out", required = true, paramLabel = "FILE",
                description = "备份文件，例如 U 盘上的 ledger-2026-11-23.db；已存在时不覆盖")
        Path out;

        @Option(names = "--force", description = "备份文件已存在时覆盖它")
        boolean force;

        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(existing(ledgerFile()))) {
                var result = s.backup().backupTo(out, force);
                out().printf("已备份到：%s%n副本中有 %d 户。%n", result.file(), result.households());
            }
            return OK;
        }
    }

    @Command(name = "bench", description = "性能基准（开发用）/ benchmarks, printing figures",
            subcommands = {Bench.Search.class, Bench.Import.class, Bench.Reports.class, Bench.Funds.class})
    static final class Bench {

        /** Removes a benchmark's temporary folder and everything in it. */
        static void deleteTree(Path dir) throws java.io.IOException {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }

        @Command(name = "search", description = "农户查找：逐键输入到出结果的耗时 / keystroke-to-result time of the"
                + " household search on a demo ledger")
        static final class Search implements Callable<Integer> {
            @ParentCommand
            Bench bench;

            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Option(names = "--households", paramLabel = "N", defaultValue = "30000",
                    description = "演示账本户数（约 3.3 人/户），默认 ${DEFAULT-VALUE}；使用 --db 时若该账本已有数据则不生成")
            int households;

            @Option(names = "--rounds", paramLabel = "R", defaultValue = "5", description = "每个查询输入几遍，默认 ${DEFAULT-VALUE}")
            int rounds;

            @Override
            public Integer call() throws Exception {
                Cli cli = (Cli) spec.parent().parent().userObject();
                PrintWriter out = cli.out();
                Path file = cli.db;
                Path temp = null;
                if (file == null) {
                    temp = Files.createTempDirectory("bangfu-bench");
                    file = temp.resolve("bench.db");
                }
                // its own temporary ledger is created; a --db given must exist (a typo is not a new ledger)
                try (LedgerServices s = temp != null ? LedgerServices.open(file) : LedgerServices.openExisting(file)) {
                    if (s.overview().stats().households() == 0) {
                        out.printf("生成演示账本 %d 户 … ", households);
                        out.flush();
                        long t0 = System.nanoTime();
                        var r = s.demo().generate(new DemoGenerator.Options(households, 1, LocalDate.now()));
                        out.printf("%d 人，用时 %.1f s%n", r.members(), (System.nanoTime() - t0) / 1e9);
                    }
                    var stats = s.overview().stats();
                    out.printf("账本 %s：%d 户，%d 人；每个查询输入 %d 遍（先预热一遍）%n", s.file(), stats.households(),
                            stats.members(), rounds);
                    s.searchBench().run(rounds, out::println);
                } finally {
                    if (temp != null) {
                        try (var files = Files.walk(temp)) {
                            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                        }
                    }
                }
                return OK;
            }
        }

        @Command(name = "import", description = "导入花名册：生成县级花名册（.xlsx）后计时裸读、检查与导入 / time reading,"
                + " checking and importing a generated county roster")
        static final class Import implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Option(names = "--persons", paramLabel = "N", defaultValue = "100000", description = "花名册人数（行数），默认 ${DEFAULT-VALUE}")
            int persons;

            @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "每项计时几遍（先预热一遍），默认 ${DEFAULT-VALUE}")
            int rounds;

            @Option(names = "--file", paramLabel = "XLSX", description = "花名册文件：不存在时生成到此处并保留；默认生成到临时目录")
            Path file;

            @Override
            public Integer call() throws Exception {
                Cli cli = (Cli) spec.parent().parent().userObject();
                PrintWriter out = cli.out();
                Path temp = Files.createTempDirectory("bangfu-import-bench");
                try {
                    Path roster = file != null ? file : temp.resolve("roster.xlsx");
                    if (!Files.exists(roster)) {
                        long t0 = System.nanoTime();
                        int households = cn.bangfu.ledger.logic.bench.ImportBench.generate(roster, persons, 1);
                        out.printf("生成花名册 %s：%,d 人，%,d 户，%.1f MB，用时 %.1f s%n", roster, persons, households,
                                Files.size(roster) / 1e6, (System.nanoTime() - t0) / 1e9);
                    }
                    out.printf("最大堆 %d MB，每项 %d 遍（先预热一遍）%n", Runtime.getRuntime().maxMemory() >> 20, rounds);
                    out.flush();
                    var figures = cn.bangfu.ledger.logic.bench.ImportBench.run(roster, temp, rounds, line -> {
                        out.println(line);
                        out.flush();
                    });
                    double bare = figures.getFirst().medianSeconds();
                    out.println("中位数：");
                    for (var f : figures) {
                        out.printf("  %-40s %6.2f s  = 裸读的 %.2f 倍  堆峰值 %d MB%n", f.phase(), f.medianSeconds(),
                                f.medianSeconds() / bare, f.peakHeapMb());
                    }
                } finally {
                    deleteTree(temp);
                }
                return OK;
            }
        }

        @Command(name = "reports", description = "报表：演示账本上的月度报表包、全部一户一档，以及大花名册 .xlsx 对比裸写 / time"
                + " the monthly pack, every household card, and a large roster against a bare SXSSF write")
        static final class Reports implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Option(names = "--households", paramLabel = "N", defaultValue = "5000", description = "演示账本户数，默认 ${DEFAULT-VALUE}")
            int households;

            @Option(names = "--persons", paramLabel = "N", defaultValue = "100000", description = "花名册人数，默认 ${DEFAULT-VALUE}")
            int persons;

            @Option(names = "--rounds", paramLabel = "R", defaultValue = "3", description = "每项计时几遍（先预热一遍），默认 ${DEFAULT-VALUE}")
            int rounds;

            @Option(names = "--card-rounds", paramLabel = "R", defaultValue = "1", description = "全部一户一档计时几遍（最慢的一项；0 跳过），默认 ${DEFAULT-VALUE}")
            int cardRounds;

            @Override
            public Integer call() throws Exception {
                Cli cli = (Cli) spec.parent().parent().userObject();
                PrintWriter out = cli.out();
                Path temp = Files.createTempDirectory("bangfu-report-bench");
                try {
                    out.printf("最大堆 %d MB，每项 %d 遍%n", Runtime.getRuntime().maxMemory() >> 20, rounds);
                    out.flush();
                    var figures = cn.bangfu.ledger.logic.bench.ReportBench.run(temp, households, persons, rounds, cardRounds, line -> {
                        out.println(line);
                        out.flush();
                    });
                    out.println("中位数：");
                    for (var f : figures) {
                        out.printf("  %-44s %6.2f s  堆峰值 %d MB%n", f.phase(), f.medianSeconds(), f.peakHeapMb());
                    }
                } finally {
                    deleteTree(temp);
                }
                return OK;
            }
        }

        @Command(name = "funds", description = "资金账：20 万笔分录的账本上，资金列表、项目列表、凭证页、check、5000 户发放 / time"
                + " the fund and project lists, a journal page, check and a household roster on 200,000 postings")
        static final class Funds implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Option(names = "--households", paramLabel = "N", defaultValue = "5000", description = "演示账本户数（每张发放名单的户数），默认 ${DEFAULT-VALUE}")
            int households;

            @Option(names = "--postings", paramLabel = "N", defaultValue = "200000", description = "资金账分录数，默认 ${DEFAULT-VALUE}")
            long postings;

            @Option(names = "--rounds", paramLabel = "R", defaultValue = "11", description = "每项计时几遍（先预热一遍），默认 ${DEFAULT-VALUE}")
            int rounds;

            @Option(names = "--keep", paramLabel = "FILE", description = "把计时用的账本留在 FILE（用来给 funds、journal、check 等命令整进程计时）/ keep the bench ledger")
            Path keep;

            @Override
            public Integer call() throws Exception {
                Cli cli = (Cli) spec.parent().parent().userObject();
                PrintWriter out = cli.out();
                if (keep != null && Files.exists(keep)) {
                    throw new LedgerException("文件已存在：" + keep + "。--keep 不会覆盖已有的文件。");
                }
                Path temp = Files.createTempDirectory("bangfu-fund-bench");
                try {
                    var timings = cn.bangfu.ledger.logic.bench.FundBench.run(temp, households, postings, rounds, line -> {
                        out.println(line);
                        out.flush();
                    });
                    out.println("中位数：");
                    for (var t : timings) {
                        out.printf("  %-36s %9.1f ms%n", t.name(), t.median());
                    }
                    if (keep != null) {
                        Files.move(temp.resolve("funds.db"), keep);
                        out.println("账本留在：" + keep);
                    }
                } finally {
                    deleteTree(temp);
                }
                return OK;
            }
        }
    }

    static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("找不到账本文件：" + file + "。请先运行 init 创建账本，或检查 --db 路径。");
        }
        return file;
    }

    /** {@code --version}: the jar's implementation version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"帮扶台账 Bangfu Ledger " + (v == null ? "(开发版 development build)" : v),
                "Java " + Runtime.version() + "，许可证 AGPL-3.0-or-later"};
        }
    }
}
