package cn.bangfu.ledger.app;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.ReportForm;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportService;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The report commands: list the forms, export one, export the month's pack. */
final class ReportCommands {

    private ReportCommands() {
    }

    /** YYYY-MM, told in Chinese when it is not one. */
    static final class MonthConverter implements CommandLine.ITypeConverter<YearMonth> {
        @Override
        public YearMonth convert(String value) {
            try {
                return YearMonth.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("月份应写成 YYYY-MM，例如 2026-11");
            }
        }
    }

    @Command(name = "reports", description = "列出可导出的报表（编号、名称）/ list the report forms")
    static final class Reports extends Cli.Sub {
        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(Cli.existing(ledgerFile()))) {
                for (ReportForm f : s.reports().forms()) {
                    out().printf("%-20s %s%s%n", f.id(), f.title(),
                            (f.monthly() ? "（月报包）" : "") + (f.alwaysMasked() ? "（仅公示版）" : ""));
                }
            }
            return Cli.OK;
        }
    }

    @Command(name = "export", description = {"导出一张报表为 Excel 或 PDF / export one form as .xlsx or .pdf",
        "例如：export monitoring-monthly --month 2026-11 --format pdf --masked --out 月报公示.pdf"})
    static final class Export extends Cli.Sub {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "报表编号（运行 reports 查看）")
        String id;

        @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
                description = "报表月份：按该月最后一天的状态统计（月报必填；其他报表省略时按本月）")
        YearMonth month;

        @Option(names = "--format", required = true, paramLabel = "xlsx|pdf", description = "输出格式")
        String format;

        @Option(names = "--masked", description = "公示版：身份证号、电话遮挡，不含银行账号和健康状况")
        boolean masked;

        @Option(names = "--household", paramLabel = "户编号", description = "只导出这一户（一户一档）")
        String household;

        @Option(names = "--village", paramLabel = "NAME", description = "只导出这个村")
        String village;

        @Option(names = "--templates", paramLabel = "DIR", description = "先在这个文件夹里找 Excel 模板")
        Path templates;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件；已存在时替换")
        Path out;

        @Override
        public Integer call() {
            ReportFormat f = ReportFormat.parse(format);
            if (f == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--format 应为 xlsx 或 pdf，实际为“" + format + "”");
            }
            if (household != null && village != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--household 与 --village 只能给一个");
            }
            try (LedgerServices s = LedgerServices.openReadOnly(Cli.existing(ledgerFile()))) {
                ReportService reports = s.reports();
                if (reports.form(id).isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "没有编号为 " + id + " 的报表。可用的报表：" + reports.ids());
                }
                if (month == null && reports.form(id).get().monthly()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "月报要给出月份：--month YYYY-MM（例如 --month 2026-11）");
                }
                YearMonth m = month != null ? month : YearMonth.from(s.monitoring().today());
                Path written = reports.export(id, new ReportRequest(m, masked, household, village), f, out,
                        templates, WorkProgress.NONE);
                out().println("已导出：" + written);
            }
            return Cli.OK;
        }
    }

    @Command(name = "export-pack", description = {"一键生成本月报表：每张月报的全本和公示版，Excel 和 PDF，"
            + "放进“YYYY-MM 月度报表”文件夹 / the month's pack"})
    static final class ExportPack extends Cli.Sub {
        @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
                description = "报表月份")
        YearMonth month;

        @Option(names = "--templates", paramLabel = "DIR", description = "先在这个文件夹里找 Excel 模板")
        Path templates;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "在这个文件夹里生成月度报表文件夹")
        Path out;

        @Override
        public Integer call() {
            try (LedgerServices s = LedgerServices.openReadOnly(Cli.existing(ledgerFile()))) {
                ReportService.Pack pack = s.reports().exportPack(month, out, templates, WorkProgress.NONE);
                out().println("已生成 " + pack.files().size() + " 个文件：" + pack.folder());
            }
            return Cli.OK;
        }
    }

    @Command(name = "templates", description = {"把每张报表的默认 Excel 模板写进文件夹，供本单位修改后放到数据文件夹的 templates 里"
            + " / write every form's default Excel template into a folder, to adapt"})
    static final class Templates extends Cli.Sub {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "写入这个文件夹（已有的同名模板会被替换）")
        Path out;

        @Override
        public Integer call() throws Exception {
            if (!java.nio.file.Files.isDirectory(out)) {
                throw new cn.bangfu.ledger.model.LedgerException("找不到文件夹：" + out + "。请先创建它。");
            }
            try (LedgerServices s = LedgerServices.openReadOnly(Cli.existing(ledgerFile()))) {
                YearMonth month = YearMonth.now().minusMonths(1);
                for (ReportForm f : s.reports().forms()) {
                    ReportRequest request = ReportRequest.of(month, false);
                    if (f.id().equals("household-card")) {
                        var villages = s.households().villages();
                        if (villages.isEmpty()) {
                            out().println("跳过 " + f.id() + "：账本中还没有农户。");
                            continue;
                        }
                        request = new ReportRequest(month, false, null, villages.getFirst().name());
                    }
                    var full = s.reports().models(f.id(), request).getFirst();
                    var masked = cn.bangfu.ledger.logic.reports.Masking.mask(full);
                    boolean sameColumns = full.tables().stream().mapToInt(t -> t.columns().size()).sum()
                            == masked.tables().stream().mapToInt(t -> t.columns().size()).sum();
                    if (!f.alwaysMasked()) {
                        write(full, f.id() + ".xlsx");
                    }
                    if (f.alwaysMasked() || !sameColumns) {
                        write(masked, f.alwaysMasked() ? f.id() + ".xlsx" : f.id() + "（公示）.xlsx");
                    }
                }
            }
            return Cli.OK;
        }

        private void write(cn.bangfu.ledger.logic.reports.ReportModel model, String name) throws java.io.IOException {
            cn.bangfu.ledger.logic.reports.excel.TemplateMaker.write(model, out.resolve(name));
            out().println("已写入：" + out.resolve(name));
        }
    }
}
