package cn.bangfu.ledger.store;

import org.jooq.DSLContext;

/** The view of a write transaction: repositories whose write methods record audit rows. */
public final class LedgerTx extends LedgerView {

    private final Change change;

    LedgerTx(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
        this.change = auditor.change();
    }

    /** Who writes in this transaction, and why. */
    public Change change() {
        return change;
    }
}
