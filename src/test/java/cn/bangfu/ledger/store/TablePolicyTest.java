package cn.bangfu.ledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.store.jooq.DefaultSchema;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table has a declared policy, built from the generated jOOQ schema: a new table without one fails here. */
class TablePolicyTest {

    @TempDir
    Path dir;

    @Test
    void everyGeneratedTableHasAPolicyAndEveryPolicyNamesAGeneratedTable() {
        List<Table<?>> generated = DefaultSchema.DEFAULT_SCHEMA.getTables();
        assertThat(generated).as("tables of the generated schema without a policy in TablePolicy")
                .allSatisfy(t -> assertThat(TablePolicy.all()).containsKey(t));
        assertThat(TablePolicy.all().keySet()).as("policies of tables the generated schema does not hold")
                .allSatisfy(t -> assertThat(generated).contains(t));
        assertThat(TablePolicy.notGenerated().keySet()).as("a table both generated and declared as not generated")
                .allSatisfy(name -> assertThat(DefaultSchema.DEFAULT_SCHEMA.getTable(name)).isNull());
    }

    @Test
    void everyTableOfAFreshLedgerHasAPolicyEvenThoseTheCodeGeneratorLeavesOut() throws Exception {
        Path file = dir.resolve("ledger.db");
        Ledger.open(file).close();
        List<String> tables = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement();
                var rs = st.executeQuery("select name from sqlite_master where type = 'table'"
                        + " and name not like 'sqlite\\_%' escape '\\'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).isNotEmpty().allSatisfy(name -> assertThat(
                TablePolicy.all().keySet().stream().anyMatch(t -> t.getName().equals(name))
                        || TablePolicy.notGenerated().containsKey(name)).as(name + " has a policy").isTrue());
        assertThat(TablePolicy.notGenerated().keySet()).allSatisfy(name -> assertThat(tables).contains(name));
    }

    @Test
    void auditedTablesHaveKeysTheirHiddenColumnsExistAndOnlyAuditedTablesCarryTheirDetails() {
        TablePolicy.all().forEach((table, policy) -> {
            List<String> columns = Arrays.stream(table.fields()).map(Field::getName).toList();
            assertThat(columns).as(table.getName() + ": hidden columns that do not exist").containsAll(policy.hidden());
            assertThat(policy.why()).as(table.getName() + ": the reason").isNotBlank();
            if (policy.kind() == TablePolicy.Kind.AUDITED) {
                assertThat(table.getPrimaryKey()).as(table.getName() + ": audit rows name rows by key").isNotNull();
            } else {
                assertThat(policy.hidden()).as(table.getName()).isEmpty();
                assertThat(policy.household()).as(table.getName()).isNull();
            }
        });
        // the tables issue 9 found missing from the ledger check
        assertThat(TablePolicy.auditedNames()).contains("lead", "dibao_grade", "import_batch", "column_mapping");
    }

    @Test
    void everyTableWithAHouseholdColumnSaysWhichHouseholdItsRowsBelongTo() {
        TablePolicy.all().forEach((table, policy) -> {
            if (policy.kind() == TablePolicy.Kind.AUDITED && table.field("household_id") != null) {
                assertThat(policy.household()).as(table.getName()).isEqualTo(table.field("household_id"));
            }
        });
    }
}
