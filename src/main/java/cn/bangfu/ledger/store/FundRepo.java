package cn.bangfu.ledger.store;

import static cn.bangfu.ledger.store.jooq.Tables.FUND;
import static cn.bangfu.ledger.store.jooq.Tables.MONTH_CLOSE;
import static cn.bangfu.ledger.store.jooq.Tables.PROJECT;
import static cn.bangfu.ledger.store.jooq.Tables.PROJECT_HOUSEHOLD;
import static cn.bangfu.ledger.store.jooq.Tables.PROJECT_PLAN;

import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.MonthClose;
import cn.bangfu.ledger.model.Project;
import cn.bangfu.ledger.store.jooq.tables.records.ProjectHouseholdRecord;
import cn.bangfu.ledger.store.jooq.tables.records.ProjectPlanRecord;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** 帮扶资金, 项目库 and the closed months: the records the journal refers to (all audited). */
public final class FundRepo extends Repo {

    FundRepo(DSLContext dsl, Auditor auditor) {
        super(dsl, auditor);
    }

    // -- funds

    public long addFund(Fund fund) {
        return audited().insert(dsl.newRecord(FUND, fund), null).getId();
    }

    public boolean updateFund(Fund fund) {
        return updateFrom(dsl.selectFrom(FUND).where(FUND.ID.eq(fund.id())).fetchSingle(), fund, null);
    }

    public Optional<Fund> fund(long id) {
        return dsl.selectFrom(FUND).where(FUND.ID.eq(id)).fetchOptionalInto(Fund.class);
    }

    public List<Fund> funds() {
        return dsl.selectFrom(FUND).orderBy(FUND.YEAR.desc(), FUND.ID).fetchInto(Fund.class);
    }

    // -- projects

    public long addProject(Project project) {
        return audited().insert(dsl.newRecord(PROJECT, project), null).getId();
    }

    public boolean updateProject(Project project) {
        return updateFrom(dsl.selectFrom(PROJECT).where(PROJECT.ID.eq(project.id())).fetchSingle(), project, null);
    }

    public Optional<Project> project(long id) {
        return dsl.selectFrom(PROJECT).where(PROJECT.ID.eq(id)).fetchOptionalInto(Project.class);
    }

    public List<Project> projects() {
        return dsl.selectFrom(PROJECT).orderBy(PROJECT.ID).fetchInto(Project.class);
    }

    /** Sets a project's planned investment from one fund (audited insert or update). */
    public void putPlan(long projectId, long fundId, long plannedFen) {
        ProjectPlanRecord existing = dsl.selectFrom(PROJECT_PLAN)
                .where(PROJECT_PLAN.PROJECT_ID.eq(projectId), PROJECT_PLAN.FUND_ID.eq(fundId)).fetchOne();
        if (existing == null) {
            ProjectPlanRecord r = dsl.newRecord(PROJECT_PLAN);
            r.setProjectId(projectId);
            r.setFundId(fundId);
            r.setPlannedFen(plannedFen);
            audited().insert(r, null);
        } else {
            existing.setPlannedFen(plannedFen);
            audited().update(existing, null);
        }
    }

    /** The planned investment of each project by fund: project → (fund → fen). */
    public Map<Long, Map<Long, Long>> plans() {
        Map<Long, Map<Long, Long>> out = new LinkedHashMap<>();
        dsl.selectFrom(PROJECT_PLAN).orderBy(PROJECT_PLAN.PROJECT_ID, PROJECT_PLAN.FUND_ID).forEach(r -> out
                .computeIfAbsent(r.getProjectId(), k -> new LinkedHashMap<>()).put(r.getFundId(), r.getPlannedFen()));
        return out;
    }

    /** Links a household to a project as a beneficiary (nothing when it is linked already). */
    public void addBeneficiary(long projectId, long householdId) {
        boolean linked = dsl.fetchExists(PROJECT_HOUSEHOLD, PROJECT_HOUSEHOLD.PROJECT_ID.eq(projectId),
                PROJECT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId));
        if (!linked) {
            ProjectHouseholdRecord r = dsl.newRecord(PROJECT_HOUSEHOLD);
            r.setProjectId(projectId);
            r.setHouseholdId(householdId);
            audited().insert(r, householdId);
        }
    }

    /** Unlinks a beneficiary household from a project (nothing when it is not linked). */
    public void removeBeneficiary(long projectId, long householdId) {
        ProjectHouseholdRecord r = dsl.selectFrom(PROJECT_HOUSEHOLD).where(PROJECT_HOUSEHOLD.PROJECT_ID.eq(projectId),
                PROJECT_HOUSEHOLD.HOUSEHOLD_ID.eq(householdId)).fetchOne();
        if (r != null) {
            audited().delete(r, householdId);
        }
    }

    /** The linked beneficiary households of each project. */
    public Map<Long, List<Long>> beneficiaries() {
        Map<Long, List<Long>> out = new LinkedHashMap<>();
        dsl.selectFrom(PROJECT_HOUSEHOLD).orderBy(PROJECT_HOUSEHOLD.PROJECT_ID, PROJECT_HOUSEHOLD.HOUSEHOLD_ID)
                .forEach(r -> out.computeIfAbsent(r.getProjectId(), k -> new java.util.ArrayList<>())
                        .add(r.getHouseholdId()));
        return out;
    }

    // -- closed months

    /** Every close, re-opened ones too, oldest first. */
    public List<MonthClose> closes() {
        return dsl.selectFrom(MONTH_CLOSE).orderBy(MONTH_CLOSE.ID).fetchInto(MonthClose.class);
    }

    /** The month's close in force, if the month is closed. */
    public Optional<MonthClose> closeOf(YearMonth month) {
        return dsl.selectFrom(MONTH_CLOSE).where(MONTH_CLOSE.CLOSED_MONTH.eq(month), MONTH_CLOSE.REOPENED_AT.isNull())
                .fetchOptionalInto(MonthClose.class);
    }

    public long addClose(MonthClose close) {
        return audited().insert(dsl.newRecord(MONTH_CLOSE, close), null).getId();
    }

    /** Re-opens a close (audited, with the change's reason). */
    public void reopen(long closeId, String at, String by, String reason) {
        var r = dsl.selectFrom(MONTH_CLOSE).where(MONTH_CLOSE.ID.eq(closeId)).fetchSingle();
        r.setReopenedAt(at);
        r.setReopenedBy(by);
        r.setReopenReason(reason);
        audited().update(r, null);
    }
}
