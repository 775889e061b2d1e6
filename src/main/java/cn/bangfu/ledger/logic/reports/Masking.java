package cn.bangfu.ledger.logic.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 公示 variant of a report: the same model through one step, never a second query. ID numbers keep their
 * first 6 and last 4 characters (371522********1234), mobile numbers their first 3 and last 4 digits
 * (135****6810), bank accounts and health conditions are left out (the columns, and a group left without
 * columns). Every text cell is also scrubbed: an 18- or 15-character ID number or an 11-digit mobile number
 * written into a note or a name column is masked the same way, so nothing typed into a free-text field can
 * reach a village notice board.
 */
public final class Masking {

    /** An 18-character ID (17 digits and a digit or X) or a legacy 15-digit one, not inside a longer number. */
    static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15})(?![0-9A-Za-z])");
    /** A mainland mobile number: 11 digits starting with 1, not inside a longer number. */
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)(1\\d{10})(?!\\d)");

    private Masking() {
    }

    /** The masked variant; a model already masked is returned as it is. */
    public static ReportModel mask(ReportModel full) {
        if (full.masked()) {
            return full;
        }
        List<ReportTable> tables = new ArrayList<>();
        for (ReportTable t : full.tables()) {
            tables.add(mask(t));
        }
        List<String> notes = full.notes().stream().map(Masking::scrub).toList();
        String title = scrub(full.title());
        title = title.endsWith("（公示）") ? title : title + "（公示）";
        return full.with(title, tables, notes, true);
    }

    static ReportTable mask(ReportTable t) {
        if (t.columns().stream().allMatch(c -> c.kind().leftOutWhenMasked())) {
            throw new IllegalStateException(t.name() + ": nothing is left to show in the 公示 form");
        }
        ReportTable kept = t.keep(c -> !c.kind().leftOutWhenMasked());
        List<Column> columns = kept.columns();
        java.util.function.UnaryOperator<Row> step = r -> {
            List<Object> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                cells.add(maskCell(columns.get(i).kind(), r.cell(i)));
            }
            return new Row(r.kind(), cells);
        };
        List<Row> rows = kept.rows() instanceof LazyRows lazy ? lazy.map(step) : kept.rows().stream().map(step).toList();
        return new ReportTable(kept.name(), kept.headers(), rows, kept.printed());
    }

    private static Object maskCell(CellKind kind, Object value) {
        if (!(value instanceof String s)) {
            return value;
        }
        return switch (kind) {
            case ID_NUMBER -> idNumber(s);
            case PHONE -> phone(s);
            default -> scrub(s);
        };
    }

    /** 371522********1234: the first 6 and the last 4 characters; a short value is hidden entirely. */
    public static String idNumber(String id) {
        String s = id.strip();
        if (s.isEmpty()) {
            return s;
        }
        if (s.length() < 11) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 6) + "*".repeat(s.length() - 10) + s.substring(s.length() - 4);
    }

    /** 135****6810 for a mobile number; a landline keeps its last 4 digits; anything else is scrubbed. */
    public static String phone(String phone) {
        String s = phone.strip();
        String digits = s.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        if (digits.length() >= 7) {
            return "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
        }
        return scrub(s);
    }

    /**
     * A free text with every ID number and mobile number in it masked. A run of 18 (or 15) characters counts as an
     * ID number when its birth-date part is a real date — whatever its check character, so a mistyped ID is masked
     * too — and a code that is not one (an 18-digit 户编号 such as 441523001001000005) is left as it is.
     */
    public static String scrub(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String out = replace(ID.matcher(text), id -> looksLikeId(id) ? idNumber(id) : id);
        return replace(MOBILE.matcher(out), Masking::phone);
    }

    /** Whether 18 or 15 characters carry a birth date where an ID number has it (yyyyMMdd, or yyMMdd). */
    static boolean looksLikeId(String s) {
        try {
            if (s.length() == 18) {
                java.time.LocalDate d = java.time.LocalDate.parse(s.substring(6, 14),
                        java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                return d.getYear() >= 1900 && d.getYear() <= 2100;
            }
            if (s.length() == 15) {
                java.time.LocalDate.parse("19" + s.substring(6, 12), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                return true;
            }
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
        return false;
    }

    private static String replace(Matcher m, java.util.function.UnaryOperator<String> f) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
