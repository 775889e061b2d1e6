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
        String title = full.title().endsWith("（公示）") ? full.title() : full.title() + "（公示）";
        return full.with(title, tables, notes, true);
    }

    static ReportTable mask(ReportTable t) {
        List<Column> columns = t.columns();
        boolean[] keep = new boolean[columns.size()];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = !columns.get(i).kind().leftOutWhenMasked();
        }
        List<Header> headers = new ArrayList<>();
        for (Header h : t.headers()) {
            Header kept = keep(h);
            if (kept != null) {
                headers.add(kept);
            }
        }
        if (headers.isEmpty()) {
            throw new IllegalStateException(t.name() + ": nothing is left to show in the 公示 form");
        }
        java.util.function.UnaryOperator<Row> step = r -> {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    cells.add(maskCell(columns.get(i).kind(), r.cell(i)));
                }
            }
            return new Row(r.kind(), cells);
        };
        if (t.rows() instanceof LazyRows lazy) {
            return new ReportTable(t.name(), headers, lazy.map(step));
        }
        return new ReportTable(t.name(), headers, t.rows().stream().map(step).toList());
    }

    private static Header keep(Header h) {
        return switch (h) {
            case Column c -> c.kind().leftOutWhenMasked() ? null : c;
            case Header.Group g -> {
                List<Header> children = new ArrayList<>();
                for (Header child : g.children()) {
                    Header kept = keep(child);
                    if (kept != null) {
                        children.add(kept);
                    }
                }
                yield children.isEmpty() ? null : new Header.Group(g.title(), children);
            }
        };
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

    /** A free text with every ID number and mobile number in it masked. */
    public static String scrub(String text) {
        if (text == null || text.length() < 11) {
            return text;
        }
        String out = replace(ID.matcher(text), Masking::idNumber);
        return replace(MOBILE.matcher(out), Masking::phone);
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
