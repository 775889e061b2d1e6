package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.AUDIT;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** The database-level facts the ledger check needs. */
public final class IntegrityRepo {

    private final DSLContext dsl;

    IntegrityRepo(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** SQLite's own integrity check: empty when sound. */
    public List<String> sqliteIntegrity() {
        List<String> lines = new ArrayList<>();
        dsl.fetch("PRAGMA integrity_check").forEach(r -> lines.add(String.valueOf(r.get(0))));
        return lines.size() == 1 && "ok".equals(lines.getFirst()) ? List.of() : lines;
    }

    /** Rows whose foreign key points nowhere: "table rowid → parent". */
    public List<String> foreignKeyProblems() {
        List<String> lines = new ArrayList<>();
        dsl.fetch("PRAGMA foreign_key_check").forEach(r -> lines.add(
                r.get("table") + " 第 " + r.get("rowid") + " 行引用的 " + r.get("parent") + " 不存在"));
        return lines;
    }

    /** Households whose number of current 户主 is not exactly one: 户编号 → count. */
    public Map<String, Integer> householdsWithoutOneHead() {
        var heads = count(when(MEMBER.RELATION.eq("户主").and(MEMBER.LEFT_ON.isNull()), 1));
        return dsl.select(HOUSEHOLD.HOUSEHOLD_NO, heads)
                .from(HOUSEHOLD).leftJoin(MEMBER).on(MEMBER.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .groupBy(HOUSEHOLD.ID, HOUSEHOLD.HOUSEHOLD_NO)
                .having(heads.ne(1))
                .orderBy(HOUSEHOLD.HOUSEHOLD_NO)
                .fetchMap(HOUSEHOLD.HOUSEHOLD_NO, heads);
    }

    /**
     * For each audited table ({@link TablePolicy}), how many rows have no audit row recording their insertion
     * (tables with none are left out), by table name.
     */
    public Map<String, Long> rowsWithoutAudit() {
        Map<String, Long> missing = new LinkedHashMap<>();
        for (Table<?> table : TablePolicy.audited()) {
            long n = dsl.fetchCount(table, DSL.notExists(creationAudit(table)));
            if (n > 0) {
                missing.put(table.getName(), n);
            }
        }
        return missing;
    }

    /**
     * For each audited table whose rows belong to a household, how many rows have a creation audit row that
     * does not carry that household (so the household's change history would not show it), by table name.
     */
    public Map<String, Long> creationAuditOutsideHousehold() {
        Map<String, Long> wrong = new LinkedHashMap<>();
        for (Table<?> table : TablePolicy.audited()) {
            Field<Long> household = TablePolicy.all().get(table).household();
            if (household == null) {
                continue;
            }
            long n = dsl.fetchCount(table, DSL.exists(creationAudit(table))
                    .andNotExists(creationAudit(table).and(AUDIT.HOUSEHOLD_ID.eq(household))));
            if (n > 0) {
                wrong.put(table.getName(), n);
            }
        }
        return wrong;
    }

    /** The insert audit rows of the table's current row (correlated), keyed the way {@link Auditor} writes keys. */
    private static SelectConditionStep<Record1<Integer>> creationAudit(Table<?> table) {
        return DSL.selectOne().from(AUDIT).where(AUDIT.ENTITY.eq(table.getName()), AUDIT.ACTION.eq("insert"),
                AUDIT.ENTITY_KEY.eq(auditKey(table)));
    }

    /** The primary key as the audit log writes it: the key's columns as text, joined by '/'. */
    static Field<String> auditKey(Table<?> table) {
        var pk = table.getPrimaryKey();
        if (pk == null) {
            throw new IllegalStateException("audited table without primary key: " + table.getName());
        }
        List<Field<?>> parts = new ArrayList<>();
        for (Field<?> f : pk.getFields()) {
            if (!parts.isEmpty()) {
                parts.add(DSL.inline("/"));
            }
            parts.add(DSL.field("cast({0} as text)", String.class, f));
        }
        @SuppressWarnings("unchecked")
        Field<String> single = parts.size() == 1 ? (Field<String>) parts.getFirst() : null;
        return single != null ? single : DSL.concat(parts.toArray(Field<?>[]::new));
    }

    /** Whether the triggers that keep the audit log append-only are in place. */
    public boolean auditIsAppendOnly() {
        Integer n = dsl.fetchOne("select count(*) from sqlite_master where type = 'trigger'"
                + " and name in ('audit_no_update', 'audit_no_delete')").get(0, Integer.class);
        return n != null && n == 2;
    }

    /** The triggers that keep the funds journal whole, balanced and unchangeable (V7). */
    public static final List<String> JOURNAL_TRIGGERS = List.of("posting_only_before_its_entry",
            "journal_entry_whole_and_balanced", "journal_entry_not_in_closed_month", "journal_entry_no_update",
            "journal_entry_no_delete", "posting_no_update", "posting_no_delete");

    /** Which of {@link #JOURNAL_TRIGGERS} are missing. */
    public List<String> missingJournalTriggers() {
        List<String> present = dsl.fetch("select name from sqlite_master where type = 'trigger'").getValues(0,
                String.class);
        return JOURNAL_TRIGGERS.stream().filter(t -> !present.contains(t)).toList();
    }
}
