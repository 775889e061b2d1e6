package cn.bangfu.ledger.logic.reports.excel;

import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.ReportException;
import cn.bangfu.ledger.logic.reports.ReportFormat;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRenderer;
import cn.bangfu.ledger.logic.reports.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageSetup;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Writes reports as .xlsx by filling the form's template (see {@link ReportTemplates} for where it comes from
 * and templates/README.md for what it holds): per table the sheet named like it, the template's header rows
 * with their tokens replaced, one row per report row in the {@code {{数据}}} row's styles (小计/合计 rows in the
 * {@code {{合计}}} row's), then the template's rows below those (notes, signature).
 *
 * <p>Rows are streamed (SXSSF, a window of {@value #WINDOW} rows in memory): the header rows stay in the
 * template's workbook, the marker and footer rows are taken out and written again after the data. Values are
 * typed: numbers as numbers in the kind's format ({@link CellKind#excelFormat()}), dates as dates, codes, ID
 * numbers, phones and accounts as text cells (never numbers), months as text. A 小计 row's summed columns are
 * {@code SUBTOTAL(9,…)} over the data rows since the previous 小计/合计, a 合计 row's over every row of the table
 * above it (SUBTOTAL skips the 小计 among them), each with the ledger's figure as its cached value and Excel told
 * to recalculate on open.
 *
 * <p>Several documents (公示名单 per village, 一户一档 per household) each get sheets of their own, copies of the
 * template's, named {@code <table>-<what tells the titles apart>} ({@link SheetNames}). When that would make more
 * than {@value #MAX_SHEETS} sheets they go onto one sheet per table one after another instead, each with its own
 * title, header, data and footer rows, a blank row and a page break between them; such a sheet has no repeated
 * print rows and no frozen panes (they would show the first document's header over the others).
 *
 * <p>Everything is checked against the template before a byte is written to the stream: a missing sheet or a
 * different number of columns is a {@link ReportException} naming the template, the sheet and both counts.
 */
public final class ExcelRenderer implements ReportRenderer {

    /** The rows SXSSF keeps in memory per sheet (its temporary files are not compressed: faster, and small). */
    static final int WINDOW = 200;
    /** Rows between two looks at {@link WorkProgress#isCancelled()} and two progress updates. */
    static final int BLOCK = 1000;
    /**
     * Several documents get sheets of their own while they need at most this many sheets (each sheet streams
     * into a temporary file of its own, open until the end); more share one sheet per table.
     */
    static final int MAX_SHEETS = 60;
    /** The progress stage. */
    public static final String STAGE = "生成报表";


    private final ReportTemplates templates;

    /** A renderer over the given template places. */
    public ExcelRenderer(ReportTemplates templates) {
        this.templates = Objects.requireNonNull(templates, "templates");
    }

    /** A renderer using the shipped templates only (and made ones where none is shipped). */
    public ExcelRenderer() {
        this(ReportTemplates.builtIn());
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public void write(List<ReportModel> documents, OutputStream out, WorkProgress progress) throws IOException {
        Objects.requireNonNull(out, "out");
        if (documents == null || documents.isEmpty()) {
            throw new IllegalArgumentException("no report to write");
        }
        ReportModel first = documents.get(0);
        for (ReportModel d : documents) {
            if (!d.formId().equals(first.formId()) || d.masked() != first.masked()) {
                throw new IllegalArgumentException("documents of one file must be of one form and variant: "
                        + first.formId() + " / " + d.formId());
            }
        }
        WorkProgress p = progress == null ? WorkProgress.NONE : progress;
        cancelled(p);
        try (ReportTemplates.Template template = templates.open(first)) {
            Job job = new Job(template.source(), template.workbook(), documents, p);
            job.prepare();
            XSSFWorkbook wb = template.take();
            SXSSFWorkbook sx;
            try {
                sx = new SXSSFWorkbook(wb, WINDOW, false, false);
            } catch (RuntimeException e) {
                wb.close();
                throw e;
            }
            try (sx) {
                try {
                    job.stream(sx);
                } catch (RuntimeException | Error e) {
                    // the rows still in the window go to the temporary files before they are deleted: close()
                    // alone closes the files first and then logs a failure to flush those rows
                    sx.dispose();
                    throw e;
                }
                sx.write(out);
            }
        }
    }

    private static void cancelled(WorkProgress p) {
        if (p.isCancelled()) {
            throw new CancellationException("已取消");
        }
    }

    /** One call of {@link #write}: the template's sheets and the documents. */
    private static final class Job {
        final String source;
        final XSSFWorkbook wb;
        final List<ReportModel> documents;
        final WorkProgress progress;
        /** The template's sheet of each table, by the table's name, in the order the tables first appear. */
        final Map<String, TemplateSheet> bases = new LinkedHashMap<>();
        /** The sheet each document's table is written on, by {@link #key}. */
        final Map<String, TemplateSheet> targets = new LinkedHashMap<>();
        /** Several documents, each on sheets of its own (else one after another on shared sheets). */
        boolean perDocument;
        final long total;
        long done;

        Job(String source, XSSFWorkbook wb, List<ReportModel> documents, WorkProgress progress) {
            this.source = source;
            this.wb = wb;
            this.documents = documents;
            this.progress = progress;
            long rows = 0;
            for (ReportModel d : documents) {
                for (ReportTable t : d.tables()) {
                    rows += t.rows().size();
                }
            }
            this.total = rows;
        }

        String key(int document, String table) {
            return perDocument ? document + "/" + table : table;
        }

        /**
         * Checks every table against the template, then makes the sheets the documents are written on and
         * leaves in them only the header rows, their tokens replaced.
         */
        void prepare() {
            List<String> names = new ArrayList<>();
            for (ReportModel d : documents) {
                for (ReportTable t : d.tables()) {
                    if (!names.contains(t.name())) {
                        names.add(t.name());
                    }
                }
            }
            for (int i = 0; i < names.size(); i++) {
                XSSFSheet sheet = ReportTemplates.sheetFor(wb, names, i);
                if (sheet == null) {
                    throw new ReportException("报表模板缺少工作表：模板「" + source + "」中没有名为「" + names.get(i)
                            + "」的工作表（模板有：" + sheetNames() + "）。请按现在的报表重新生成模板，或把工作表改名为「"
                            + names.get(i) + "」。");
                }
                if (bases.values().stream().anyMatch(s -> s.sheet == sheet)) {
                    throw new ReportException("报表模板的工作表「" + sheet.getSheetName() + "」（模板「" + source
                            + "」）对应了两张表。请把工作表按表名命名。");
                }
                TemplateSheet ts = TemplateSheet.read(sheet);
                if (ts == null) {
                    throw new ReportException("报表模板缺少数据行：模板「" + source + "」的工作表「" + sheet.getSheetName()
                            + "」中没有 A 列写着 " + Tokens.DATA_MARK + " 的行。数据行标明数据从哪一行开始、用什么格式。");
                }
                bases.put(names.get(i), ts);
            }
            for (ReportModel d : documents) {
                for (ReportTable t : d.tables()) {
                    TemplateSheet ts = bases.get(t.name());
                    int n = t.columns().size();
                    if (ts.columns != n) {
                        throw new ReportException("报表模板与报表的列数不一致：模板「" + source + "」的工作表「"
                                + ts.sheet.getSheetName() + "」有 " + ts.columns + " 列数据，报表「" + d.title() + "」的「"
                                + t.name() + "」有 " + n + " 列。请按现在的报表重新生成模板，或在模板的 "
                                + Tokens.DATA_MARK + " 行补齐或删去列，使两者列数相同。");
                    }
                }
            }
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                XSSFSheet s = wb.getSheetAt(i);
                if (bases.values().stream().noneMatch(ts -> ts.sheet == s)) {
                    wb.removeSheetAt(i);
                }
            }
            perDocument = documents.size() > 1 && (long) documents.size() * names.size() <= MAX_SHEETS;
            if (perDocument) {
                cloneForEachDocument();
            } else {
                int place = 0;
                for (Map.Entry<String, TemplateSheet> e : bases.entrySet()) {
                    wb.setSheetOrder(e.getValue().sheet.getSheetName(), place++);
                    targets.put(e.getKey(), e.getValue());
                }
            }
            Map<TemplateSheet, Integer> documentsOn = new HashMap<>();
            Map<TemplateSheet, Tokens> firstTokens = new HashMap<>();
            for (int k = 0; k < documents.size(); k++) {
                for (ReportTable t : documents.get(k).tables()) {
                    TemplateSheet ts = targets.get(key(k, t.name()));
                    documentsOn.merge(ts, 1, Integer::sum);
                    firstTokens.putIfAbsent(ts, Tokens.of(documents.get(k), t));
                }
            }
            for (TemplateSheet ts : targets.values()) {
                ts.strip();
                fillInPlace(ts, firstTokens.get(ts));
                pageTokens(ts.sheet, firstTokens.get(ts));
                int index = wb.getSheetIndex(ts.sheet);
                if (wb.getPrintArea(index) != null) {
                    wb.removePrintArea(index);
                }
                if (documentsOn.get(ts) > 1) {
                    // the first document's header repeated over the others, its panes frozen over them: neither
                    ts.sheet.setRepeatingRows(null);
                    ts.sheet.createFreezePane(0, 0);
                }
            }
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                wb.getSheetAt(i).setSelected(i == 0);
            }
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
        }

        /** A copy of the template's sheet for every document's table, named after the document; the originals go. */
        private void cloneForEachDocument() {
            List<String> labels = SheetNames.labels(documents.stream().map(ReportModel::title).toList());
            List<String> wanted = new ArrayList<>();
            List<String> tables = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int k = 0; k < documents.size(); k++) {
                for (ReportTable t : documents.get(k).tables()) {
                    wanted.add(SheetNames.sheet(t.name(), labels.get(k)));
                    tables.add(t.name());
                    owners.add(k);
                }
            }
            List<String> unique = SheetNames.unique(wanted, tables, owners);
            // POI's clone drops the page setup (paper, orientation, fit to width) for the printer settings it may
            // refer to, with a warning: it is taken off the originals first and put on each copy without that
            // reference. Margins, print options, the page footer and "fit to page" are cloned with the sheet.
            Map<TemplateSheet, CTPageSetup> setups = new HashMap<>();
            for (TemplateSheet base : bases.values()) {
                CTWorksheet ws = base.sheet.getCTWorksheet();
                if (ws.isSetPageSetup()) {
                    CTPageSetup setup = (CTPageSetup) ws.getPageSetup().copy();
                    if (setup.isSetId()) {
                        setup.unsetId();
                    }
                    setups.put(base, setup);
                    ws.unsetPageSetup();
                }
            }
            for (int i = 0; i < unique.size(); i++) {
                TemplateSheet base = bases.get(tables.get(i));
                XSSFSheet copy = wb.cloneSheet(wb.getSheetIndex(base.sheet), unique.get(i));
                CTPageSetup setup = setups.get(base);
                if (setup != null) {
                    copy.getCTWorksheet().addNewPageSetup().set(setup);
                }
                CellRangeAddress repeating = base.sheet.getRepeatingRows();
                if (repeating != null) {
                    copy.setRepeatingRows(repeating);
                }
                copy.setSelected(false);
                targets.put(key(owners.get(i), tables.get(i)), TemplateSheet.read(copy));
            }
            for (TemplateSheet base : bases.values()) {
                wb.removeSheetAt(wb.getSheetIndex(base.sheet));
            }
        }

        private String sheetNames() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                out.add("「" + wb.getSheetAt(i).getSheetName() + "」");
            }
            return String.join("、", out);
        }

        /** The first document's header block stays in the template's rows: its tokens are replaced there. */
        private void fillInPlace(TemplateSheet ts, Tokens tokens) {
            for (int r = 0; r < ts.dataRow; r++) {
                XSSFRow row = ts.sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && Tokens.hasToken(cell.getStringCellValue())) {
                        String text = tokens.apply(cell.getStringCellValue());
                        cell.setCellValue(text);
                        Heights.fit(ts.sheet, row, cell.getColumnIndex(), text, ts.headerMerges, r);
                    }
                }
            }
        }

        private static void pageTokens(XSSFSheet sheet, Tokens tokens) {
            for (HeaderFooter hf : List.of(sheet.getHeader(), sheet.getFooter())) {
                hf.setLeft(nz(tokens.apply(hf.getLeft())));
                hf.setCenter(nz(tokens.apply(hf.getCenter())));
                hf.setRight(nz(tokens.apply(hf.getRight())));
            }
        }

        void stream(SXSSFWorkbook sx) {
            Map<TemplateSheet, SheetWriter> writers = new HashMap<>();
            for (TemplateSheet ts : targets.values()) {
                writers.put(ts, new SheetWriter(sx.getSheet(ts.sheet.getSheetName()), ts, this::tick));
            }
            for (int k = 0; k < documents.size(); k++) {
                cancelled(progress);
                ReportModel d = documents.get(k);
                for (ReportTable t : d.tables()) {
                    writers.get(targets.get(key(k, t.name()))).write(d, t);
                }
            }
            boolean formulas = false;
            for (SheetWriter w : writers.values()) {
                w.finish();
                formulas |= w.wroteFormulas;
            }
            if (formulas) {
                sx.setForceFormulaRecalculation(true);
            }
            progress.update(STAGE, total, total);
        }

        void tick() {
            if (++done % BLOCK == 0) {
                cancelled(progress);
                progress.update(STAGE, done, total);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
