package cn.bangfu.ledger.store;

import cn.bangfu.ledger.model.LedgerException;
import org.jooq.DSLContext;

/** Base of the repositories: the connection, and the auditor when inside a write transaction. */
abstract class Repo {

    protected final DSLContext dsl;
    private final Auditor auditor;

    Repo(DSLContext dsl, Auditor auditor) {
        this.dsl = dsl;
        this.auditor = auditor;
    }

    /**
     * Copies a model record onto a row fetched from the ledger and writes the fields whose value changed
     * (audited, old and new). Returns false when nothing changed.
     */
    protected <R extends org.jooq.UpdatableRecord<R>> boolean updateFrom(R existing, Object model, Long householdId) {
        existing.from(model);
        return audited().update(existing, householdId);
    }

    /** The audited write primitives; refuses outside {@link Ledger#write}. */
    protected Auditor audited() {
        if (auditor == null) {
            throw new LedgerException("内部错误：只能在写入事务中修改账本。");
        }
        return auditor;
    }
}
