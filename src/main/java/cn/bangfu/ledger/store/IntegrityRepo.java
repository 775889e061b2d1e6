package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The database-level facts the ledger check needs. */
public final class IntegrityRepo {

    /** Audited tables and the SQL expression that renders their key the way the audit log writes it. */
    private static final Map<String, String> AUDITED_KEYS = new LinkedHashMap<>();

    static {
        for (String t : List.of("village", "village_group", "household", "member", "guarantee_check", "episode",
                "episode_step", "measure")) {
            AUDITED_KEYS.put(t, "cast(t.id as text)");
        }
        AUDITED_KEYS.put("income_year", "t.household_id || '/' || t.year");
        AUDITED_KEYS.put("episode_risk", "t.episode_id || '/' || t.position");
        AUDITED_KEYS.put("episode_snapshot", "t.episode_id || '/' || t.phase");
        AUDITED_KEYS.put("threshold", "t.year || '/' || t.area");
        AUDITED_KEYS.put("setting", "t.key");
    }

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

    /** For each audited table, how many rows have no audit row recording their insertion (0 are left out). */
    public Map<String, Long> rowsWithoutAudit() {
        Map<String, Long> missing = new LinkedHashMap<>();
        AUDITED_KEYS.forEach((table, key) -> {
            Long n = dsl.fetchOne("select count(*) from " + table + " t where not exists (select 1 from audit a"
                    + " where a.entity = '" + table + "' and a.action = 'insert' and a.entity_key = " + key + ")").get(0, Long.class);
            if (n != null && n > 0) {
                missing.put(table, n);
            }
        });
        return missing;
    }

    /** Whether the triggers that keep the audit log append-only are in place. */
    public boolean auditIsAppendOnly() {
        Integer n = dsl.fetchOne("select count(*) from sqlite_master where type = 'trigger'"
                + " and name in ('audit_no_update', 'audit_no_delete')").get(0, Integer.class);
        return n != null && n == 2;
    }
}
