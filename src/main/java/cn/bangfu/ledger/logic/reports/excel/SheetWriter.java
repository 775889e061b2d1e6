package cn.bangfu.ledger.logic.reports.excel;

import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the documents' rows onto one sheet of the template, keeping where the next row goes. */
final class SheetWriter {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    final SXSSFSheet sheet;
    final TemplateSheet ts;
    final XSSFWorkbook wb;
    final Map<String, XSSFCellStyle> styles = new HashMap<>();
    int cursor;
    int documents;
    int firstData = -1;
    int lastData = -1;
    /** The columns of text that may look like a number (ID numbers, codes, phones …). */
    final BitSet textColumns = new BitSet();

    /** Whether a 小计 or 合计 went in as a formula (the workbook then recalculates on opening). */
    boolean wroteFormulas;
    private final Runnable tick;

    /** @param tick called after each row (progress and cancelling) */
    SheetWriter(SXSSFSheet sheet, TemplateSheet ts, Runnable tick) {
        this.tick = tick;
        this.sheet = sheet;
        this.ts = ts;
        this.wb = ts.sheet.getWorkbook();
        this.cursor = ts.dataRow;
    }

    void write(ReportModel doc, ReportTable table) {
        Tokens tokens = Tokens.of(doc, table);
        if (documents > 0) {
            int blank = cursor;
            sheet.setRowBreak(blank);
            int base = blank + 1;
            for (TemplateSheet.RowCopy h : ts.header) {
                copy(base + h.index(), h, tokens, ts.headerMerges, h.index());
            }
            for (CellRangeAddress m : ts.headerMerges) {
                sheet.addMergedRegionUnsafe(new CellRangeAddress(m.getFirstRow() + base, m.getLastRow() + base,
                        m.getFirstColumn(), m.getLastColumn()));
            }
            cursor = base + ts.dataRow;
        }
        rows(table);
        footer(doc, tokens);
        documents++;
    }

    private void rows(ReportTable table) {
        List<Column> cols = table.columns();
        int n = cols.size();
        String[] letters = new String[n];
        XSSFCellStyle[] data = new XSSFCellStyle[n];
        XSSFCellStyle[] sums = new XSSFCellStyle[n];
        for (int c = 0; c < n; c++) {
            letters[c] = CellReference.convertNumToColString(c);
            CellKind kind = cols.get(c).kind();
            data[c] = style(ts.dataStyles[c], kind, false);
            sums[c] = ts.totalStyles != null ? style(ts.totalStyles[c], kind, false)
                    : style(ts.dataStyles[c], kind, true);
        }
        short sumHeight = ts.totalStyles != null ? ts.totalHeight : ts.dataHeight;
        List<Row> rows = table.rows();
        int first = cursor;
        if (!rows.isEmpty()) {
            firstData = firstData < 0 ? first : firstData;
            lastData = first + rows.size() - 1;
            for (int c = 0; c < n; c++) {
                CellKind kind = cols.get(c).kind();
                if (!kind.numeric() && kind != CellKind.DATE) {
                    textColumns.set(c);
                }
            }
        }
        int last = first + rows.size() - 1;
        int segment = first;
        for (int i = 0; i < rows.size(); i++) {
            Row mr = rows.get(i);
            int r = first + i;
            SXSSFRow row = sheet.createRow(r);
            boolean sum = mr.kind() != Row.Kind.DATA;
            short h = sum ? sumHeight : ts.dataHeight;
            if (h >= 0) {
                row.setHeight(h);
            }
            int from = -1;
            int to = -1;
            if (mr.kind() == Row.Kind.SUBTOTAL) {
                from = segment;
                to = r - 1;
            } else if (mr.kind() == Row.Kind.TOTAL) {
                from = r > first ? first : r + 1;
                to = r > first ? r - 1 : last;
            }
            for (int c = 0; c < n; c++) {
                SXSSFCell cell = row.createCell(c);
                cell.setCellStyle(sum ? sums[c] : data[c]);
                Column col = cols.get(c);
                if (sum && col.summed() && from <= to) {
                    cell.setCellFormula("SUBTOTAL(9," + letters[c] + (from + 1) + ":" + letters[c] + (to + 1) + ")");
                    Double cached = number(col.kind(), mr.cell(c));
                    cell.setCellValue(cached != null ? cached : sum(rows, c, col.kind(), from - first, to - first));
                    wroteFormulas = true;
                } else {
                    value(cell, col.kind(), mr.cell(c));
                }
            }
            if (sum) {
                segment = r + 1;
            }
            tick.run();
        }
        cursor = first + rows.size();
    }

    /**
     * Tells Excel that the text columns' numbers are meant as text: no green "number stored as text"
     * triangle on every ID number, 户编号 and phone.
     */
    void finish() {
        if (firstData < 0) {
            return;
        }
        for (int c = textColumns.nextSetBit(0); c >= 0; ) {
            int end = textColumns.nextClearBit(c);
            ts.sheet.addIgnoredErrors(new CellRangeAddress(firstData, lastData, c, end - 1),
                    IgnoredErrorType.NUMBER_STORED_AS_TEXT);
            c = textColumns.nextSetBit(end);
        }
    }

    /** What the footer block's rows become: each offset's rows (none for 说明 without notes, one per note). */
    private void footer(ReportModel doc, Tokens tokens) {
        int span = ts.footerSpan();
        int[] start = new int[span];
        int[] count = new int[span];
        Map<Integer, TemplateSheet.RowCopy> byOffset = new HashMap<>();
        for (TemplateSheet.RowCopy f : ts.footer) {
            byOffset.put(f.index(), f);
        }
        List<String> notes = doc.notes();
        int r = cursor;
        for (int o = 0; o < span; o++) {
            TemplateSheet.RowCopy f = byOffset.get(o);
            start[o] = r;
            if (f != null && f.holds(Tokens.NOTES)) {
                count[o] = notes.size();
                for (String note : notes) {
                    copy(r++, f, tokens.withNote(note), ts.footerMerges, o);
                }
            } else {
                count[o] = 1;
                if (f != null) {
                    copy(r, f, tokens, ts.footerMerges, o);
                }
                r++;
            }
        }
        for (CellRangeAddress m : ts.footerMerges) {
            int a = m.getFirstRow();
            int b = m.getLastRow();
            if (a == b) {
                for (int k = 0; k < count[a]; k++) {
                    add(start[a] + k, start[a] + k, m);
                }
            } else if (count[a] > 0 && count[b] > 0) {
                add(start[a], start[b] + count[b] - 1, m);
            }
        }
        cursor = r;
    }

    private void add(int firstRow, int lastRow, CellRangeAddress m) {
        sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, m.getFirstColumn(), m.getLastColumn()));
    }

    /** Writes a template row at {@code r}; {@code at} is the row's place in the block its merges refer to. */
    private void copy(int r, TemplateSheet.RowCopy f, Tokens tokens, List<CellRangeAddress> merges, int at) {
        SXSSFRow row = sheet.createRow(r);
        if (f.height() >= 0) {
            row.setHeight(f.height());
        }
        if (f.rowStyle() != null) {
            row.setRowStyle(f.rowStyle());
        }
        for (TemplateSheet.CellCopy c : f.cells()) {
            SXSSFCell cell = row.createCell(c.column());
            cell.setCellStyle(c.style());
            switch (c.value()) {
                case null -> {
                }
                case String s -> {
                    String text = tokens.apply(s);
                    cell.setCellValue(text);
                    Heights.fit(ts.sheet, row, c.column(), text, merges, at);
                }
                case Double d -> cell.setCellValue(d);
                case Boolean b -> cell.setCellValue(b);
                case TemplateSheet.Formula formula -> cell.setCellFormula(formula.text());
                default -> cell.setCellValue(c.value().toString());
            }
        }
    }

    /** The style of a data cell: the template's, given the kind's format where it has none, bold for sums. */
    private XSSFCellStyle style(XSSFCellStyle base, CellKind kind, boolean bold) {
        XSSFCellStyle b = base != null ? base : wb.getCellStyleAt(0);
        String format = formatFor(b, kind);
        if (format == null && !bold) {
            return b;
        }
        return styles.computeIfAbsent(b.getIndex() + "/" + format + "/" + bold, k -> {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(b);
            if (format != null) {
                s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            if (bold) {
                XSSFFont f = b.getFont();
                XSSFFont boldFont = wb.createFont();
                boldFont.setFontName(f.getFontName());
                boldFont.setFontHeight(f.getFontHeight());
                boldFont.setColor(f.getColor());
                boldFont.setItalic(f.getItalic());
                boldFont.setBold(true);
                s.setFont(boldFont);
            }
            return s;
        });
    }

    /** The format a template style must be given for the kind, or null when its own fits. */
    private static String formatFor(XSSFCellStyle style, CellKind kind) {
        boolean general = style.getDataFormat() == 0;
        if (kind == CellKind.DATE) {
            return DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString())
                    ? null : kind.excelFormat();
        }
        return general ? kind.excelFormat() : null;
    }

    /** Puts one value in a cell as its kind says; a value of an unexpected type is written as its text. */
    static void value(Cell cell, CellKind kind, Object v) {
        if (v == null) {
            return;
        }
        if (kind.numeric()) {
            Double d = number(kind, v);
            if (d != null) {
                if (!d.isNaN() && !d.isInfinite()) {
                    cell.setCellValue(d);
                }
                return;
            }
        } else if (kind == CellKind.DATE) {
            if (v instanceof LocalDate date) {
                cell.setCellValue(date);
                return;
            }
            if (v instanceof LocalDateTime time) {
                cell.setCellValue(time.toLocalDate());
                return;
            }
        }
        String text;
        try {
            text = kind.text(v);
        } catch (ClassCastException e) {
            text = v.toString();
        }
        cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
    }

    private static Double number(CellKind kind, Object v) {
        if (!(v instanceof Number)) {
            return null;
        }
        return kind.excelNumber(v);
    }

    /** The sum of the data rows' values between two row indices of the table (a cached value the model lacks). */
    private static double sum(List<Row> rows, int column, CellKind kind, int from, int to) {
        double s = 0;
        for (int i = Math.max(0, from); i <= to && i < rows.size(); i++) {
            if (rows.get(i).kind() == Row.Kind.DATA) {
                Double d = number(kind, rows.get(i).cell(column));
                s += d == null ? 0 : d;
            }
        }
        return s;
    }
}
