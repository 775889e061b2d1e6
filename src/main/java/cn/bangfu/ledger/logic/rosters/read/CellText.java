package cn.bangfu.ledger.logic.rosters.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The text of one workbook cell by the rules of {@link SheetRow}: POI cells of an .xls, and the number, date and
 * date-format rules the .xlsx reader ({@link XlsxSheetReader}) shares with them.
 */
final class CellText {

    /** Excel shows (and keeps) 15 significant digits; more is binary noise (0.1+0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    /** The serial number of 10000-01-01 (1900 date system): Excel's dates end the day before. */
    private static final double LAST_EXCEL_DAY = 2958466;

    private CellText() {
    }

    /** Puts the cell's text into the row: never evaluates a formula, uses its cached result. */
    static void put(Cell cell, RowBuilder row) {
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING -> row.text(column, cell.getStringCellValue());
            case NUMERIC -> {
                String date = isDate(cell) ? isoDate(cell) : null;
                if (date != null) {
                    row.text(column, date);
                } else {
                    row.number(column, number(cell.getNumericCellValue()));
                }
            }
            case BOOLEAN -> row.text(column, cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> row.text(column, "");
        }
    }

    /**
     * A number as a plain decimal: no exponent, no trailing zeros after the point, rounded to Excel's 15
     * significant digits (4.41522199001012E17 → "441522199001012000", 202304.0 → "202304", 3.5 → "3.5").
     */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(value)).round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** The date as yyyy-MM-dd; null beyond 9999-12-31, which Excel shows as ##### (then it is a number). */
    private static String isoDate(Cell cell) {
        if (cell.getNumericCellValue() >= LAST_EXCEL_DAY) {
            return null;
        }
        LocalDateTime value = cell.getLocalDateTimeCellValue();
        return value == null ? null : value.toLocalDate().toString();
    }

    /**
     * A date serial as yyyy-MM-dd in the workbook's date system (1900, or the Mac's 1904); null when it is no
     * date Excel can show: negative, or beyond 9999-12-31 (Excel shows #####; then it is a number).
     */
    static String isoDate(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial) || serial >= LAST_EXCEL_DAY) {
            return null;
        }
        LocalDateTime value = DateUtil.getLocalDateTime(serial, date1904);
        return value == null ? null : value.toLocalDate().toString();
    }

    private static boolean isDate(Cell cell) {
        CellStyle style = cell.getCellStyle();
        return style != null && DateUtil.isValidExcelDate(cell.getNumericCellValue())
                && isDateFormat(style.getDataFormat(), style.getDataFormatString());
    }

    /**
     * Whether a number format shows dates: POI's rule ({@link DateUtil#isADateFormat(int, String)}: the built-in
     * date formats and any format string with date parts), plus the Chinese built-in date formats that files
     * name by number only (their format string is then unknown or POI's "reserved-0x1F" placeholder).
     */
    static boolean isDateFormat(int formatIndex, String formatString) {
        if (DateUtil.isADateFormat(formatIndex, formatString)) {
            return true;
        }
        boolean unnamedBuiltin = formatString == null || formatString.startsWith("reserved");
        return unnamedBuiltin && isEastAsianDateFormat(formatIndex);
    }

    /**
     * The built-in number formats 27–36 and 50–58 are locale-dependent: in a Chinese Excel they are dates such
     * as yyyy"年"m"月"d"日" (31) or yyyy"年"m"月" (27), and files refer to them by number only, so POI does not
     * know them for dates. The time-of-day ones among them (32–35, 55, 56) are not dates.
     */
    static boolean isEastAsianDateFormat(int formatIndex) {
        return formatIndex >= 27 && formatIndex <= 31 || formatIndex == 36
                || formatIndex >= 50 && formatIndex <= 54 || formatIndex == 57 || formatIndex == 58;
    }

    /**
     * Delivers a POI sheet's rows to the sink, one {@link SheetRow} each, until the rows end or the sink says
     * stop; a library failure midway becomes a refusal naming the file.
     */
    static void deliver(java.util.Iterator<org.apache.poi.ss.usermodel.Row> rows, String name, java.nio.file.Path file,
            RowSink sink) {
        RowBuilder builder = new RowBuilder();
        while (true) {
            SheetRow row;
            try {
                if (!rows.hasNext()) {
                    return;
                }
                org.apache.poi.ss.usermodel.Row next = rows.next();
                for (org.apache.poi.ss.usermodel.Cell cell : next) {
                    put(cell, builder);
                }
                row = builder.build(name, next.getRowNum() + 1);
            } catch (RuntimeException e) {
                throw Refusals.fromLibrary(file, e);
            }
            if (!sink.row(row)) {
                return;
            }
        }
    }
}
