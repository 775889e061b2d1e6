package cn.bangfu.ledger.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Chinese resident identity number (公民身份号码, GB 11643-1999): always the normalised 18-character form,
 * i.e. 17 ASCII digits followed by a digit or upper-case {@code X}, with a known province code, a real
 * birth date from 1900 on and a correct check character.
 *
 * <p>Use {@link #check(String)} to turn user or spreadsheet input into an ID; it normalises the text,
 * upgrades legacy 15-digit numbers, accepts 20-character disability certificate numbers and recognises
 * numbers that Excel has destroyed. The canonical constructor only accepts an already normalised value.
 *
 * <p>The "birth date not in the future" rule depends on a reference date, so it is applied by
 * {@link #check(String, LocalDate)} and not by the constructor.
 *
 * @param value the normalised 18-character ID
 */
public record IdNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** Province-level codes (first two digits) defined by GB/T 2260, plus 83 for HK/Macao/Taiwan residence permits. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private static final Pattern SHAPE_15 = Pattern.compile("\\d{15}");
    private static final Pattern SHAPE_20 = Pattern.compile("\\d{17}[\\dX]\\d{2}");
    /** Excel's scientific rendering of a large number: 4.41522E+17, 4.41522199001011e17, ... */
    private static final Pattern SCIENTIFIC = Pattern.compile("[+-]?\\d+(\\.\\d*)?[eE][+-]?\\d+");
    /** A numeric cell rendered with a decimal part, e.g. 441522199001011000.0. */
    private static final Pattern DECIMAL_TAIL = Pattern.compile("(\\d+)\\.0+");

    /** Validates the canonical form; see the class comment. */
    public IdNumber {
        IdCheck.Invalid problem = problemWith18(value, null);
        if (problem != null) {
            throw new IllegalArgumentException(problem.message());
        }
    }

    // ---------------------------------------------------------------- normalisation and checking

    /**
     * Cleans up typed or pasted text: drops all whitespace (including NBSP and the ideographic space) and
     * zero-width characters, a leading Excel text marker {@code '}, turns full-width digits into ASCII and
     * {@code x}, {@code ｘ}, {@code Ｘ} into {@code X}. Returns null for null. Does not validate.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        boolean markerSeen = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || isZeroWidth(c)) {
                continue;
            }
            if (c == '\'' && out.isEmpty() && !markerSeen) {
                markerSeen = true; // Excel's "store as text" marker: only one, only in front
                continue;
            }
            if (c >= '\uFF10' && c <= '\uFF19') {
                out.append((char) ('0' + (c - '\uFF10')));
            } else if (c == 'x' || c == '\uFF58' || c == '\uFF38') {
                out.append('X');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    /**
     * The GB 11643 check character for the first 17 digits: weighted sum mod 11 indexes {@code "10X98765432"}.
     *
     * @throws IllegalArgumentException unless the argument is exactly 17 ASCII digits
     */
    public static char checkChar(String first17Digits) {
        if (first17Digits == null || first17Digits.length() != 17 || !first17Digits.chars().allMatch(IdNumber::isAsciiDigit)) {
            throw new IllegalArgumentException("计算校验位需要17位数字：" + first17Digits);
        }
        return checkCharOf(first17Digits);
    }

    /** The check character of the first 17 characters of {@code s}, which are known to be ASCII digits. */
    private static char checkCharOf(String s) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (s.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /**
     * Whether the text is a number as Excel shows a large one in scientific notation (4.41522E+17): whatever it
     * was, its digits beyond the shown ones are gone. Serves any code-like number (ID, 户编号 …).
     */
    public static boolean isScientific(String text) {
        return text != null && SCIENTIFIC.matcher(text).matches();
    }

    /** 17 ASCII digits and a digit or X: what {@link #normalise} leaves unchanged. */
    private static boolean isCanonical18(String s) {
        if (s == null || s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        char last = s.charAt(17);
        return isAsciiDigit(last) || last == 'X';
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** {@link #check(String, LocalDate)} against today's date. */
    public static IdCheck check(String raw) {
        return check(raw, LocalDate.now());
    }

    /**
     * Checks typed or imported text and says either which ID it is or, in Chinese, what is wrong with it.
     * Accepts 18-character IDs, legacy 15-digit IDs (upgraded) and 20-character disability certificate
     * numbers (the first 18 characters are the ID). Numbers mangled by Excel are reported as
     * {@link IdProblem#TRUNCATED} and never repaired by guessing.
     *
     * @param raw   the text as typed or imported; may be null
     * @param today the reference date for the "birth date not in the future" rule
     */
    public static IdCheck check(String raw, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (isCanonical18(raw)) {
            return check18(raw, today); // the common case, e.g. every row of a roster: no cleaning, no patterns
        }
        String s = normalise(raw);
        if (s == null || s.isEmpty()) {
            return invalid(IdProblem.FORMAT, "证件号码为空");
        }
        if (isScientific(s)) {
            return invalid(IdProblem.TRUNCATED, "号码“" + s + "”被Excel存成了科学计数法，后几位数字已丢失、无法还原："
                    + "请将该列设为文本格式，按原始证件重新录入");
        }
        var decimal = DECIMAL_TAIL.matcher(s);
        if (decimal.matches()) {
            if (decimal.group(1).length() >= 16) {
                return invalid(IdProblem.TRUNCATED, "号码“" + s + "”被Excel当作数字保存过，15位以后的数字已丢失、无法还原："
                        + "请将该列设为文本格式，按原始证件重新录入");
            }
            return invalid(IdProblem.FORMAT, "号码“" + s + "”带有小数部分，像是Excel的数字格式："
                    + "请将该列设为文本格式，按原始证件重新录入");
        }
        return switch (s.length()) {
            case 18 -> check18(s, today);
            case 15 -> check15(s, today);
            case 20 -> check20(s, today);
            default -> invalid(IdProblem.FORMAT, "证件号码应为18位（旧号码15位），实际为" + s.length() + "位：“" + s
                    + "”，请核对原始证件");
        };
    }

    /** The ID in the text, or an {@link IllegalArgumentException} carrying the Chinese reason. */
    public static IdNumber parse(String raw) {
        return switch (check(raw)) {
            case IdCheck.Valid valid -> valid.id();
            case IdCheck.Invalid invalid -> throw new IllegalArgumentException(invalid.message());
        };
    }

    /** Whether {@link #check(String)} accepts the text. */
    public static boolean isValid(String raw) {
        return check(raw).isValid();
    }

    private static IdCheck check18(String s, LocalDate today) {
        IdCheck.Invalid problem = problemWith18(s, today);
        return problem != null ? problem : new IdCheck.Valid(new IdNumber(s), false, false);
    }

    private static IdCheck check15(String s, LocalDate today) {
        if (!SHAPE_15.matcher(s).matches()) {
            return invalid(IdProblem.FORMAT, "15位旧号码应全为数字：“" + s + "”，请核对原始证件");
        }
        IdCheck.Invalid problem = problemWithPrefix(s);
        if (problem == null) {
            problem = problemWithBirthDate("19" + s.substring(6, 12), "第7–12位", today);
        }
        if (problem != null) {
            return problem;
        }
        String first17 = s.substring(0, 6) + "19" + s.substring(6);
        return new IdCheck.Valid(new IdNumber(first17 + checkChar(first17)), true, false);
    }

    private static IdCheck check20(String s, LocalDate today) {
        if (!SHAPE_20.matcher(s).matches()) {
            return invalid(IdProblem.FORMAT, "证件号码应为18位（残疾人证号20位），“" + s + "”中含有多余字符，请核对原始证件");
        }
        IdCheck.Invalid problem = problemWith18(s.substring(0, 18), today);
        if (problem != null) {
            return invalid(problem.problem(), "残疾人证号中的身份证号（前18位）有误。" + problem.message());
        }
        char category = s.charAt(18);
        char grade = s.charAt(19);
        if (category < '1' || category > '7') {
            return invalid(IdProblem.FORMAT, "残疾人证号第19位为残疾类别，应为1–7，实际为 " + category + "，请核对残疾人证");
        }
        if (grade < '1' || grade > '4') {
            return invalid(IdProblem.FORMAT, "残疾人证号第20位为残疾等级，应为1–4，实际为 " + grade + "，请核对残疾人证");
        }
        return new IdCheck.Valid(new IdNumber(s.substring(0, 18)), false, true);
    }

    /**
     * Everything wrong with a supposedly normalised 18-character ID, or null if nothing is.
     * {@code today} may be null to skip the future-birth-date rule.
     */
    private static IdCheck.Invalid problemWith18(String s, LocalDate today) {
        if (s == null || s.isEmpty()) {
            return invalid(IdProblem.FORMAT, "证件号码为空");
        }
        if (s.length() != 18) {
            return invalid(IdProblem.FORMAT, "证件号码应为18位，实际为" + s.length() + "位：“" + s + "”，请核对原始证件");
        }
        if (!isCanonical18(s)) {
            return invalid(IdProblem.FORMAT, "证件号码“" + s + "”含有非法字符：前17位须为数字，最后一位为数字或X，请核对原始证件");
        }
        IdCheck.Invalid problem = problemWithPrefix(s);
        if (problem == null) {
            problem = problemWithBirthDate(s.substring(6, 14), "第7–14位", today);
        }
        if (problem != null) {
            return problem;
        }
        char expected = checkCharOf(s);
        char actual = s.charAt(17);
        if (expected == actual) {
            return null;
        }
        if (s.endsWith("000")) {
            return invalid(IdProblem.TRUNCATED, "号码末三位为000且校验位不符，应是被Excel截断为15位有效数字，后三位已丢失、无法还原："
                    + "请将该列设为文本格式，按原始证件重新录入");
        }
        return invalid(IdProblem.CHECKSUM, "校验位错误：按号码前17位应为 " + expected + "，实际为 " + actual + "，请核对原始证件");
    }

    private static IdCheck.Invalid problemWithPrefix(String s) {
        String province = s.substring(0, 2);
        if (PROVINCES.contains(province)) {
            return null;
        }
        return invalid(IdProblem.FORMAT, "地址码错误：前两位“" + province + "”不是有效的省级代码，请核对原始证件");
    }

    /** Checks eight digits YYYYMMDD; {@code where} names the digits for the message. */
    private static IdCheck.Invalid problemWithBirthDate(String yyyymmdd, String where, LocalDate today) {
        LocalDate birth;
        try {
            birth = toDate(yyyymmdd);
        } catch (DateTimeException e) {
            return invalid(IdProblem.FORMAT, "出生日期错误：" + where + "“" + yyyymmdd + "”不是真实的日期，请核对原始证件");
        }
        if (birth.isBefore(EARLIEST_BIRTH)) {
            return invalid(IdProblem.FORMAT, "出生日期错误：" + birth + " 早于1900年1月1日，请核对原始证件");
        }
        if (today != null && birth.isAfter(today)) {
            return invalid(IdProblem.FORMAT, "出生日期错误：" + birth + " 晚于今天（" + today + "），请核对原始证件");
        }
        return null;
    }

    private static LocalDate toDate(String yyyymmdd) {
        return LocalDate.of(digits(yyyymmdd, 0, 4), digits(yyyymmdd, 4, 6), digits(yyyymmdd, 6, 8));
    }

    /** The number written by ASCII digits {@code from}..{@code to} (the callers have checked they are digits). */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static IdCheck.Invalid invalid(IdProblem problem, String message) {
        return new IdCheck.Invalid(problem, message);
    }

    // ---------------------------------------------------------------- derived facts

    /** The six-digit administrative division code (地址码) of the place of first registration. */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** The birth date encoded in digits 7–14. */
    public LocalDate birthDate() {
        return toDate(value.substring(6, 14));
    }

    /** GB/T 2261.1 sex code: {@code "1"} male (17th digit odd), {@code "2"} female (even). */
    public String genderCode() {
        return (value.charAt(16) - '0') % 2 == 1 ? "1" : "2";
    }

    /**
     * Age in completed years (周岁) on the given date.
     *
     * @throws IllegalArgumentException if the date is before the birth date
     */
    public int ageOn(LocalDate date) {
        LocalDate birth = birthDate();
        if (date.isBefore(birth)) {
            throw new IllegalArgumentException("日期 " + date + " 早于出生日期 " + birth);
        }
        return Period.between(birth, date).getYears();
    }

    /** The form used on public notices (公示): first 6 and last 4 characters, 8 asterisks between. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** The 18-character value. */
    @Override
    public String toString() {
        return value;
    }
}
