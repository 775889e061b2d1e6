package cn.bangfu.ledger.logic.bench;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.bench.ImportBench.Figures;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import cn.bangfu.ledger.model.OfficeSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code bench reports}: the month's pack and the 一户一档 of every household on a demo ledger, and a large
 * monitoring-roster .xlsx beside a bare SXSSF write of the same cells (the anchor), each timed and with its heap
 * peak.
 */
public final class ReportBench {

    private ReportBench() {
    }

    /**
     * @param households the demo ledger's households (5,000 for the figures)
     * @param persons    the roster's persons (100,000), imported from a generated county roster
     * @param cardRounds rounds of the 一户一档 of every household (the slowest phase: 1 by default)
     */
    public static List<Figures> run(Path workDir, int households, int persons, int rounds, int cardRounds,
            Consumer<String> log) throws IOException {
        List<Figures> out = new ArrayList<>();
        YearMonth month = YearMonth.now().minusMonths(1);
        try (LedgerServices s = LedgerServices.open(workDir.resolve("demo.db"))) {
            long t0 = System.nanoTime();
            s.demo().generate(new DemoGenerator.Options(households, 2026, LocalDate.now()));
            log.accept(String.format("演示账本 %,d 户：生成用时 %.1f s", households, (System.nanoTime() - t0) / 1e9));
            Path packs = Files.createDirectories(workDir.resolve("packs"));
            s.reports().exportPack(month, packs, null, WorkProgress.NONE); // warm-up
            out.add(ImportBench.measure("月度报表包（每张月报全本+公示，xlsx+pdf）", rounds, log,
                    () -> s.reports().exportPack(month, packs, null, WorkProgress.NONE).files().size()));
            if (cardRounds > 0 && s.reports().form("household-card").isPresent()) {
                out.add(ImportBench.measure("一户一档：全部农户一个 PDF", cardRounds, log, () -> {
                    List<ReportModel> cards = new ArrayList<>();
                    for (var v : s.households().villages()) {
                        cards.addAll(s.reports().models("household-card",
                                new ReportRequest(month, false, null, v.name())));
                    }
                    s.reports().write(cards, ReportFormat.PDF, workDir.resolve("一户一档.pdf"), null,
                            WorkProgress.NONE);
                    return cards.size();
                }));
            }
        }
        Path roster = workDir.resolve("roster.xlsx");
        ImportBench.generate(roster, persons, 1);
        try (LedgerServices s = LedgerServices.open(workDir.resolve("roster.db"))) {
            s.settings().save(new OfficeSettings("示范县", "示范镇", "基准测试"));
            s.importApplying().apply(s.importPlanning().plan(roster, ImportOptions.defaults().withTown("示范镇"),
                    ImportProgress.NONE), ImportProgress.NONE);
            ReportRequest request = ReportRequest.of(YearMonth.now(), false);
            Path file = workDir.resolve("花名册.xlsx");
            s.reports().export("monitoring-roster", request, ReportFormat.XLSX, file, null, WorkProgress.NONE);
            out.add(ImportBench.measure("裸写：同样的单元格直接 SXSSF 写出（基准）", rounds, log,
                    () -> bareWrite(s.reports().models("monitoring-roster", request).getFirst(),
                            workDir.resolve("bare.xlsx"))));
            out.add(ImportBench.measure(String.format("花名册 monitoring-roster .xlsx（%,d 人）", persons), rounds, log,
                    () -> {
                        s.reports().export("monitoring-roster", request, ReportFormat.XLSX, file, null,
                                WorkProgress.NONE);
                        return Files.size(file);
                    }));
        }
        return out;
    }

    /** The model's cells written with a plain SXSSF workbook: no template, no styles (what any writer must pay). */
    static long bareWrite(ReportModel model, Path file) throws IOException {
        long cells = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            for (ReportTable t : model.tables()) {
                Sheet sheet = wb.createSheet(t.name());
                List<Column> columns = t.columns();
                int r = 0;
                Row head = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    head.createCell(c).setCellValue(columns.get(c).title());
                }
                for (var row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int c = 0; c < columns.size(); c++) {
                        Object v = row.cell(c);
                        if (v == null) {
                            continue;
                        }
                        CellKind kind = columns.get(c).kind();
                        Double number = kind.excelNumber(v);
                        if (number != null) {
                            x.createCell(c).setCellValue(number);
                        } else {
                            x.createCell(c).setCellValue(kind.text(v));
                        }
                        cells++;
                    }
                }
            }
            wb.write(os);
        }
        return cells;
    }
}
