package cn.bangfu.ledger.logic.reports.excel;

import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Signature;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text tokens of a template ({@code {{标题}}} …) and what one document puts in their place. A token the
 * ledger does not know is left as it is; spaces inside the braces are allowed ({@code {{ 标题 }}}).
 */
final class Tokens {

    static final String TITLE = "标题";
    static final String PERIOD = "期间";
    static final String UNIT = "单位";
    static final String TABLE = "表名";
    static final String ORG = "填报单位";
    static final String PREPARER = "填报人";
    static final String REVIEWER = "审核人";
    static final String HEAD = "负责人";
    static final String DATE = "填报日期";
    static final String NOTES = "说明";

    /** The marker of the data row, in column A (and, in the made templates, in every data column). */
    static final String DATA_MARK = "{{数据}}";
    /** The marker of the row whose styles the 小计/合计 rows take. */
    static final String TOTAL_MARK = "{{合计}}";
    /** A row holding this token is written once per note line. */
    static final String NOTES_MARK = "{{说明}}";

    /** What an empty name becomes: room to sign by hand. */
    static final String BLANK_NAME = "\u3000\u3000\u3000\u3000";
    /** What an empty date becomes. */
    static final String BLANK_DATE = "\u3000\u3000年\u3000\u3000月\u3000\u3000日";

    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^{}]+?)\\s*}}");

    private final Map<String, String> values;

    private Tokens(Map<String, String> values) {
        this.values = values;
    }

    /** The tokens of one document's table; {@code note} is the note line a {@code {{说明}}} row copy shows. */
    static Tokens of(ReportModel model, ReportTable table) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(TITLE, nz(model.title()));
        v.put(PERIOD, nz(model.period()));
        v.put(UNIT, nz(model.unitLine()));
        v.put(TABLE, table.name());
        Signature s = model.signature();
        v.put(ORG, s == null ? BLANK_NAME : orBlank(s.unit()));
        v.put(PREPARER, s == null ? BLANK_NAME : orBlank(s.preparer()));
        v.put(REVIEWER, s == null ? BLANK_NAME : orBlank(s.reviewer()));
        v.put(HEAD, s == null ? BLANK_NAME : orBlank(s.head()));
        v.put(DATE, s == null ? BLANK_DATE : date(s.date()));
        v.put(NOTES, String.join("；", model.notes()));
        return new Tokens(v);
    }

    /** These tokens with {@code {{说明}}} standing for one note line. */
    Tokens withNote(String note) {
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(NOTES, nz(note));
        return new Tokens(v);
    }

    /** Whether the text holds any token (known or not). */
    static boolean hasToken(String text) {
        return text != null && text.contains("{{");
    }

    /** Whether the text holds the given token, spaces inside the braces allowed. */
    static boolean holds(String text, String name) {
        if (!hasToken(text)) {
            return false;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text is exactly the given marker (spaces around and inside the braces allowed). */
    static boolean isMarker(String text, String marker) {
        if (text == null) {
            return false;
        }
        Matcher m = TOKEN.matcher(text.strip());
        return m.matches() && ("{{" + m.group(1) + "}}").equals(marker);
    }

    String apply(String text) {
        if (!hasToken(text)) {
            return text;
        }
        Matcher m = TOKEN.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** 2026年11月30日. */
    static String date(LocalDate d) {
        return d == null ? BLANK_DATE : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String orBlank(String s) {
        return s == null || s.isBlank() ? BLANK_NAME : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
