package cn.bangfu.ledger.logic.reports.excel;

import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the default template of a form from one of its reports (templates/README.md describes the
 * convention). Per table one sheet named like the table:
 * <ol start="0">
 *   <li>the title {@code {{标题}}}, merged across the width;</li>
 *   <li>the period on the left ({@code {{期间}}}, with {@code {{表名}}} before it when the form has several
 *       tables), the unit line {@code {{单位}}} on the right;</li>
 *   <li>the header rows from the header tree, groups merged across their columns, a column above the deepest
 *       level merged down to the last header row;</li>
 *   <li>the {@code {{数据}}} row: each column's format and alignment (numbers right, text left, dates and 是/否
 *       centred; ID numbers, 户编号, phones and accounts as text "@");</li>
 *   <li>the {@code {{合计}}} row, the same in bold;</li>
 *   <li>{@code {{说明}}} (one row per note line when written), then the signature line(s).</li>
 * </ol>
 * A4, landscape when the report asks for it or is wider than a portrait page, fitted to one page wide, the
 * header rows repeated on every page, 第 &amp;P 页 共 &amp;N 页 in the footer, the panes frozen below the header,
 * thin borders, 宋体 throughout.
 */
public final class TemplateMaker {

    /** The font of every cell (a CJK font name Excel, WPS and LibreOffice all map to a Chinese font). */
    public static final String FONT = "宋体";
    /** A report wider than this many characters is printed landscape. */
    static final int PORTRAIT_WIDTH = 100;
    /** A table at least this wide has its signature on one line; a narrower one on two. */
    static final int ONE_LINE_SIGNATURE_WIDTH = 116;

    static final int TITLE_ROW = 0;
    static final int SUBTITLE_ROW = 1;
    static final int FIRST_HEADER_ROW = 2;

    static final String SIGNATURE_ONE_LINE = "填报单位（盖章）：{{填报单位}}　　填报人：{{填报人}}　　审核人：{{审核人}}"
            + "　　负责人：{{负责人}}　　填报日期：{{填报日期}}";
    static final String SIGNATURE_FIRST = "填报单位（盖章）：{{填报单位}}　　　　填报日期：{{填报日期}}";
    static final String SIGNATURE_SECOND = "填报人：{{填报人}}　　　　审核人：{{审核人}}　　　　负责人：{{负责人}}";
    static final String FOOTER = "第 &P 页 共 &N 页";

    private TemplateMaker() {
    }

    /** The default template of the report's form, in memory. */
    public static XSSFWorkbook make(ReportModel model) {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.getFontAt(0).setFontName(FONT);
        Styles styles = new Styles(wb);
        for (ReportTable table : model.tables()) {
            sheet(wb, styles, model, table);
        }
        wb.setActiveSheet(0);
        return wb;
    }

    /**
     * Writes the default template to {@code file} (its folder is created): to a temporary file beside it first,
     * then moved over it, so a failed write leaves an earlier file as it was.
     */
    public static void write(ReportModel model, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, ".template-", ".xlsx.tmp");
        try {
            try (XSSFWorkbook wb = make(model); OutputStream out = Files.newOutputStream(temp)) {
                wb.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Whether the report is printed landscape: asked for, or wider than a portrait page. */
    static boolean landscape(ReportModel model, ReportTable table) {
        return model.landscape() || width(table) > PORTRAIT_WIDTH;
    }

    static int width(ReportTable table) {
        return table.columns().stream().mapToInt(c -> Math.min(255, c.chars())).sum();
    }

    private static void sheet(XSSFWorkbook wb, Styles st, ReportModel model, ReportTable table) {
        XSSFSheet sh = wb.createSheet(table.name());
        List<Column> cols = table.columns();
        int n = cols.size();
        int depth = table.headerDepth();
        int[] widths = new int[n];
        for (int i = 0; i < n; i++) {
            widths[i] = Math.min(255, cols.get(i).chars());
            sh.setColumnWidth(i, widths[i] * 256);
        }
        int total = width(table);

        XSSFRow title = row(sh, TITLE_ROW, 32);
        fill(title, 0, n, st.title);
        title.getCell(0).setCellValue("{{" + Tokens.TITLE + "}}");
        merge(sh, TITLE_ROW, TITLE_ROW, 0, n - 1);

        XSSFRow sub = row(sh, SUBTITLE_ROW, 20);
        String left = (model.tables().size() > 1 ? "{{" + Tokens.TABLE + "}}　　" : "") + "{{" + Tokens.PERIOD + "}}";
        String right = "{{" + Tokens.UNIT + "}}";
        if (n == 1) {
            fill(sub, 0, 1, st.subLeft);
            sub.getCell(0).setCellValue(left + "　　" + right);
        } else {
            int split = (n + 1) / 2;
            fill(sub, 0, split, st.subLeft);
            fill(sub, split, n, st.subRight);
            sub.getCell(0).setCellValue(left);
            sub.getCell(split).setCellValue(right);
            merge(sh, SUBTITLE_ROW, SUBTITLE_ROW, 0, split - 1);
            merge(sh, SUBTITLE_ROW, SUBTITLE_ROW, split, n - 1);
        }

        double[] lines = new double[depth];
        for (int r = 0; r < depth; r++) {
            fill(row(sh, FIRST_HEADER_ROW + r, -1), 0, n, st.header);
        }
        int col = 0;
        for (Header h : table.headers()) {
            col = header(sh, h, 0, col, depth, widths, lines);
        }
        for (int r = 0; r < depth; r++) {
            sh.getRow(FIRST_HEADER_ROW + r).setHeightInPoints((float) Math.max(20, lines[r] * 14 + 6));
        }

        int dataRow = FIRST_HEADER_ROW + depth;
        XSSFRow data = row(sh, dataRow, 18);
        XSSFRow sums = row(sh, dataRow + 1, 18);
        for (int i = 0; i < n; i++) {
            XSSFCell d = data.createCell(i);
            d.setCellStyle(st.data(cols.get(i).kind()));
            d.setCellValue(Tokens.DATA_MARK);
            XSSFCell s = sums.createCell(i);
            s.setCellStyle(st.total(cols.get(i).kind()));
            s.setCellValue(Tokens.TOTAL_MARK);
        }

        int r = dataRow + 2;
        XSSFRow notes = row(sh, r, -1);
        fill(notes, 0, n, st.notes);
        notes.getCell(0).setCellValue(Tokens.NOTES_MARK);
        merge(sh, r, r, 0, n - 1);
        r++;
        List<String> signature = total >= ONE_LINE_SIGNATURE_WIDTH
                ? List.of(SIGNATURE_ONE_LINE) : List.of(SIGNATURE_FIRST, SIGNATURE_SECOND);
        for (String line : signature) {
            XSSFRow sig = row(sh, r, 26);
            fill(sig, 0, n, st.signature);
            sig.getCell(0).setCellValue(line);
            merge(sh, r, r, 0, n - 1);
            r++;
        }

        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape(model, table));
        sh.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setHorizontallyCenter(true);
        sh.setMargin(Sheet.LeftMargin, 0.5);
        sh.setMargin(Sheet.RightMargin, 0.5);
        sh.setMargin(Sheet.TopMargin, 0.6);
        sh.setMargin(Sheet.BottomMargin, 0.7);
        sh.setMargin(Sheet.HeaderMargin, 0.3);
        sh.setMargin(Sheet.FooterMargin, 0.3);
        sh.setRepeatingRows(new CellRangeAddress(FIRST_HEADER_ROW, FIRST_HEADER_ROW + depth - 1, -1, -1));
        sh.getFooter().setCenter(FOOTER);
        sh.createFreezePane(0, dataRow);
    }

    /** Writes a header node at (level, col) and its children below it; returns the next free column. */
    private static int header(XSSFSheet sh, Header h, int level, int col, int depth, int[] widths, double[] lines) {
        int row = FIRST_HEADER_ROW + level;
        sh.getRow(row).getCell(col).setCellValue(h.title());
        return switch (h) {
            case Column c -> {
                merge(sh, row, FIRST_HEADER_ROW + depth - 1, col, col);
                int span = depth - level;
                double need = linesFor(h.title(), widths[col]) / span;
                for (int i = level; i < depth; i++) {
                    lines[i] = Math.max(lines[i], need);
                }
                yield col + 1;
            }
            case Header.Group g -> {
                int w = 0;
                for (int i = col; i < col + g.width(); i++) {
                    w += widths[i];
                }
                merge(sh, row, row, col, col + g.width() - 1);
                lines[level] = Math.max(lines[level], linesFor(h.title(), w));
                int next = col;
                for (Header child : g.children()) {
                    next = header(sh, child, level + 1, next, depth, widths, lines);
                }
                yield next;
            }
        };
    }

    /** How many lines a caption takes in a cell this many characters wide (a CJK character is two). */
    static double linesFor(String text, int width) {
        double units = textWidth(text);
        return Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
    }

    /** A text's width in Excel's character units: a CJK or full-width character counts as two. */
    static double textWidth(String text) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += cp >= 0x2E80 || (cp >= 0x1100 && cp <= 0x115F) ? 2 : 1.1;
            i += Character.charCount(cp);
        }
        return units;
    }

    private static XSSFRow row(XSSFSheet sh, int r, float heightPoints) {
        XSSFRow row = sh.createRow(r);
        if (heightPoints > 0) {
            row.setHeightInPoints(heightPoints);
        }
        return row;
    }

    private static void fill(XSSFRow row, int from, int to, XSSFCellStyle style) {
        for (int c = from; c < to; c++) {
            row.createCell(c).setCellStyle(style);
        }
    }

    private static void merge(XSSFSheet sh, int r1, int r2, int c1, int c2) {
        if (r1 != r2 || c1 != c2) {
            sh.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    /** The template's styles, one per purpose and per cell kind. */
    private static final class Styles {
        final XSSFWorkbook wb;
        final XSSFCellStyle title;
        final XSSFCellStyle subLeft;
        final XSSFCellStyle subRight;
        final XSSFCellStyle header;
        final XSSFCellStyle notes;
        final XSSFCellStyle signature;
        final XSSFFont body;
        final XSSFFont bold;
        final Map<CellKind, XSSFCellStyle> data = new EnumMap<>(CellKind.class);
        final Map<CellKind, XSSFCellStyle> total = new EnumMap<>(CellKind.class);

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            body = font(10.5, false);
            bold = font(10.5, true);
            title = wb.createCellStyle();
            title.setFont(font(16, true));
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            subLeft = plain(HorizontalAlignment.LEFT, font(10, false));
            subRight = plain(HorizontalAlignment.RIGHT, font(10, false));
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            borders(header);
            notes = plain(HorizontalAlignment.LEFT, font(10, false));
            notes.setWrapText(true);
            notes.setVerticalAlignment(VerticalAlignment.TOP);
            signature = plain(HorizontalAlignment.LEFT, body);
            signature.setWrapText(true);
        }

        XSSFCellStyle data(CellKind kind) {
            return data.computeIfAbsent(kind, k -> cell(k, body));
        }

        XSSFCellStyle total(CellKind kind) {
            return total.computeIfAbsent(kind, k -> cell(k, bold));
        }

        private XSSFCellStyle cell(CellKind kind, XSSFFont font) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setDataFormat(wb.createDataFormat().getFormat(kind.excelFormat()));
            s.setAlignment(alignment(kind));
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            borders(s);
            return s;
        }

        private XSSFCellStyle plain(HorizontalAlignment h, XSSFFont font) {
            XSSFCellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(h);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        private XSSFFont font(double points, boolean isBold) {
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setFontHeight(points);
            f.setBold(isBold);
            return f;
        }

        private static void borders(XSSFCellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }

    /** Numbers right, dates, months and 是/否 centred, text left. */
    static HorizontalAlignment alignment(CellKind kind) {
        if (kind.numeric()) {
            return HorizontalAlignment.RIGHT;
        }
        return switch (kind) {
            case DATE, MONTH, FLAG, MARK -> HorizontalAlignment.CENTER;
            default -> HorizontalAlignment.LEFT;
        };
    }
}
