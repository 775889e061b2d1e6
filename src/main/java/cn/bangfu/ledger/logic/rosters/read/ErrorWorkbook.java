package cn.bangfu.ledger.logic.rosters.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The workbook of rejected rows the clerk corrects and imports again: one sheet "问题行", the original headers
 * and then 原工作表, 原行号, 问题代码, 问题说明; every original cell written as text (an ID number must never
 * become a number), the two problem columns filled light red (light yellow for a sound row that waits for the
 * rest of its household), 问题说明 wrapped, the header bold, frozen and repeated on every printed page (A4
 * landscape, fit to the width of a page, page numbers in the footer). Written streaming
 * (SXSSF) to a temporary file beside the target and moved over it at the end, so a failed write leaves
 * nothing behind and never half-overwrites an earlier file.
 *
 * <p>Reading the file back with {@link RosterFiles} gives exactly the original strings, with two exceptions
 * an .xlsx cannot hold: characters XML 1.0 forbids (C0 controls other than tab and line breaks, U+FFFE/FFFF,
 * lone surrogates) are written as "?", and a cell longer than Excel's 32,767 characters is cut there.
 */
public final class ErrorWorkbook {

    /** The one sheet's name. */
    public static final String SHEET = "问题行";

    /** The columns after the original ones. */
    public static final List<String> EXTRA_HEADERS = List.of("原工作表", "原行号", "问题代码", "问题说明");

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();
    private static final int WIDTH_SAMPLE_ROWS = 1000;
    /** Excel's "light red fill" (the conditional-formatting preset). */
    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};
    /** Excel's "light yellow fill": a sound row that waits for the rest of its household. */
    private static final byte[] LIGHT_YELLOW = {(byte) 0xFF, (byte) 0xEB, (byte) 0x9C};

    private ErrorWorkbook() {
    }

    /**
     * Writes (or replaces) {@code out}.
     *
     * @param headers the original header texts, by column (the header row as the clerk knows it)
     * @param rows    the rejected rows in the order they should appear
     * @throws RosterFileException when the file cannot be written (folder missing or read-only, the target
     *                             open in Excel, disk full); nothing is left behind then
     */
    public static void write(Path out, List<String> headers, List<RejectedRow> rows) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(rows, "rows");
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            throw refuse(target, "这个名字已经是一个文件夹。请换一个文件名保存。", null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw refuse(target, "保存位置的文件夹不存在。请重新选择保存位置。", null);
        }
        int width = headers.size();
        for (RejectedRow row : rows) {
            width = Math.max(width, row.cells().size());
        }
        if (width + EXTRA_HEADERS.size() > MAX_COLUMNS || rows.size() + 1 > MAX_ROWS) {
            throw refuse(target, "问题行太多或列太多，超过了 Excel 一张工作表的上限（1048576 行、16384 列）。"
                    + "请先处理一部分问题，再重新导入。", null);
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + Refusals.name(target) + ".", ".tmp");
        } catch (IOException e) {
            throw refuse(target, "无法在保存位置创建文件（没有写入权限，或磁盘已满）。请换一个文件夹（例如桌面）保存。", e);
        }
        boolean moved = false;
        try {
            try (OutputStream stream = Files.newOutputStream(temp)) {
                writeWorkbook(stream, headers, width, rows);
            }
            moveOver(temp, target);
            moved = true;
        } catch (IOException e) {
            throw writeFailure(target, e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover hidden .tmp file is the lesser harm; the clerk has the error message
                }
            }
        }
    }

    private static void writeWorkbook(OutputStream stream, List<String> headers, int width, List<RejectedRow> rows)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            int sheetColumn = width;
            int problemColumn = width + 2;

            List<String> header = new ArrayList<>(headers);
            while (header.size() < width) {
                header.add("");
            }
            header.addAll(EXTRA_HEADERS);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(text(header.get(c)));
                cell.setCellStyle(c >= problemColumn ? styles.problemHeader : styles.header);
            }
            for (int c = 0; c < width; c++) {
                sheet.setDefaultColumnStyle(c, styles.text);
            }

            int r = 1;
            for (RejectedRow rejected : rows) {
                Row row = sheet.createRow(r++);
                List<String> cells = rejected.cells();
                for (int c = 0; c < cells.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(styles.text);
                    cell.setCellValue(text(cells.get(c)));
                }
                Cell sheetName = row.createCell(sheetColumn);
                sheetName.setCellStyle(styles.text);
                sheetName.setCellValue(text(rejected.sheet()));
                row.createCell(sheetColumn + 1).setCellValue(rejected.rowNumber());
                Cell codes = row.createCell(problemColumn);
                codes.setCellStyle(rejected.faulty() ? styles.problem : styles.waiting);
                codes.setCellValue(text(rejected.codes()));
                Cell messages = row.createCell(problemColumn + 1);
                messages.setCellStyle(rejected.faulty() ? styles.problemText : styles.waitingText);
                messages.setCellValue(text(rejected.messages()));
                // rows are not measured when written: give a wrapped explanation the height of its lines
                row.setHeightInPoints(LINE_POINTS * lines(rejected.messages(), MESSAGE_WIDTH / 256 - 2));
            }

            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, header.size() - 1));
            long total = 0;
            for (int c = 0; c < header.size(); c++) {
                int w = c == problemColumn + 1 ? MESSAGE_WIDTH : columnWidth(c, header, rows, width);
                sheet.setColumnWidth(c, w);
                total += w;
            }
            int headerLines = 1;
            for (int c = 0; c < header.size(); c++) {
                headerLines = Math.max(headerLines, lines(header.get(c), sheet.getColumnWidth(c) / 256 - 2));
            }
            first.setHeightInPoints(LINE_POINTS * headerLines);
            printSetup(sheet, (int) Math.max(1, Math.ceilDiv(total, PAGE_WIDTH)), keyColumns(headers));
            workbook.write(stream);
        } finally {
            workbook.close(); // also deletes SXSSF's temporary sheet files (dispose() is deprecated for it)
        }
    }

    /** The 问题说明 column: wide enough for a sentence, its text wrapped within it (1/256 of a character). */
    private static final int MESSAGE_WIDTH = 48 * 256;

    /** The height of one line of text, in points (the default 11-point font with its leading). */
    private static final float LINE_POINTS = 15f;

    /** How many lines a text takes wrapped at {@code width} characters (CJK counting double), 1–20. */
    private static int lines(String text, int width) {
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, Math.ceilDiv(displayWidth(part, 4_000), Math.max(1, width)));
        }
        return Math.clamp(lines, 1, 20);
    }

    /** How wide a header name alone makes its column (characters); beyond that it wraps. */
    private static final int HEADER_WIDTH = 12;

    /** What an A4 landscape page holds at a readable size, in 1/256 of a character of the default font. */
    private static final int PAGE_WIDTH = 150 * 256;

    /**
     * Prints on readable pages: A4 landscape, as many pages wide as the columns need at a readable size (one for an
     * ordinary roster), the header row on every page and, when the sheet is more than a page wide, the columns up
     * to 姓名 and 证件号码 on every page too, so each page says whose row it is; page numbers in the footer.
     */
    private static void printSetup(Sheet sheet, int pagesWide, int keyColumns) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) Math.min(pagesWide, Short.MAX_VALUE));
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        if (pagesWide > 1 && keyColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, keyColumns - 1));
        }
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.getFooter().setCenter("第 &P 页 共 &N 页");
    }

    /** How many leading columns name the person (up to 姓名 and 证件号码, when they lie among the first eight). */
    private static int keyColumns(List<String> headers) {
        int last = -1;
        for (int c = 0; c < Math.min(headers.size(), 8); c++) {
            String h = headers.get(c);
            if (h.endsWith("姓名") || h.endsWith("证件号码") || h.endsWith("身份证号")) {
                last = c;
            }
        }
        return last + 1;
    }

    /**
     * Width in 1/256 of a character: the widest of the first rows and the header (up to 12: a longer header wraps),
     * CJK counting double, 6–60.
     */
    private static int columnWidth(int column, List<String> header, List<RejectedRow> rows, int width) {
        int widest = Math.min(displayWidth(header.get(column)), HEADER_WIDTH); // a longer header wraps
        for (int i = 0; i < Math.min(rows.size(), WIDTH_SAMPLE_ROWS); i++) {
            RejectedRow row = rows.get(i);
            String value;
            if (column < width) {
                value = column < row.cells().size() ? row.cells().get(column) : "";
            } else {
                value = switch (column - width) {
                    case 0 -> row.sheet();
                    case 1 -> Integer.toString(row.rowNumber());
                    case 2 -> row.codes();
                    default -> row.messages();
                };
            }
            widest = Math.max(widest, displayWidth(value));
        }
        return Math.clamp(widest + 2, 6, 60) * 256;
    }

    private static int displayWidth(String text) {
        return displayWidth(text, 100);
    }

    /** The width of a text in characters, CJK counting double, counted up to {@code limit}. */
    private static int displayWidth(String text, int limit) {
        int width = 0;
        for (int i = 0; i < text.length() && width < limit; ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x1100 && (Character.isIdeographic(cp) || cp >= 0x3000 && cp <= 0x303F
                    || cp >= 0xFF00 && cp <= 0xFFEF) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Excel refuses cells longer than 32767 characters; such (pathological) text is cut there. */
    private static String text(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static RosterFileException writeFailure(Path target, IOException e) {
        if (e instanceof NoSuchFileException) {
            return refuse(target, "保存位置的文件夹不存在或已被移走。请重新选择保存位置。", e);
        }
        if (e instanceof AccessDeniedException || e instanceof FileSystemException) {
            return refuse(target, "文件正被其他程序（例如 Excel 或 WPS）打开，或没有写入权限，无法覆盖。"
                    + "请先关闭它，或换一个文件名、换一个文件夹保存。", e);
        }
        return refuse(target, "写入时出错（可能是磁盘空间不足，或 U 盘、网络位置有问题）。请换一个位置保存。", e);
    }

    private static RosterFileException refuse(Path target, String reason, Exception cause) {
        String message = "无法保存问题行文件“" + Refusals.name(target) + "”：" + reason;
        return cause == null ? new RosterFileException(message) : new RosterFileException(message, cause);
    }

    /** The few cell styles of the sheet (a workbook holds at most 64000 styles: create them once). */
    private static final class Styles {
        final CellStyle text;
        final CellStyle header;
        final CellStyle problemHeader;
        final CellStyle problem;
        final CellStyle problemText;
        final CellStyle waiting;
        final CellStyle waitingText;

        Styles(SXSSFWorkbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat("@");
            Font bold = workbook.createFont();
            bold.setBold(true);
            XSSFColor lightRed = new XSSFColor(LIGHT_RED, null);

            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);

            header = workbook.createCellStyle();
            header.setDataFormat(textFormat);
            header.setFont(bold);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true); // a long header name wraps instead of widening its column

            problemHeader = workbook.createCellStyle();
            problemHeader.cloneStyleFrom(header);
            fill(problemHeader, lightRed);

            problem = filled(workbook, textFormat, lightRed, false);
            problemText = filled(workbook, textFormat, lightRed, true);
            XSSFColor lightYellow = new XSSFColor(LIGHT_YELLOW, null);
            waiting = filled(workbook, textFormat, lightYellow, false);
            waitingText = filled(workbook, textFormat, lightYellow, true);
        }

        /** A text cell filled with a colour, top-aligned, wrapped or not. */
        private static CellStyle filled(SXSSFWorkbook workbook, short textFormat, XSSFColor color, boolean wrap) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(textFormat);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setWrapText(wrap);
            fill(style, color);
            return style;
        }

        private static void fill(CellStyle style, XSSFColor color) {
            ((XSSFCellStyle) style).setFillForegroundColor(color);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
