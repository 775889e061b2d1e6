package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.AUDIT;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;

import java.time.Clock;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.store.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jooq.impl.DSL;
import org.jooq.tools.Convert;
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

    /** The same auditor for changes that belong to an import batch. */
    Auditor inBatch(long batchId) {
        return new Auditor(dsl, change.inBatch(batchId), clock);
    }

    /** The same auditor for changes of an import batch, each recorded with this reason (e.g. the file's name). */
    Auditor inBatch(long batchId, String reason) {
        return new Auditor(dsl, change.inBatch(batchId).because(reason), clock);
    }

    /**
     * Inserts many new records of one table in one JDBC batch and audits each one (also batched). Keys are
     * assigned here, following the table's highest id: safe because the ledger has a single writer and this
     * runs inside its write transaction. Records must have a single {@code id} key.
     *
     * @param householdOf the household each record belongs to (for its history), may return null
     */
    <R extends UpdatableRecord<R>> void insertAll(List<R> records, Function<R, Long> householdOf) {
        if (records.isEmpty()) {
            return;
        }
        Table<R> table = records.getFirst().getTable();
        @SuppressWarnings("unchecked")
        Field<Long> id = (Field<Long>) table.field("id");
        long next = dsl.select(DSL.coalesce(DSL.max(id), 0L)).from(table).fetchSingle().value1() + 1;
        for (R r : records) {
            r.set(id, next++);
        }
        Field<?>[] fields = table.fields();
        String[] names = java.util.Arrays.stream(fields).map(Field::getName).toArray(String[]::new);
        int idIndex = table.indexOf(id);
        boolean households = table.equals(HOUSEHOLD);
        String at = now();
        String columns = java.util.Arrays.stream(names).map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
        String marks = java.util.Arrays.stream(fields).map(f -> "?").collect(Collectors.joining(", "));
        // plain JDBC batches, fields by position: jOOQ's per-row bind and by-name lookups cost more than
        // SQLite's insert itself here
        dsl.connection(c -> {
            try (var rows = c.prepareStatement("INSERT INTO \"" + table.getName() + "\" (" + columns + ") VALUES ("
                    + marks + ")");
                    var audit = c.prepareStatement("INSERT INTO audit (at, operator, entity, entity_key, action, "
                            + "before_json, after_json, reason, batch_id, household_id) VALUES (?, ?, ?, ?, 'insert', NULL, ?, ?, ?, ?)")) {
                int pending = 0;
                Map<String, Object> json = new LinkedHashMap<>();
                for (R r : records) {
                    json.clear();
                    for (int i = 0; i < fields.length; i++) {
                        Object v = r.get(i); // by position: into(Object[]) goes through a record mapper
                        rows.setObject(i + 1, databaseValue(fields[i], v));
                        if (v != null) {
                            json.put(names[i], jsonValue(v));
                        }
                    }
                    rows.addBatch();
                    Object key = r.get(idIndex);
                    audit.setString(1, at);
                    audit.setString(2, change.operator());
                    audit.setString(3, table.getName());
                    audit.setString(4, String.valueOf(key));
                    audit.setString(5, toJson(json));
                    audit.setString(6, change.reason());
                    audit.setObject(7, change.batchId());
                    audit.setObject(8, households ? key : householdOf.apply(r));
                    audit.addBatch();
                    if (++pending == CHUNK) {
                        rows.executeBatch();
                        audit.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    rows.executeBatch();
                    audit.executeBatch();
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> Object databaseValue(Field<T> field, Object value) {
        return value == null ? null : ((org.jooq.Converter<Object, T>) (org.jooq.Converter<?, T>) field.getConverter()).to((T) value);
    }

    /** How many rows one JDBC batch holds (bounded memory for big imports). */
    private static final int CHUNK = 2_000;


    /**
     * Undoes one earlier audited change by a new audited change: an insert is deleted again (its content
     * stays in the log), an update has its fields set back to their values before.
     *
     * @return false when the record no longer exists (nothing to undo)
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    boolean undo(String entity, String key, String action, String beforeJson, Long householdId) {
        Table<?> table = DefaultSchema.DEFAULT_SCHEMA.getTable(entity);
        if (table == null) {
            throw new IllegalStateException("unknown table in audit log: " + entity);
        }
        UpdatableRecord rec = fetchByKey(table, key);
        if (rec == null) {
            return false;
        }
        switch (action) {
            case "insert" -> delete(rec, householdId);
            case "update" -> {
                Map<String, Object> before = JSON.readValue(beforeJson,
                        new tools.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
                for (var e : before.entrySet()) {
                    setFromJson(rec, table.field(e.getKey()), e.getValue());
                }
                update(rec, householdId);
            }
            default -> throw new IllegalStateException("cannot undo a " + action);
        }
        return true;
    }

    private UpdatableRecord<?> fetchByKey(Table<?> table, String key) {
        var pk = table.getPrimaryKey();
        if (pk == null) {
            throw new IllegalStateException("table without primary key: " + table.getName());
        }
        String[] parts = key.split("/", -1);
        var fields = pk.getFields();
        org.jooq.Condition where = DSL.noCondition();
        for (int i = 0; i < fields.size(); i++) {
            where = where.and(eqText(fields.get(i), parts[i]));
        }
        var r = dsl.selectFrom(table).where(where).fetchOne();
        return (UpdatableRecord<?>) r;
    }

    @SuppressWarnings("unchecked")
    private static <T> org.jooq.Condition eqText(Field<T> field, String text) {
        var conv = (org.jooq.Converter<Object, T>) field.getConverter();
        return field.eq(conv.from(Convert.convert(text, conv.fromType())));
    }

    @SuppressWarnings("unchecked")
    private static <T> void setFromJson(UpdatableRecord<?> rec, Field<T> field, Object json) {
        if (field == null) {
            throw new IllegalStateException("unknown field in audit log");
        }
        var conv = field.getConverter();
        Object db = json == null ? null : Convert.convert(json, conv.fromType());
        T value = db == null ? null : ((org.jooq.Converter<Object, T>) conv).from(db);
        rec.set(field, value);
    }

    /** Inserts the record (its generated key is filled in) and audits every non-null field. */
    <R extends UpdatableRecord<R>> R insert(R record, Long householdId) {
        record.attach(dsl.configuration());
        record.insert();
        log(record, "insert", null, values(record), householdId);
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
        Map<String, Object> before = values(record);
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
        return Timestamps.utcNow(clock);
    }

    /** A record's non-null fields by column name, as the audit log keeps them. */
    private static Map<String, Object> values(org.jooq.Record record) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Field<?> f : record.fields()) {
            Object v = record.get(f);
            if (v != null) {
                out.put(f.getName(), jsonValue(v));
            }
        }
        return out;
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
