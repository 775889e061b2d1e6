package cn.bangfu.ledger.logic.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.store.TablePolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * Every audited column has a Chinese label in changes.properties, read from the generated jOOQ schema: a column
 * added to an audited table without one fails here. Only what TablePolicy hides (keys, derived values) goes
 * without.
 */
class ChangeLabelsTest {

    @Test
    void everyAuditedTableAndEveryColumnTheHistoryShowsHasALabel() {
        List<String> missing = new ArrayList<>();
        for (Table<?> table : TablePolicy.audited()) {
            if (!ChangeLabels.hasLabel("table." + table.getName())) {
                missing.add("table." + table.getName());
            }
            Set<String> hidden = TablePolicy.all().get(table).hidden();
            for (Field<?> column : table.fields()) {
                String key = table.getName() + "." + column.getName();
                if (!hidden.contains(column.getName()) && !ChangeLabels.hasLabel(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).as("audited columns without a label in changes.properties").isEmpty();
    }

    @Test
    void noLabelNamesATableOrColumnTheHistoryDoesNotShow() {
        Set<String> wanted = new HashSet<>();
        for (Table<?> table : TablePolicy.audited()) {
            wanted.add("table." + table.getName());
            ChangeLabels.shownColumns(table.getName()).forEach(c -> wanted.add(table.getName() + "." + c));
        }
        assertThat(ChangeLabels.keys()).as("labels of hidden, unknown or unaudited columns").isSubsetOf(wanted);
    }

    @Test
    void tablesAndColumnsReadInChinese() {
        assertThat(ChangeLabels.table("lead")).isEqualTo("推送线索");
        assertThat(ChangeLabels.column("lead", "person_name")).isEqualTo("姓名");
        assertThat(ChangeLabels.column("village", "name")).isEqualTo("村名"); // per table, not per column name
        assertThat(ChangeLabels.shown("member", "name_initials")).isFalse();
        assertThat(ChangeLabels.shown("member", "name")).isTrue();
        assertThat(ChangeLabels.shown("audit", "operator")).isFalse(); // not audited: no history of its own
    }
}
