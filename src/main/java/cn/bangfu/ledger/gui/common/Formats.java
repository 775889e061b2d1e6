package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Months;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the 农户台账 screens write dates, months, money and codes for the clerk (and read typed dates back). */
public final class Formats {

    /** 1980-05-01, 1980/5/1, 1980.5.1, 1980年5月1日 (with or without 日). */
    private static final Pattern DATE_PARTS =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern DATE_DIGITS = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private Formats() {
    }

    /** 2026-11-23, or "" for none. */
    public static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** 2026年11月, or "" for none: {@link Months#text}, the one month format of every screen. */
    public static String month(YearMonth m) {
        return Months.text(m);
    }

    /** 1,234.56 (yuan, from fen). */
    public static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }

    /** 1,234.56, or "" for none. */
    public static String yuan(Long fen) {
        return fen == null ? "" : yuan(fen.longValue());
    }

    /** 男 / 女 for a gender code ("1" / "2"), "" otherwise. */
    public static String gender(String code) {
        if ("1".equals(code)) {
            return "男";
        }
        return "2".equals(code) ? "女" : "";
    }

    public static String yesNo(Boolean b) {
        if (b == null) {
            return "";
        }
        return b ? "是" : "否";
    }

    /** ✔ when secured, ✘ when not. */
    public static String tick(boolean ok) {
        return ok ? "✔" : "✘";
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * A date as typed: 1980-05-01, 1980/5/1, 1980.5.1, 1980年5月1日 or 19800501 (full-width digits accepted).
     *
     * @return the date, or null when the text is blank
     * @throws IllegalArgumentException when the text is not a real date in one of those forms
     */
    public static LocalDate parseDate(String text) {
        if (isBlank(text)) {
            return null;
        }
        String s = halfWidth(text.strip());
        Matcher m = DATE_PARTS.matcher(s);
        if (!m.matches()) {
            m = DATE_DIGITS.matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException("日期格式不对：“" + text.strip() + "”，请按 2026-11-23 的格式填写");
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("“" + text.strip() + "”不是真实的日期，请核对", e);
        }
    }

    /**
     * A whole number of months as typed (0–12 is checked by the rules).
     *
     * @return the number, or null when blank
     * @throws IllegalArgumentException when not a whole number
     */
    public static Long parseMonths(String text) {
        if (isBlank(text)) {
            return null;
        }
        String s = halfWidth(text.strip());
        if (!s.matches("-?\\d{1,4}")) {
            throw new IllegalArgumentException("请填写 0 到 12 之间的整数（月）");
        }
        return Long.parseLong(s);
    }

    /** Full-width digits and punctuation of a Chinese IME mapped to ASCII. */
    public static String halfWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                out.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
