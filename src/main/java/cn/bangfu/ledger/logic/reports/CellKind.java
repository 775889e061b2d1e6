package cn.bangfu.ledger.logic.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * What a report column holds. The kind decides the value's Java type, how both renderers show it (the Excel
 * number format, the PDF text, the alignment) and what the 公示 masking does to it.
 *
 * <p>Value types: the text kinds take {@code String}; {@link #COUNT} a {@code Long}; {@link #YUAN} and
 * {@link #WAN_YUAN} a {@code Long} amount in fen; {@link #PERCENT} a {@code Double} fraction (0.5 = 50%);
 * {@link #MONTH} a {@code YearMonth}; {@link #DATE} a {@code LocalDate}; {@link #FLAG} and {@link #MARK} a
 * {@code Boolean}. A {@code null} value is an empty cell.
 */
public enum CellKind {
    /** Plain text, left-aligned. */
    TEXT,
    /** A code kept as text (户编号, 人编号): never a number, leading zeros kept. */
    CODE,
    /** A resident ID number: text; 公示 keeps the first 6 and last 4 characters. */
    ID_NUMBER,
    /** A phone number: text; 公示 keeps the first 3 and last 4 digits of a mobile number. */
    PHONE,
    /** A bank or 一卡通 account: text; the column is left out of 公示 forms. */
    BANK_ACCOUNT,
    /** A health condition: text; the column is left out of 公示 forms. */
    HEALTH,
    /** A whole number (户, 人, 个), right-aligned with thousands separators. */
    COUNT,
    /** Money in fen shown in 元 with 2 decimals. */
    YUAN,
    /** Money in fen shown in 万元 with 4 decimals, where a form says so. */
    WAN_YUAN,
    /** A fraction shown as a percentage with 2 decimals (支出进度). */
    PERCENT,
    /** A month, 2026-11. */
    MONTH,
    /** A date, 2026-11-22. */
    DATE,
    /** Yes or no: 是 / 否. */
    FLAG,
    /** A rule met or not: √ / ×. */
    MARK;

    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM");

    /** Whether the value is a number (right-aligned, summable in a 合计 row). */
    public boolean numeric() {
        return this == COUNT || this == YUAN || this == WAN_YUAN || this == PERCENT;
    }

    /** Whether a 公示 form leaves the whole column out. */
    public boolean leftOutWhenMasked() {
        return this == BANK_ACCOUNT || this == HEALTH;
    }

    /** The Excel data format of a cell of this kind ("@" for text). */
    public String excelFormat() {
        return switch (this) {
            case COUNT -> "#,##0";
            case YUAN -> "#,##0.00";
            case WAN_YUAN -> "#,##0.0000";
            case PERCENT -> "0.00%";
            case DATE -> "yyyy-mm-dd";
            default -> "@";
        };
    }

    /**
     * The number Excel stores for a numeric value: a count as is, fen as 元 or 万元, a fraction as is; null for a
     * non-numeric kind or an empty value.
     */
    public Double excelNumber(Object value) {
        if (value == null || !numeric()) {
            return null;
        }
        return switch (this) {
            case COUNT -> ((Number) value).doubleValue();
            case YUAN -> BigDecimal.valueOf(((Number) value).longValue(), 2).doubleValue();
            case WAN_YUAN -> BigDecimal.valueOf(((Number) value).longValue(), 6).doubleValue();
            case PERCENT -> ((Number) value).doubleValue();
            default -> null;
        };
    }

    /** The value as the printed form shows it (the PDF, and text cells in Excel); "" for an empty value. */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case COUNT -> new DecimalFormat("#,##0").format(((Number) value).longValue());
            case YUAN -> new DecimalFormat("#,##0.00").format(BigDecimal.valueOf(((Number) value).longValue(), 2));
            case WAN_YUAN -> new DecimalFormat("#,##0.0000").format(
                    BigDecimal.valueOf(((Number) value).longValue(), 6).setScale(4, RoundingMode.HALF_UP));
            case PERCENT -> new DecimalFormat("0.00%").format(((Number) value).doubleValue());
            case MONTH -> value instanceof YearMonth m ? m.format(MONTH_FORMAT) : value.toString();
            case DATE -> value instanceof LocalDate d ? d.toString() : value.toString();
            case FLAG -> Boolean.TRUE.equals(value) ? "是" : "否";
            case MARK -> Boolean.TRUE.equals(value) ? "√" : "×";
            default -> value.toString();
        };
    }
}
