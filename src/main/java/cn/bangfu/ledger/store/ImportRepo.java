package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.AUDIT;
import static cn.bangfu.ledger.store.jooq.Tables.COLUMN_MAPPING;
import static cn.bangfu.ledger.store.jooq.Tables.IMPORT_BATCH;
import static cn.bangfu.ledger.store.jooq.Tables.IMPORT_ISSUE;

import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.ImportIssue;
import cn.bangfu.ledger.model.SavedMapping;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Import history (batches and their row problems), saved column mappings, and undoing a batch. */
public final class ImportRepo extends Repo {

    ImportRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    /** Records an import batch (audited); returns its id. */
    public long addBatch(ImportBatch batch) {
        return audited().insert(dsl.newRecord(IMPORT_BATCH, batch), null).getId();
    }

    public Optional<ImportBatch> batch(long id) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).fetchOptionalInto(ImportBatch.class);
    }

    /** Every batch, newest first. */
    public List<ImportBatch> batches() {
        return dsl.selectFrom(IMPORT_BATCH).orderBy(IMPORT_BATCH.ID.desc()).fetchInto(ImportBatch.class);
    }

    /** The applied, not reverted import of a file with this content, if any. */
    public Optional<ImportBatch> appliedWithSha(String sha256) {
        var reverts = IMPORT_BATCH.as("r");
        return dsl.selectFrom(IMPORT_BATCH)
                .where(IMPORT_BATCH.FILE_SHA256.eq(sha256), IMPORT_BATCH.KIND.ne(ImportBatch.REVERT))
                .andNotExists(DSL.selectOne().from(reverts).where(reverts.REVERTS_BATCH_ID.eq(IMPORT_BATCH.ID)))
                .orderBy(IMPORT_BATCH.ID.desc()).limit(1).fetchOptionalInto(ImportBatch.class);
    }

    /** The revert of a batch, if it was reverted. */
    public Optional<ImportBatch> revertOf(long batchId) {
        return dsl.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.REVERTS_BATCH_ID.eq(batchId))
                .fetchOptionalInto(ImportBatch.class);
    }

    /**
     * Stores the row problems of a batch. They are the batch's own log (like the audit log itself), so they
     * are written in the batch's transaction without an audit row each.
     */
    public void addIssues(long batchId, List<ImportIssue> issues) {
        if (issues.isEmpty()) {
            return;
        }
        audited(); // only inside a write transaction
        var batch = dsl.batch(dsl.insertInto(IMPORT_ISSUE, IMPORT_ISSUE.BATCH_ID, IMPORT_ISSUE.SHEET,
                IMPORT_ISSUE.ROW_NUMBER, IMPORT_ISSUE.COLUMN_NAME, IMPORT_ISSUE.CODE, IMPORT_ISSUE.SEVERITY,
                IMPORT_ISSUE.MESSAGE).values((Long) null, null, null, null, null, null, null));
        for (ImportIssue i : issues) {
            batch.bind(batchId, i.sheet(), i.rowNumber(), i.columnName(), i.code(), i.severity(), i.message());
        }
        batch.execute();
    }

    public List<ImportIssue> issues(long batchId) {
        return dsl.selectFrom(IMPORT_ISSUE).where(IMPORT_ISSUE.BATCH_ID.eq(batchId)).orderBy(IMPORT_ISSUE.ID)
                .fetchInto(ImportIssue.class);
    }

    /** The audit rows of a batch, in the order they were written. */
    public List<AuditEntry> changesOf(long batchId) {
        return dsl.selectFrom(AUDIT).where(AUDIT.BATCH_ID.eq(batchId)).orderBy(AUDIT.ID).fetchInto(AuditEntry.class);
    }

    /**
     * Changes made after a batch (audit rows after {@code afterAuditId} that belong to no batch or another one)
     * to a record the batch wrote, or to anything of a household the batch added: what stands in the way of
     * undoing the batch. At most {@code limit}, oldest first.
     */
    public List<AuditEntry> changedSince(long batchId, long afterAuditId, int limit) {
        var mine = AUDIT.as("mine");
        var touchedRecord = DSL.exists(DSL.selectOne().from(mine).where(mine.BATCH_ID.eq(batchId),
                mine.ENTITY.eq(AUDIT.ENTITY), mine.ENTITY_KEY.eq(AUDIT.ENTITY_KEY)));
        var addedHousehold = AUDIT.HOUSEHOLD_ID.in(DSL.select(mine.HOUSEHOLD_ID).from(mine).where(mine.BATCH_ID.eq(batchId),
                mine.ENTITY.eq("household"), mine.ACTION.eq("insert")));
        // a later batch that was reverted, and its revert, cancel out: they do not stand in the way
        var b = IMPORT_BATCH.as("b");
        var undone = DSL.select(b.ID).from(b).where(b.REVERTS_BATCH_ID.isNotNull())
                .union(DSL.select(b.REVERTS_BATCH_ID).from(b).where(b.REVERTS_BATCH_ID.isNotNull()));
        return dsl.selectFrom(AUDIT)
                .where(AUDIT.ID.gt(afterAuditId), AUDIT.BATCH_ID.isNull()
                        .or(AUDIT.BATCH_ID.ne(batchId).and(AUDIT.BATCH_ID.notIn(undone))))
                .and(touchedRecord.or(addedHousehold))
                .orderBy(AUDIT.ID).limit(limit).fetchInto(AuditEntry.class);
    }

    /** Undoes one audited change of an earlier batch (see {@link Auditor#undo}). */
    public boolean undo(AuditEntry change) {
        return audited().undo(change.entity(), change.entityKey(), change.action(), change.beforeJson(),
                change.householdId());
    }

    // ---- saved column mappings

    public List<SavedMapping> mappings() {
        return dsl.selectFrom(COLUMN_MAPPING).orderBy(COLUMN_MAPPING.NAME).fetchInto(SavedMapping.class);
    }

    public Optional<SavedMapping> mappingNamed(String name) {
        return dsl.selectFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.NAME.eq(name)).fetchOptionalInto(SavedMapping.class);
    }

    /** The most recently saved mapping for a header shape, if any. */
    public Optional<SavedMapping> mappingFor(String kind, String signature) {
        return dsl.selectFrom(COLUMN_MAPPING)
                .where(COLUMN_MAPPING.KIND.eq(kind), COLUMN_MAPPING.SIGNATURE.eq(signature))
                .orderBy(COLUMN_MAPPING.SAVED_AT.desc(), COLUMN_MAPPING.ID.desc()).limit(1)
                .fetchOptionalInto(SavedMapping.class);
    }

    /** Saves a mapping under its name (audited insert, or update of the one with that name). */
    public long saveMapping(SavedMapping mapping) {
        var existing = dsl.selectFrom(COLUMN_MAPPING).where(COLUMN_MAPPING.NAME.eq(mapping.name())).fetchOne();
        var wanted = dsl.newRecord(COLUMN_MAPPING, mapping);
        if (existing == null) {
            return audited().insert(wanted, null).getId();
        }
        wanted.setId(existing.getId());
        updateFrom(existing, wanted, null);
        return existing.getId();
    }
}
