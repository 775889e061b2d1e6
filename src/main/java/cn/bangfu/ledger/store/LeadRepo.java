package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
import static cn.bangfu.ledger.store.jooq.Tables.LEAD;
import static cn.bangfu.ledger.store.jooq.Tables.VILLAGE;

import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.OpenLead;
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

    public List<Lead> all() {
        return dsl.selectFrom(LEAD).orderBy(LEAD.ID).fetchInto(Lead.class);
    }

    public List<Lead> ofHousehold(long householdId) {
        return dsl.selectFrom(LEAD).where(LEAD.HOUSEHOLD_ID.eq(householdId)).orderBy(LEAD.ID.desc())
                .fetchInto(Lead.class);
    }

    /** Leads without a decision yet, oldest first. */
    public List<Lead> open() {
        return dsl.selectFrom(LEAD).where(LEAD.DECISION.isNull()).orderBy(LEAD.ID).fetchInto(Lead.class);
    }

    /** Leads without a decision, with their household's number, village and head, oldest first. */
    public List<OpenLead> openWithHousehold() {
        return dsl.select(LEAD.fields()).select(HOUSEHOLD.HOUSEHOLD_NO, VILLAGE.NAME, HOUSEHOLD_SUMMARY.HEAD_NAME)
                .from(LEAD)
                .join(HOUSEHOLD).on(HOUSEHOLD.ID.eq(LEAD.HOUSEHOLD_ID)).join(VILLAGE).on(VILLAGE.ID.eq(HOUSEHOLD.VILLAGE_ID))
                .leftJoin(HOUSEHOLD_SUMMARY).on(HOUSEHOLD_SUMMARY.HOUSEHOLD_ID.eq(HOUSEHOLD.ID))
                .where(LEAD.DECISION.isNull()).orderBy(LEAD.PUSHED_ON, LEAD.ID)
                .fetch(r -> new OpenLead(r.into(LEAD).into(Lead.class), r.get(HOUSEHOLD.HOUSEHOLD_NO), r.get(VILLAGE.NAME),
                        r.get(HOUSEHOLD_SUMMARY.HEAD_NAME)));
    }

    /** Writes a lead's changed fields (audited). */
    public boolean update(Lead lead) {
        var rec = dsl.selectFrom(LEAD).where(LEAD.ID.eq(lead.id())).fetchSingle();
        return updateFrom(rec, lead, lead.householdId());
    }
}
