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
    public List<cn.bangfu.ledger.model.OpenLead> openWithHousehold() {
        var h = cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
        var v = cn.bangfu.ledger.store.jooq.Tables.VILLAGE;
        var s = cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
        return dsl.select(LEAD.fields()).select(h.HOUSEHOLD_NO, v.NAME, s.HEAD_NAME).from(LEAD)
                .join(h).on(h.ID.eq(LEAD.HOUSEHOLD_ID)).join(v).on(v.ID.eq(h.VILLAGE_ID))
                .leftJoin(s).on(s.HOUSEHOLD_ID.eq(h.ID))
                .where(LEAD.DECISION.isNull()).orderBy(LEAD.PUSHED_ON, LEAD.ID)
                .fetch(r -> new cn.bangfu.ledger.model.OpenLead(r.into(LEAD).into(Lead.class), r.get(h.HOUSEHOLD_NO),
                        r.get(v.NAME), r.get(s.HEAD_NAME)));
    }

    /** Writes a lead's changed fields (audited). */
    public boolean update(Lead lead) {
        var rec = dsl.selectFrom(LEAD).where(LEAD.ID.eq(lead.id())).fetchSingle();
        return updateFrom(rec, lead, lead.householdId());
    }
}
