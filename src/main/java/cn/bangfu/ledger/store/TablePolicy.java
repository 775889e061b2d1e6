package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.AUDIT;
import static cn.bangfu.ledger.store.jooq.Tables.BULK_WRITE;
import static cn.bangfu.ledger.store.jooq.Tables.CODE_LIST;
import static cn.bangfu.ledger.store.jooq.Tables.COLUMN_MAPPING;
import static cn.bangfu.ledger.store.jooq.Tables.DIBAO_GRADE;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_RISK;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_SNAPSHOT;
import static cn.bangfu.ledger.store.jooq.Tables.EPISODE_STEP;
import static cn.bangfu.ledger.store.jooq.Tables.FUND;
import static cn.bangfu.ledger.store.jooq.Tables.GUARANTEE_CHECK;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
import static cn.bangfu.ledger.store.jooq.Tables.IMPORT_BATCH;
import static cn.bangfu.ledger.store.jooq.Tables.IMPORT_ISSUE;
import static cn.bangfu.ledger.store.jooq.Tables.INCOME_YEAR;
import static cn.bangfu.ledger.store.jooq.Tables.JOURNAL_ENTRY;
import static cn.bangfu.ledger.store.jooq.Tables.LEAD;
import static cn.bangfu.ledger.store.jooq.Tables.MEASURE;
import static cn.bangfu.ledger.store.jooq.Tables.MEMBER;
import static cn.bangfu.ledger.store.jooq.Tables.MONTH_CLOSE;
import static cn.bangfu.ledger.store.jooq.Tables.POSTING;
import static cn.bangfu.ledger.store.jooq.Tables.PROJECT;
import static cn.bangfu.ledger.store.jooq.Tables.PROJECT_HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.PROJECT_PLAN;
import static cn.bangfu.ledger.store.jooq.Tables.SETTING;
import static cn.bangfu.ledger.store.jooq.Tables.THRESHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE_GROUP;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The one place that says what each table of the ledger is, and so how the program treats it: whether every
 * row must have a creation audit row (the ledger check), which household a row belongs to (its change
 * history), and which columns the change history leaves out. {@code TablePolicyTest} fails for a table of the
 * generated schema without a policy, and for a policy of a table or column that does not exist.
 */
public final class TablePolicy {

    /** What a table is. */
    public enum Kind {
        /** Ledger data: written only through {@link Auditor}, every row has its creation audit row. */
        AUDITED,
        /** Kept by SQLite triggers from audited tables; never written by the program, never audited. */
        DERIVED,
        /** A log that is itself the record (the audit log, an import's row problems): rows are only added. */
        APPEND_ONLY_LOG,
        /**
         * Not ledger data: what the schema and the store keep for themselves, written by migrations or by the
         * store inside a transaction, never by a clerk's change.
         */
        CONFIGURATION
    }

    /**
     * The policy of one table.
     *
     * @param kind      what the table is
     * @param why       the reason, for a reader of this file and of docs/ARCHITECTURE.md
     * @param household for an audited table, the household a row belongs to (a column of the table, or a
     *                  subquery through its parent); null when its rows belong to no household
     * @param hidden    for an audited table, the columns the change history does not show (keys the line
     *                  already names, values derived from other columns); every other column has a label
     */
    public record Policy(Kind kind, String why, Field<Long> household, Set<String> hidden) {
    }

    private static final Map<Table<?>, Policy> POLICIES = new LinkedHashMap<>();

    /** Tables the generated jOOQ code leaves out (see the codegen excludes in the pom), by name. */
    private static final Map<String, Policy> NOT_GENERATED = Map.of("flyway_schema_history",
            new Policy(Kind.CONFIGURATION, "Flyway's own record of the migrations applied", null, Set.of()));

    static {
        audited(SETTING, "office settings, changed by the clerk in 设置", null);
        audited(VILLAGE, "the town's villages, entered by the clerk or an import", null, "id");
        audited(VILLAGE_GROUP, "村民小组 of a village", null, "id");
        audited(HOUSEHOLD, "户", HOUSEHOLD.ID, "id", "changed_at");
        audited(MEMBER, "人; the search initials follow the name", MEMBER.HOUSEHOLD_ID,
                "id", "household_id", "name_initials");
        audited(INCOME_YEAR, "a household's income of a year", INCOME_YEAR.HOUSEHOLD_ID, "household_id");
        audited(GUARANTEE_CHECK, "三保障 and 饮水 checks", GUARANTEE_CHECK.HOUSEHOLD_ID, "id", "household_id");
        audited(EPISODE, "monitoring episodes", EPISODE.HOUSEHOLD_ID, "id", "household_id");
        audited(EPISODE_RISK, "an episode's risks", viaEpisode(EPISODE_RISK.EPISODE_ID), "episode_id");
        audited(EPISODE_SNAPSHOT, "an episode's income and 三保障 at identification and after elimination",
                viaEpisode(EPISODE_SNAPSHOT.EPISODE_ID), "episode_id");
        audited(EPISODE_STEP, "an episode's workflow steps", viaEpisode(EPISODE_STEP.EPISODE_ID), "id", "episode_id");
        audited(MEASURE, "一户一策 measures", MEASURE.HOUSEHOLD_ID, "id", "household_id");
        audited(THRESHOLD, "monitoring thresholds per year and area, entered in 设置", null);
        audited(DIBAO_GRADE, "低保 grades per year, entered in 设置", null);
        audited(IMPORT_BATCH, "an applied import or revert: written by ImportRepo.addBatch through the Auditor "
                + "since V4 created the table", null, "id");
        audited(COLUMN_MAPPING, "saved column mappings: written by ImportRepo.saveMapping through the Auditor "
                + "since V4 created the table", null, "id");
        audited(LEAD, "部门推送线索 and the clerk's decision on them", LEAD.HOUSEHOLD_ID, "id", "household_id");

        audited(FUND, "帮扶资金: the sources of money, entered by the clerk", null, "id");
        audited(PROJECT, "项目库: the projects the funds pay for", null, "id");
        audited(PROJECT_PLAN, "a project's planned investment by fund", null);
        audited(PROJECT_HOUSEHOLD, "the households a project benefits", PROJECT_HOUSEHOLD.HOUSEHOLD_ID);
        audited(MONTH_CLOSE, "the months closed after filing, and their re-opening with a reason", null, "id");
        audited(JOURNAL_ENTRY, "the funds journal's entries: written whole and never changed (V7's triggers)", null,
                "id", "posting_count");

        other(POSTING, Kind.APPEND_ONLY_LOG, "a journal entry's postings, written before their entry in its "
                + "transaction (the entry's insert checks that they balance); triggers refuse update and delete");
        other(HOUSEHOLD_SUMMARY, Kind.DERIVED, "head, persons and search text, kept by the triggers of V2 and V4");
        other(AUDIT, Kind.APPEND_ONLY_LOG, "the audit log; triggers refuse update and delete");
        other(IMPORT_ISSUE, Kind.APPEND_ONLY_LOG, "an applied batch's row problems, written with the batch");
        other(CODE_LIST, Kind.CONFIGURATION, "the dictionaries come with the schema: seeded and changed only by "
                + "migrations (V1, V3, V6), no program path writes them (CodeListRepo only reads)");
        other(BULK_WRITE, Kind.CONFIGURATION, "the store's bulk-write flag, set and cleared inside one "
                + "transaction (MemberRepo.addAll), never committed set");
    }

    private TablePolicy() {
    }

    private static void audited(Table<?> table, String why, Field<Long> household, String... hidden) {
        put(table, new Policy(Kind.AUDITED, why, household, Set.of(hidden)));
    }

    private static void other(Table<?> table, Kind kind, String why) {
        put(table, new Policy(kind, why, null, Set.of()));
    }

    private static void put(Table<?> table, Policy policy) {
        if (POLICIES.put(table, policy) != null) {
            throw new IllegalStateException("two policies for " + table.getName());
        }
    }

    /** The household of a row of a table that belongs to an episode. */
    private static Field<Long> viaEpisode(Field<Long> episodeId) {
        return DSL.field(DSL.select(EPISODE.HOUSEHOLD_ID).from(EPISODE).where(EPISODE.ID.eq(episodeId)));
    }

    /** Every generated table's policy, in declaration order. */
    public static Map<Table<?>, Policy> all() {
        return java.util.Collections.unmodifiableMap(POLICIES);
    }

    /** The policies of the tables the generated code leaves out, by table name. */
    public static Map<String, Policy> notGenerated() {
        return NOT_GENERATED;
    }

    /** The audited tables, in declaration order. */
    public static List<Table<?>> audited() {
        return POLICIES.entrySet().stream().filter(e -> e.getValue().kind() == Kind.AUDITED).map(Map.Entry::getKey)
                .toList();
    }

    /** The names of the audited tables. */
    public static List<String> auditedNames() {
        return audited().stream().map(Table::getName).toList();
    }

    /** The columns of an audited table the change history shows (all but the hidden ones), in table order. */
    public static List<String> shownColumns(String table) {
        return Shown.COLUMNS.getOrDefault(table, List.of());
    }

    /**
     * Whether the change history shows this column of this table (false for hidden and unknown columns). Asked for
     * every value of every history row a 一户一档 prints: answered from a set made once.
     */
    public static boolean shown(String table, String column) {
        return Shown.SETS.getOrDefault(table, Set.of()).contains(column);
    }

    /** The shown columns of each audited table, made once from the policies. */
    private static final class Shown {
        static final Map<String, List<String>> COLUMNS = columns();
        static final Map<String, Set<String>> SETS = sets();

        private static Map<String, List<String>> columns() {
            Map<String, List<String>> out = new java.util.HashMap<>();
            for (Table<?> t : audited()) {
                Set<String> hidden = POLICIES.get(t).hidden();
                out.put(t.getName(), java.util.Arrays.stream(t.fields()).map(Field::getName)
                        .filter(c -> !hidden.contains(c)).toList());
            }
            return Map.copyOf(out);
        }

        private static Map<String, Set<String>> sets() {
            Map<String, Set<String>> out = new java.util.HashMap<>();
            COLUMNS.forEach((table, columns) -> out.put(table, Set.copyOf(columns)));
            return Map.copyOf(out);
        }
    }
}
