package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.GUARANTEE_CHECK;
import static cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.INCOME_YEAR;

import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.store.jooq.tables.records.HouseholdRecord;
import cn.bangfu.ledger.store.jooq.tables.records.IncomeYearRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Households with their yearly income and 三保障 checks. */
public final class HouseholdRepo extends Repo {

    HouseholdRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    public long count() {
        return dsl.fetchCount(HOUSEHOLD);
    }

    public Optional<Household> get(long id) {
        return dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(id)).fetchOptionalInto(Household.class);
    }

    public Optional<Household> byNumber(String householdNo) {
        return dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.HOUSEHOLD_NO.eq(householdNo))
                .fetchOptionalInto(Household.class);
    }

    /** Adds a household; returns its id. */
    public long add(Household household) {
        var rec = dsl.newRecord(HOUSEHOLD, household);
        audited().insert(rec, null);
        long id = rec.getId();
        return id;
    }

    /** Adds many households in one batch (each audited); returns their ids in the same order. */
    public List<Long> addAll(List<Household> households) {
        // built field by field: the reflective newRecord(HOUSEHOLD, h) is slow for tens of thousands of rows
        var records = households.stream().map(h -> new HouseholdRecord(h.id(), h.householdNo(), h.villageId(),
                h.groupId(), h.householdType(), h.noLabourCapacity(), h.phone(), h.address(), h.note(), null)).toList();
        audited().insertAll(records, r -> null);
        return records.stream().map(r -> r.getId()).toList();
    }

    /** Writes a household's changed fields (audited); the number and village may change, the id not. */
    public boolean update(Household household) {
        var rec = dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.ID.eq(household.id())).fetchSingle();
        var wanted = dsl.newRecord(HOUSEHOLD, household);
        wanted.setChangedAt(rec.getChangedAt()); // derived from the audit log by trigger, never written here
        return updateFrom(rec, wanted, household.id());
    }

    /** The current head's name of every household (from the derived summary). */
    public java.util.Map<Long, String> headNames() {
        var s = cn.bangfu.ledger.store.jooq.Tables.HOUSEHOLD_SUMMARY;
        return dsl.select(s.HOUSEHOLD_ID, s.HEAD_NAME).from(s).fetchMap(s.HOUSEHOLD_ID, s.HEAD_NAME);
    }

    public List<Household> all() {
        return dsl.selectFrom(HOUSEHOLD).orderBy(HOUSEHOLD.ID).fetch(HouseholdRepo::household);
    }

    /** The households of one village, in 户编号 order (a village's 一户一档). */
    public List<Household> ofVillage(long villageId) {
        return dsl.selectFrom(HOUSEHOLD).where(HOUSEHOLD.VILLAGE_ID.eq(villageId)).orderBy(HOUSEHOLD.HOUSEHOLD_NO)
                .fetch(HouseholdRepo::household);
    }

    /** A household from its row without reflection (an import compares against every household). */
    private static Household household(HouseholdRecord r) {
        return new Household(r.getId(), r.getHouseholdNo(), r.getVillageId(), r.getGroupId(), r.getHouseholdType(),
                Boolean.TRUE.equals(r.getNoLabourCapacity()), r.getPhone(), r.getAddress(), r.getNote());
    }

    /** Sets a year's income block (audited insert, or update of the changed amounts). */
    public void putIncome(IncomeYear income) {
        IncomeYearRecord existing = dsl.selectFrom(INCOME_YEAR)
                .where(INCOME_YEAR.HOUSEHOLD_ID.eq(income.householdId()), INCOME_YEAR.YEAR.eq((long) income.year()))
                .fetchOne();
        IncomeYearRecord wanted = dsl.newRecord(INCOME_YEAR, income);
        if (existing == null) {
            audited().insert(wanted, income.householdId());
        } else {
            updateFrom(existing, wanted, income.householdId());
        }
    }

    public List<IncomeYear> incomes(long householdId) {
        return dsl.selectFrom(INCOME_YEAR).where(INCOME_YEAR.HOUSEHOLD_ID.eq(householdId))
                .orderBy(INCOME_YEAR.YEAR).fetchInto(IncomeYear.class);
    }

    /** Records a 三保障 + water check; returns its id. */
    public long addGuaranteeCheck(GuaranteeCheck check) {
        return audited().insert(dsl.newRecord(GUARANTEE_CHECK, check), check.householdId()).getId();
    }

    public List<GuaranteeCheck> guaranteeChecks(long householdId) {
        return dsl.selectFrom(GUARANTEE_CHECK).where(GUARANTEE_CHECK.HOUSEHOLD_ID.eq(householdId))
                .orderBy(GUARANTEE_CHECK.CHECKED_ON).fetchInto(GuaranteeCheck.class);
    }
}
