package cn.bangfu.ledger.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money as an exact whole number of fen (分, 1/100 yuan). Never a floating-point number.
 * Arithmetic is exact and throws {@link ArithmeticException} on {@code long} overflow.
 *
 * @param value the amount in fen; negative for debits or corrections
 */
public record Fen(long value) implements Comparable<Fen> {

    /** No money. */
    public static final Fen ZERO = new Fen(0);

    /**
     * After {@link #clean}: one optional sign before or after an optional yuan sign, then plain digits or
     * digits grouped by commas in threes, with an optional decimal part.
     */
    private static final Pattern AMOUNT =
            Pattern.compile("([+-]?)¥?([+-]?)((?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.\\d*)?|\\.\\d+)");

    /** The amount of whole yuan. */
    public static Fen ofYuan(long yuan) {
        return new Fen(Math.multiplyExact(yuan, 100L));
    }

    /** This amount plus the other. */
    public Fen plus(Fen other) {
        return new Fen(Math.addExact(value, other.value));
    }

    /** This amount minus the other. */
    public Fen minus(Fen other) {
        return new Fen(Math.subtractExact(value, other.value));
    }

    /** This amount multiplied by a whole factor (e.g. months, persons). */
    public Fen times(long factor) {
        return new Fen(Math.multiplyExact(value, factor));
    }

    /** True when below zero. */
    public boolean isNegative() {
        return value < 0;
    }

    /**
     * Reads an amount in yuan as typed or imported: {@code "1234"}, {@code "1,234.5"}, {@code "¥1,234.56"},
     * {@code "-12.3"}; full-width digits and punctuation and surrounding or embedded spaces are accepted.
     * At most two decimals (trailing zeros beyond that, as in {@code "12.500"}, are harmless and accepted).
     *
     * @throws IllegalArgumentException with a Chinese message for empty, malformed, over-precise or out-of-range text
     */
    public static Fen parseYuan(String text) {
        if (text == null) {
            throw new IllegalArgumentException("金额为空");
        }
        String s = clean(text);
        if (s.isEmpty()) {
            throw new IllegalArgumentException("金额为空");
        }
        var m = AMOUNT.matcher(s);
        if (!m.matches() || (!m.group(1).isEmpty() && !m.group(2).isEmpty())) {
            throw new IllegalArgumentException("无法识别的金额：" + text.strip());
        }
        BigDecimal yuan = new BigDecimal(m.group(3).replace(",", ""));
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("金额最多两位小数：" + text.strip());
        }
        if ((m.group(1) + m.group(2)).equals("-")) {
            yuan = yuan.negate();
        }
        try {
            return new Fen(yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("金额超出范围：" + text.strip(), e);
        }
    }

    /** Drops whitespace and maps full-width digits, signs, separators and the yuan sign to ASCII. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
                continue;
            }
            if (c >= '\uFF10' && c <= '\uFF19') {
                c = (char) ('0' + (c - '\uFF10'));
            } else {
                c = switch (c) {
                    case '\uFF0C' -> ',';   // ，
                    case '\uFF0E' -> '.';   // ．
                    case '\uFF0D', '\u2212' -> '-'; // － and the minus sign
                    case '\uFF0B' -> '+';   // ＋
                    case '\uFFE5' -> '¥';   // ￥
                    default -> c;
                };
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The amount in yuan, with scale 2. */
    public BigDecimal toYuan() {
        return BigDecimal.valueOf(value, 2);
    }

    /** Yuan with thousands separators and always two decimals, e.g. {@code "1,234.56"}, {@code "-0.05"}. */
    public String toYuanString() {
        return String.format(Locale.ROOT, "%,.2f", toYuan());
    }

    /** 万元 (ten-thousands of yuan) with exactly four decimals, rounded half-up, e.g. {@code "0.1235"}; no separators. */
    public String toWanYuanString() {
        return BigDecimal.valueOf(value, 6).setScale(4, RoundingMode.HALF_UP).toPlainString();
    }

    /** Orders by amount. */
    @Override
    public int compareTo(Fen other) {
        return Long.compare(value, other.value);
    }
}
