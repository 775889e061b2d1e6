package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.AUDIT;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.UpdatableRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audited write primitives. Every insert, update and delete of ledger data goes through here, and
 * each leaves one audit row (when, who, table, key, changed fields before and after, reason, batch,
 * household) inside the same transaction.
 */
final class Auditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;
    private final Change change;
    private final Clock clock;

    Auditor(DSLContext dsl, Change change, Clock clock) {
        this.dsl = dsl;
        this.change = change;
        this.clock = clock;
    }

    Change change() {
        return change;
    }

    /** Inserts the record (its generated key is filled in) and audits every non-null field. */
    <R extends UpdatableRecord<R>> R insert(R record, Long householdId) {
        record.attach(dsl.configuration());
        record.insert();
        Map<String, Object> after = new LinkedHashMap<>();
        for (Field<?> f : record.fields()) {
            Object v = record.get(f);
            if (v != null) {
                after.put(f.getName(), jsonValue(v));
            }
        }
        log(record, "insert", null, after, householdId);
        return record;
    }

    /**
     * Writes the changed fields of a record fetched from this ledger and audits them, old and new.
     *
     * @return false when nothing actually changed (no write, no audit row)
     */
    <R extends UpdatableRecord<R>> boolean update(R record, Long householdId) {
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        R original = record.original();
        for (Field<?> f : record.fields()) {
            if (!record.changed(f)) {
                continue;
            }
            Object old = original.get(f);
            Object now = record.get(f);
            if (java.util.Objects.equals(old, now)) {
                record.changed(f, false);
                continue;
            }
            before.put(f.getName(), jsonValue(old));
            after.put(f.getName(), jsonValue(now));
        }
        if (after.isEmpty()) {
            return false;
        }
        record.attach(dsl.configuration());
        record.update();
        log(record, "update", before, after, householdId);
        return true;
    }

    /** Deletes a record, keeping its full content in the audit row. For dictionary-like rows only. */
    <R extends UpdatableRecord<R>> void delete(R record, Long householdId) {
        Map<String, Object> before = new LinkedHashMap<>();
        for (Field<?> f : record.fields()) {
            Object v = record.get(f);
            if (v != null) {
                before.put(f.getName(), jsonValue(v));
            }
        }
        record.attach(dsl.configuration());
        record.delete();
        log(record, "delete", before, null, householdId);
    }

    private void log(UpdatableRecord<?> record, String action, Map<String, Object> before,
            Map<String, Object> after, Long householdId) {
        if (householdId == null && record.getTable().equals(HOUSEHOLD)) {
            householdId = record.get(HOUSEHOLD.ID); // a household's own rows belong to its history too
        }
        String key = Stream.of(record.key().intoArray()).map(String::valueOf).collect(Collectors.joining("/"));
        dsl.insertInto(AUDIT)
                .set(AUDIT.AT, now())
                .set(AUDIT.OPERATOR, change.operator())
                .set(AUDIT.ENTITY, record.getTable().getName())
                .set(AUDIT.ENTITY_KEY, key)
                .set(AUDIT.ACTION, action)
                .set(AUDIT.BEFORE_JSON, toJson(before))
                .set(AUDIT.AFTER_JSON, toJson(after))
                .set(AUDIT.REASON, change.reason())
                .set(AUDIT.BATCH_ID, change.batchId())
                .set(AUDIT.HOUSEHOLD_ID, householdId)
                .execute();
    }

    private String now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static Object jsonValue(Object v) {
        return v instanceof TemporalAccessor ? v.toString() : v;
    }

    private static String toJson(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        return JSON.writeValueAsString(values);
    }
}
