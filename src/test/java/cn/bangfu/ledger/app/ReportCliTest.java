package cn.bangfu.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report commands as a clerk's script runs them: reports, export, export-pack, and their refusals. */
class ReportCliTest {

    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.of(args);
    }

    String db() {
        return dir.resolve("ledger.db").toString();
    }

    static final String MONTH = YearMonth.now().minusMonths(1).toString();

    @BeforeEach
    void ledger() {
        assertThat(run("--db", db(), "init").code()).isZero();
        assertThat(run("--db", db(), "demo", "--households", "60", "--seed", "7").code()).isZero();
    }

    @Test
    void reportsListsTheFormsById() {
        CliRun r = run("--db", db(), "reports");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("monitoring-monthly", "监测对象动态月报", "measures", "elimination-review",
                "publicity-list", "（仅公示版）", "monitoring-roster", "funds-progress", "衔接资金支出进度月报", "funds-payments",
                "relief-roster");
    }

    @Test
    void exportWritesTheFormInBothFormats() throws Exception {
        Path xlsx = dir.resolve("月报.xlsx");
        CliRun r = run("--db", db(), "export", "monitoring-monthly", "--month", MONTH, "--format", "xlsx", "--out",
                xlsx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("已导出");
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheet("动态月报")).isNotNull();
        }
        Path pdf = dir.resolve("月报（公示）.pdf");
        r = run("--db", db(), "export", "monitoring-monthly", "--month", MONTH, "--format", "pdf", "--masked",
                "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theFundsFormsExportInBothFormatsAndTheRosterAlsoAsItsPublicity() throws Exception {
        for (String id : List.of("funds-progress", "funds-payments", "relief-roster")) {
            for (boolean masked : id.equals("relief-roster") ? List.of(false, true) : List.of(false)) {
                for (String format : List.of("xlsx", "pdf")) {
                    Path file = dir.resolve(id + (masked ? "（公示）." : ".") + format);
                    List<String> args = new java.util.ArrayList<>(List.of("--db", db(), "export", id, "--month", MONTH,
                            "--format", format, "--out", file.toString()));
                    if (masked) {
                        args.add("--masked");
                    }
                    CliRun r = run(args.toArray(String[]::new));
                    assertThat(r.code()).as(id + " " + format + ": " + r.err()).isZero();
                    if (format.equals("pdf")) {
                        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                                .startsWith("%PDF-");
                    }
                }
            }
        }
        try (InputStream in = Files.newInputStream(dir.resolve("funds-progress.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheet("支出进度")).isNotNull();
        }
        try (InputStream in = Files.newInputStream(dir.resolve("funds-payments.xlsx"));
                Workbook wb = WorkbookFactory.create(in)) {
            assertThat(wb.getSheet("拨付明细")).isNotNull();
        }
        for (boolean masked : List.of(false, true)) {
            try (InputStream in = Files.newInputStream(dir.resolve("relief-roster" + (masked ? "（公示）" : "") + ".xlsx"));
                    Workbook wb = WorkbookFactory.create(in)) {
                StringBuilder header = new StringBuilder();
                for (int i = 0; i < 6; i++) {
                    var row = wb.getSheet("发放花名册").getRow(i);
                    if (row != null) {
                        row.forEach(c -> header.append(c.toString()).append('|'));
                    }
                }
                assertThat(header.toString()).contains("证件号码");
                if (masked) {
                    assertThat(header.toString()).doesNotContain("一卡通");
                } else {
                    assertThat(header.toString()).contains("一卡通账号");
                }
            }
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anUnknownFormOrMonthIsAUsageError() {
        CliRun r = run("--db", db(), "export", "monthly", "--month", MONTH, "--format", "xlsx", "--out",
                dir.resolve("x.xlsx").toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("没有编号为 monthly 的报表", "monitoring-monthly", "publicity-list");
        r = run("--db", db(), "export", "measures", "--month", "2026-13", "--format", "xlsx", "--out",
                dir.resolve("x.xlsx").toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("YYYY-MM");
        r = run("--db", db(), "export", "measures", "--month", MONTH, "--format", "docx", "--out",
                dir.resolve("x.docx").toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        r = run("--db", db(), "export", "measures", "--format", "xlsx", "--out", dir.resolve("x.xlsx").toString());
        assertThat(r.code()).as("a monthly form needs its month").isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("月报要给出月份", "--month");
        assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }

    @Test
    void aHouseholdsFileNeedsNoMonth() throws Exception {
        CliRun r = run("--db", db(), "export", "household-card", "--village", "不存在村", "--format", "pdf", "--out",
                dir.resolve("x.pdf").toString());
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("没有名为“不存在村”的村");
        String village;
        try (var s = cn.bangfu.ledger.logic.LedgerServices.open(Path.of(db()))) {
            village = s.households().villages().getFirst().name();
        }
        Path pdf = dir.resolve("全村.pdf");
        r = run("--db", db(), "export", "household-card", "--village", village, "--format", "pdf", "--out",
                pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedAndNothingIsLeftBehind() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("文件"), "x");
        CliRun r = run("--db", db(), "export", "measures", "--month", MONTH, "--format", "pdf", "--out",
                notAFolder.resolve("台账.pdf").toString());
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("错误：", "找不到输出文件夹");
        r = run("--db", db(), "export-pack", "--month", MONTH, "--out", dir.resolve("没有这个文件夹").toString());
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void thePackHoldsEveryMonthlyFormFullAndMaskedInBothFormats() throws Exception {
        Path out = Files.createDirectory(dir.resolve("报表"));
        CliRun r = run("--db", db(), "export-pack", "--month", MONTH, "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path folder = out.resolve(MONTH + " 月度报表");
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).hasSize(27).contains("目录.txt", MONTH + " 监测对象动态月报.xlsx",
                MONTH + " 监测对象动态月报（公示）.pdf", MONTH + " 公示名单.pdf", MONTH + " 风险消除审核表（公示）.xlsx",
                MONTH + " 衔接资金支出进度月报.xlsx", MONTH + " 资金拨付明细.pdf",
                MONTH + " 低保、特困、临时救助及到户资金发放花名册（公示）.pdf");
        assertThat(names).noneMatch(n -> n.contains("公示名单（公示）"));
        assertThat(Files.readString(folder.resolve("目录.txt"))).contains("公示版", "全本");
        // a second pack of the month replaces the first
        assertThat(run("--db", db(), "export-pack", "--month", MONTH, "--out", out.toString()).code()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(MONTH + " 月度报表");
        }
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
