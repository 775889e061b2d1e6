package cn.bangfu.ledger.logic.reports.forms;

import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reading a form's cells in tests: rows as maps from column key to value, and the 公示 checks. */
final class FormCells {

    /** An 18-character resident ID anywhere in a text. */
    static final Pattern FULL_ID = Pattern.compile("\\d{17}[0-9Xx]");
    /** An 11-digit mobile number, not inside a longer number. */
    static final Pattern MOBILE = Pattern.compile("(?<!\\d)1\\d{10}(?!\\d)");

    private FormCells() {
    }

    static ReportTable table(ReportModel m, String name) {
        return m.tables().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name + " in " + m.title()));
    }

    /** The rows of a given kind as maps from column key to value (empty cells kept as null). */
    static List<Map<String, Object>> rows(ReportTable t, Row.Kind kind) {
        List<Column> columns = t.columns();
        List<Map<String, Object>> out = new ArrayList<>();
        for (Row r : t.rows()) {
            if (r.cells().size() != columns.size()) {
                throw new AssertionError(t.name() + ": a row of " + r.cells().size() + " cells for " + columns.size()
                        + " columns");
            }
            if (r.kind() != kind) {
                continue;
            }
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i).key(), r.cell(i));
            }
            out.add(row);
        }
        return out;
    }

    static List<Map<String, Object>> data(ReportTable t) {
        return rows(t, Row.Kind.DATA);
    }

    /** Every cell's text, the title and the notes: what a printed or posted form would show. */
    static List<String> texts(ReportModel m) {
        List<String> out = new ArrayList<>();
        out.add(m.title());
        out.addAll(m.notes());
        for (ReportTable t : m.tables()) {
            List<Column> columns = t.columns();
            for (Row r : t.rows()) {
                for (int i = 0; i < columns.size(); i++) {
                    out.add(columns.get(i).kind().text(r.cell(i)));
                }
            }
        }
        return out;
    }
}
