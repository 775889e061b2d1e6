package cn.bangfu.ledger.logic.reports.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * One sheet of a template, read: where its {@code {{数据}}} and {@code {{合计}}} rows are, how many data columns
 * it has, and a copy of the rows above (the header block) and below (the footer block) with their styles,
 * heights and merged regions, so that they can be written again around streamed data rows.
 */
final class TemplateSheet {

    /** A cell's value: {@code null} (blank), a String, a Double, a Boolean or a {@link Formula}. */
    record CellCopy(int column, XSSFCellStyle style, Object value) {
    }

    /** A formula kept as its text. */
    record Formula(String text) {
    }

    /**
     * A row of the template.
     *
     * @param index  in the header block the row's index in the sheet; in the footer block its offset below the
     *               last data row (0 = the row right after it)
     * @param height the row's height in twips, or -1 for the default height
     */
    record RowCopy(int index, short height, XSSFCellStyle rowStyle, List<CellCopy> cells) {

        boolean holds(String token) {
            for (CellCopy c : cells) {
                if (c.value() instanceof String s && Tokens.holds(s, token)) {
                    return true;
                }
            }
            return false;
        }
    }

    final XSSFSheet sheet;
    /** The {@code {{数据}}} row's index. */
    final int dataRow;
    /** The {@code {{合计}}} row's index, or -1. */
    final int totalRow;
    /** The number of data columns: column A up to the data row's last cell that is not blank. */
    final int columns;
    final List<RowCopy> header = new ArrayList<>();
    final List<CellRangeAddress> headerMerges = new ArrayList<>();
    final XSSFCellStyle[] dataStyles;
    final short dataHeight;
    /** The {@code {{合计}}} row's styles, or null when the template has no such row. */
    final XSSFCellStyle[] totalStyles;
    final short totalHeight;
    final List<RowCopy> footer = new ArrayList<>();
    /** Merged regions of the footer block, rows as offsets like {@link RowCopy#index()}. */
    final List<CellRangeAddress> footerMerges = new ArrayList<>();

    private TemplateSheet(XSSFSheet sheet, int dataRow, int totalRow) {
        this.sheet = sheet;
        this.dataRow = dataRow;
        this.totalRow = totalRow;
        XSSFRow data = sheet.getRow(dataRow);
        this.columns = columns(data);
        this.dataStyles = styles(data, columns);
        this.dataHeight = height(data);
        XSSFRow total = totalRow < 0 ? null : sheet.getRow(totalRow);
        this.totalStyles = total == null ? null : styles(total, columns);
        this.totalHeight = total == null ? -1 : height(total);
        int lastMarker = Math.max(dataRow, totalRow);
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null || r == dataRow || r == totalRow) {
                continue;
            }
            if (r < dataRow) {
                header.add(copy(row, r));
            } else if (r > lastMarker) {
                footer.add(copy(row, r - lastMarker - 1));
            }
        }
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getLastRow() < dataRow && !(totalRow >= 0 && covers(m, totalRow))) {
                headerMerges.add(m);
            } else if (m.getFirstRow() > lastMarker) {
                footerMerges.add(new CellRangeAddress(m.getFirstRow() - lastMarker - 1,
                        m.getLastRow() - lastMarker - 1, m.getFirstColumn(), m.getLastColumn()));
            }
        }
    }

    /** Reads a sheet, or returns null when it has no {@code {{数据}}} row. */
    static TemplateSheet read(XSSFSheet sheet) {
        int data = findMarker(sheet, Tokens.DATA_MARK);
        if (data < 0) {
            return null;
        }
        return new TemplateSheet(sheet, data, findMarker(sheet, Tokens.TOTAL_MARK));
    }

    /** The number of data columns of a sheet, or -1 when it has no {@code {{数据}}} row. */
    static int columnsOf(XSSFSheet sheet) {
        int data = findMarker(sheet, Tokens.DATA_MARK);
        return data < 0 ? -1 : columns(sheet.getRow(data));
    }

    /** The first row whose column A is the marker, or -1. */
    static int findMarker(XSSFSheet sheet, String marker) {
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && Tokens.isMarker(text(row.getCell(0)), marker)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Leaves only the header block in the sheet: the marker rows and the footer rows, and their merged
     * regions, are removed (this object keeps copies), so that SXSSF can stream rows from the data row on.
     */
    void strip() {
        int from = totalRow >= 0 ? Math.min(dataRow, totalRow) : dataRow;
        List<Integer> merges = new ArrayList<>();
        List<CellRangeAddress> all = sheet.getMergedRegions();
        for (int i = 0; i < all.size(); i++) {
            CellRangeAddress m = all.get(i);
            if (m.getLastRow() >= dataRow || (totalRow >= 0 && covers(m, totalRow))) {
                merges.add(i);
            }
        }
        if (!merges.isEmpty()) {
            sheet.removeMergedRegions(merges);
        }
        for (int r = sheet.getLastRowNum(); r >= from; r--) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && (r >= dataRow || r == totalRow)) {
                sheet.removeRow(row);
            }
        }
    }

    /** The last footer row's offset + 1: how many rows the footer block takes (notes not yet expanded). */
    int footerSpan() {
        int span = 0;
        for (RowCopy r : footer) {
            span = Math.max(span, r.index() + 1);
        }
        for (CellRangeAddress m : footerMerges) {
            span = Math.max(span, m.getLastRow() + 1);
        }
        return span;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return "";
    }

    private static boolean covers(CellRangeAddress m, int row) {
        return m.getFirstRow() <= row && row <= m.getLastRow();
    }

    private static int columns(XSSFRow row) {
        for (int c = row.getLastCellNum() - 1; c >= 0; c--) {
            if (filled(row.getCell(c))) {
                return c + 1;
            }
        }
        return 0;
    }

    private static boolean filled(XSSFCell cell) {
        if (cell == null) {
            return false;
        }
        return switch (cell.getCellType()) {
            case STRING -> !cell.getStringCellValue().isBlank();
            case NUMERIC, BOOLEAN, FORMULA -> true;
            default -> false;
        };
    }

    private static XSSFCellStyle[] styles(XSSFRow row, int columns) {
        XSSFCellStyle[] out = new XSSFCellStyle[columns];
        for (int c = 0; c < columns; c++) {
            XSSFCell cell = row.getCell(c);
            out[c] = cell != null ? cell.getCellStyle() : row.getRowStyle();
        }
        return out;
    }

    private static short height(XSSFRow row) {
        return row.getCTRow().isSetCustomHeight() && row.getCTRow().getCustomHeight() ? row.getHeight() : -1;
    }

    private static RowCopy copy(XSSFRow row, int index) {
        List<CellCopy> cells = new ArrayList<>();
        for (Cell c : row) {
            XSSFCell cell = (XSSFCell) c;
            Object value = switch (cell.getCellType()) {
                case STRING -> cell.getStringCellValue();
                case NUMERIC -> cell.getNumericCellValue();
                case BOOLEAN -> cell.getBooleanCellValue();
                case FORMULA -> new Formula(cell.getCellFormula());
                default -> null;
            };
            cells.add(new CellCopy(cell.getColumnIndex(), cell.getCellStyle(), value));
        }
        XSSFCellStyle rowStyle = row.isFormatted() ? row.getRowStyle() : null;
        return new RowCopy(index, row.getCTRow().isSetHt() ? row.getHeight() : -1, rowStyle, cells);
    }
}
