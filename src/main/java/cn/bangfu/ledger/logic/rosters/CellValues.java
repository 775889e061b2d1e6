package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.model.IdNumber;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the cell texts of county rosters: cleaning what Excel and web systems put around a value, and
 * parsing the many ways a date, a yes/no, a gender or a code is written.
 */
final class CellValues {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?"
            + "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?)?");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})?(?:\\.0+)?");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}(?:\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("(\\d{1,2})(?:\\.0+)?\\s*(?:个月|月)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final Map<String, Boolean> BOOLS = Map.ofEntries(
            Map.entry("是", true), Map.entry("否", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("Y", true), Map.entry("N", false), Map.entry("YES", true), Map.entry("NO", false),
            Map.entry("TRUE", true), Map.entry("FALSE", false), Map.entry("参加", true), Map.entry("未参加", false),
            Map.entry("已参加", true), Map.entry("有", true), Map.entry("无", false), Map.entry("√", true),
            Map.entry("×", false));

    private CellValues() {
    }

    /**
     * Whether a code-like number (户编号, 人编号) went through Excel as a number and so lost its digits beyond
     * the 15th: a numeric cell of 16 or more digits, or text in scientific notation. Never repaired.
     */
    static boolean lostDigits(String cleaned, boolean numericCell) {
        return IdNumber.isScientific(cleaned) || numberLostDigits(cleaned, numericCell);
    }

    /** Whether a numeric cell's text has more digits (16 or more) than Excel keeps: the rest was lost. */
    static boolean numberLostDigits(String cleaned, boolean numericCell) {
        return numericCell && cleaned.replace(".", "").length() >= 16;
    }

    /**
     * The value without what surrounds it in exported files: full-width letters and digits made ASCII,
     * NBSP, ideographic and zero-width spaces removed at the ends (and collapsed inside), a leading ' or tab
     * (Excel's "store as text" marks) dropped. Empty becomes null.
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        if (isPlain(raw)) {
            return raw.isEmpty() ? null : raw; // the common case: nothing to clean
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t' || c == '\r' || c == '\n' || c == '\u2007'
                    || c == '\u202F') {
                c = ' ';
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u2060') {
                continue;
            }
            if (c == ' ' && (b.isEmpty() || b.charAt(b.length() - 1) == ' ')) {
                continue; // no leading spaces, no runs of spaces
            }
            b.append(c);
        }
        String s = b.toString().strip();
        while (s.startsWith("'") || s.startsWith("‘") || s.startsWith("`")) {
            s = s.substring(1).strip();
        }
        return s.isEmpty() ? null : s;
    }

    /** True when the text has nothing {@link #clean} would change. */
    private static boolean isPlain(String raw) {
        int n = raw.length();
        if (n == 0) {
            return true;
        }
        char first = raw.charAt(0);
        if (first == ' ' || first == '\'' || first == '‘' || first == '`' || raw.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c < ' ' || (c >= '\uFF01' && c <= '\uFF5E') || c == '\u3000' || c == '\u00A0' || c == '\u2007'
                    || c == '\u202F' || (c >= '\u200B' && c <= '\u200D') || c == '\uFEFF' || c == '\u2060'
                    || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** A header name reduced for comparison: no spaces, no marks like * or ※, ASCII brackets, lower case. */
    static String headerKey(String header) {
        String s = clean(header);
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\s*※★:：]", "").replace('（', '(').replace('）', ')').toLowerCase(java.util.Locale.ROOT);
    }

    /** A date as rosters write it; empty when it cannot be read (or is not a real calendar day). */
    static Optional<LocalDate> date(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), day));
            }
            m = YM.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1));
            }
            if (SERIAL.matcher(s).matches()) {
                double serial = Double.parseDouble(s);
                if (serial >= 1 && serial < 80_000) { // an Excel date serial (1900 system)
                    return Optional.of(EXCEL_EPOCH.plusDays((long) Math.floor(serial)));
                }
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<Boolean> bool(String s) {
        return s == null ? Optional.empty() : Optional.ofNullable(BOOLS.get(s.toUpperCase(java.util.Locale.ROOT)));
    }

    /** "1" 男 / "2" 女. */
    static Optional<String> gender(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s) {
            case "1", "男", "男性", "M", "m" -> Optional.of("1");
            case "2", "女", "女性", "F", "f" -> Optional.of("2");
            default -> Optional.empty();
        };
    }

    /** A count of months 0–12 ("6", "6.0", "6个月"). */
    static Optional<Long> months(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = INTEGER.matcher(s);
        if (m.matches()) {
            long v = Long.parseLong(m.group(1));
            return v <= 12 ? Optional.of(v) : Optional.empty();
        }
        return Optional.empty();
    }
}
