package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.LEAD;

import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.store.jooq.tables.records.LeadRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** 部门比对推送线索 of households. */
public final class LeadRepo extends Repo {

    LeadRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    /** Adds leads in one batch (each audited). */
    public void addAll(List<Lead> leads) {
        List<LeadRecord> records = leads.stream().map(l -> dsl.newRecord(LEAD, l)).toList();
        audited().insertAll(records, LeadRecord::getHouseholdId);
    }

    public Optional<Lead> get(long id) {
        return dsl.selectFrom(LEAD).where(LEAD.ID.eq(id)).fetchOptionalInto(Lead.class);
    }

    public List<Lead> ofHousehold(long householdId) {
        return dsl.selectFrom(LEAD).where(LEAD.HOUSEHOLD_ID.eq(householdId)).orderBy(LEAD.ID.desc())
                .fetchInto(Lead.class);
    }

    /** Leads without a decision yet, oldest first. */
    public List<Lead> open() {
        return dsl.selectFrom(LEAD).where(LEAD.DECISION.isNull()).orderBy(LEAD.ID).fetchInto(Lead.class);
    }

    public long countOpen() {
        return dsl.fetchCount(LEAD, LEAD.DECISION.isNull());
    }

    /** Writes a lead's changed fields (audited). */
    public boolean update(Lead lead) {
        var rec = dsl.selectFrom(LEAD).where(LEAD.ID.eq(lead.id())).fetchSingle();
        return updateFrom(rec, lead, lead.householdId());
    }
}
