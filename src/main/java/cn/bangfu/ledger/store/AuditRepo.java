package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.AUDIT;

import cn.bangfu.ledger.model.AuditEntry;
import java.util.List;
import org.jooq.DSLContext;

/** Reading the audit log (writing is the {@link Auditor}'s alone). */
public final class AuditRepo {

    private final DSLContext dsl;

    AuditRepo(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The id of the newest audit row (0 for none): any change to the ledger moves it. */
    public long maxId() {
        Long max = dsl.select(org.jooq.impl.DSL.max(AUDIT.ID)).from(AUDIT).fetchOne().value1();
        return max == null ? 0 : max;
    }

    public long count() {
        return dsl.fetchCount(AUDIT);
    }

    /** The change history of a household, newest first. */
    public List<AuditEntry> ofHousehold(long householdId) {
        return dsl.selectFrom(AUDIT).where(AUDIT.HOUSEHOLD_ID.eq(householdId)).orderBy(AUDIT.ID.desc())
                .fetchInto(AuditEntry.class);
    }

    /** The newest {@code limit} rows of a household's change history, newest first (a printed 一户一档). */
    public List<AuditEntry> ofHousehold(long householdId, int limit) {
        return dsl.selectFrom(AUDIT).where(AUDIT.HOUSEHOLD_ID.eq(householdId)).orderBy(AUDIT.ID.desc()).limit(limit)
                .fetchInto(AuditEntry.class);
    }

    /** How many rows a household's change history has. */
    public long countOfHousehold(long householdId) {
        return dsl.fetchCount(AUDIT, AUDIT.HOUSEHOLD_ID.eq(householdId));
    }

    /** The audit rows of one record, oldest first. */
    public List<AuditEntry> ofEntity(String entity, String key) {
        return dsl.selectFrom(AUDIT).where(AUDIT.ENTITY.eq(entity), AUDIT.ENTITY_KEY.eq(key)).orderBy(AUDIT.ID)
                .fetchInto(AuditEntry.class);
    }
}
