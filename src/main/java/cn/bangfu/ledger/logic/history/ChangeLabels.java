package cn.bangfu.ledger.logic.history;

import cn.bangfu.ledger.store.TablePolicy;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The clerk's words for the audited tables and columns, from the bundle {@code changes.properties} (keys
 * {@code table.lead} and {@code lead.person_name}), and which columns a change history shows (the policy in
 * {@link TablePolicy}). Everything that names a table or column to the clerk (the household's change history,
 * an import's revert refusal) asks here.
 */
public final class ChangeLabels {

    private static final ResourceBundle LABELS =
            ResourceBundle.getBundle("cn.bangfu.ledger.logic.history.changes", Locale.ROOT);

    private ChangeLabels() {
    }

    /** What a table's rows are to the clerk ("推送线索"); the table's own name when it has no label. */
    public static String table(String table) {
        String key = "table." + table;
        return LABELS.containsKey(key) ? LABELS.getString(key) : table;
    }

    /** A column's label ("姓名" for lead.person_name); the column's own name when it has no label. */
    public static String column(String table, String column) {
        String key = table + "." + column;
        return LABELS.containsKey(key) ? LABELS.getString(key) : column;
    }

    /** Whether a change history shows this column (not a key or derived value the policy hides). */
    public static boolean shown(String table, String column) {
        return TablePolicy.shown(table, column);
    }

    /** The audited tables, whose changes a history can show. */
    public static List<String> auditedTables() {
        return TablePolicy.auditedNames();
    }

    /** The columns of an audited table a history shows, each of which has a label. */
    public static List<String> shownColumns(String table) {
        return TablePolicy.shownColumns(table);
    }

    /** Whether the bundle holds this key (for the test that every shown column is labelled). */
    static boolean hasLabel(String key) {
        return LABELS.containsKey(key);
    }

    /** Every key of the bundle (for the test that no label names a column that is not shown). */
    static java.util.Set<String> keys() {
        return LABELS.keySet();
    }
}
