package cn.bangfu.ledger.store;

import org.jooq.DSLContext;

/** The view of a write transaction: repositories whose write methods record audit rows. */
public final class LedgerTx extends LedgerView {

    private final Change change;
    private final Auditor auditor;

    LedgerTx(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
        this.change = auditor.change();
        this.auditor = auditor;
    }

    /** The same transaction, with every further change recorded as part of an import batch. */
    public LedgerTx inBatch(long batchId) {
        return new LedgerTx(dsl(), auditor.inBatch(batchId));
    }

    /** The same transaction, its changes recorded as part of an import batch with this reason. */
    public LedgerTx inBatch(long batchId, String reason) {
        return new LedgerTx(dsl(), auditor.inBatch(batchId, reason));
    }

    /** Who writes in this transaction, and why. */
    public Change change() {
        return change;
    }
}
