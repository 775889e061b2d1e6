package cn.bangfu.ledger.logic.funds;

import static cn.bangfu.ledger.logic.funds.JournalService.HOUSEHOLD;
import static cn.bangfu.ledger.logic.funds.JournalService.PAYEE;
import static cn.bangfu.ledger.logic.funds.JournalService.PROJECT;
import static cn.bangfu.ledger.logic.funds.JournalService.SOURCE;
import static cn.bangfu.ledger.logic.funds.JournalService.UNALLOCATED;

import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Project;
import cn.bangfu.ledger.store.JournalRepo.Balance;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerTx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 帮扶资金 and 项目库: the funds and projects the journal refers to, and their balances as the journal gives them
 * (received, allocated, paid, unallocated, unpaid; a project's planned investment beside what it was allocated and
 * paid).
 */
public final class FundService {

    /** A fund with its balances in fen. {@code allocated = paid + unpaid}, {@code received = allocated + unallocated}. */
    public record FundRow(Fund fund, long receivedFen, long allocatedFen, long paidFen, long unallocatedFen,
            long unpaidFen) {

        /** 支出进度: paid ÷ allocated, null while nothing is allocated. */
        public Double progress() {
            return allocatedFen == 0 ? null : (double) paidFen / allocatedFen;
        }
    }

    /** A project with its planned, allocated and paid amounts in fen (over all funds). */
    public record ProjectRow(Project project, String village, long plannedFen, long allocatedFen, long paidFen) {

        public Double progress() {
            return allocatedFen == 0 ? null : (double) paidFen / allocatedFen;
        }
    }

    private final Ledger ledger;
    private final SettingsService settings;

    public FundService(Ledger ledger, SettingsService settings) {
        this.ledger = ledger;
        this.settings = settings;
    }

    public List<CodeEntry> sourceKinds() {
        return ledger.read(v -> v.codeLists().entries("fund_source"));
    }

    public List<CodeEntry> levels() {
        return ledger.read(v -> v.codeLists().entries("fund_level"));
    }

    public List<CodeEntry> projectCategories() {
        return ledger.read(v -> v.codeLists().entries("project_category"));
    }

    // -- funds

    /** Adds a fund (its money arrives with a 资金到位 entry). */
    public long addFund(Fund fund) {
        Fund f = checked(fund);
        return ledger.write(settings.change(), tx -> insert(tx, f));
    }

    /** Adds a checked fund in the caller's transaction, refusing a name the year already has. */
    static long insert(LedgerTx tx, Fund f) {
        boolean taken = tx.funds().funds().stream().anyMatch(x -> x.name().equals(f.name()) && x.year() == f.year());
        if (taken) {
            throw new LedgerException(f.year() + " 年已有名为“" + f.name() + "”的资金。请换一个名称（例如加上文号或批次）。");
        }
        return tx.funds().addFund(f);
    }

    /** Corrects a fund's particulars (its money moves only through the journal), refusing a name the year has. */
    public void updateFund(Fund fund) {
        Fund f = checked(fund);
        ledger.update(settings.change(), tx -> {
            if (tx.funds().funds().stream().anyMatch(x -> x.name().equals(f.name()) && x.year() == f.year()
                    && !x.id().equals(f.id()))) {
                throw new LedgerException(f.year() + " 年已有名为“" + f.name() + "”的资金。请换一个名称（例如加上文号或批次）。");
            }
            tx.funds().updateFund(f);
        });
    }

    static Fund checked(Fund f) {
        if (f.name() == null || f.name().isBlank()) {
            throw new LedgerException("资金要有名称。");
        }
        if (f.sourceKind() == null || f.sourceKind().isBlank()) {
            throw new LedgerException("请选择资金来源。");
        }
        if (f.level() == null || f.level().isBlank()) {
            throw new LedgerException("请选择资金级次（中央、省、市、县……）。");
        }
        if (f.year() < 2000 || f.year() > 2100) {
            throw new LedgerException("资金年度应为四位年份，例如 2026。");
        }
        return new Fund(f.id(), f.name().strip(), f.sourceKind().strip(), f.level().strip(), f.year(),
                blankToNull(f.docNo()), blankToNull(f.note()));
    }

    /** Every fund with its balances, newest year first. */
    public List<FundRow> funds() {
        return ledger.read(v -> {
            Map<Long, long[]> sums = new HashMap<>(); // fund → [source, unallocated, project, payee, household]
            for (Balance b : v.journal().fundBalances()) {
                long[] s = sums.computeIfAbsent(b.fundId(), k -> new long[5]);
                s[index(b.account())] += b.amountFen();
            }
            List<FundRow> out = new ArrayList<>();
            for (Fund f : v.funds().funds()) {
                long[] s = sums.getOrDefault(f.id(), new long[5]);
                long paid = s[3] + s[4];
                out.add(new FundRow(f, -s[0], s[2] + paid, paid, s[1], s[2]));
            }
            return out;
        });
    }

    private static int index(String account) {
        return switch (account) {
            case SOURCE -> 0;
            case UNALLOCATED -> 1;
            case PROJECT -> 2;
            case PAYEE -> 3;
            case HOUSEHOLD -> 4;
            default -> throw new IllegalStateException("unknown account " + account);
        };
    }

    // -- projects

    public long addProject(Project project) {
        return addProject(project, null, 0);
    }

    /** Adds a project and, when {@code planFundId} is given, its planned investment from that fund, in one write. */
    public long addProject(Project project, Long planFundId, long plannedFen) {
        return addProject(project, planFundId, plannedFen, List.of());
    }

    /** The same, with the beneficiary households of {@code householdNos} (户编号) linked in the same write. */
    public long addProject(Project project, Long planFundId, long plannedFen, List<String> householdNos) {
        Project p = checked(project);
        if (plannedFen < 0) {
            throw new LedgerException("计划投资不能为负数。");
        }
        return ledger.write(settings.change(), tx -> {
            if (tx.funds().projects().stream().anyMatch(x -> x.name().equals(p.name()))) {
                throw new LedgerException("已有名为“" + p.name() + "”的项目。");
            }
            java.util.Set<Long> wanted = householdsOf(tx, householdNos);
            long id = tx.funds().addProject(p);
            if (planFundId != null) {
                tx.funds().fund(planFundId).orElseThrow(() -> new LedgerException("没有编号为 " + planFundId + " 的资金。"));
                tx.funds().putPlan(id, planFundId, plannedFen);
            }
            linkExactly(tx, id, wanted);
            return id;
        });
    }

    public void updateProject(Project project) {
        Project p = checked(project);
        ledger.update(settings.change(), tx -> tx.funds().updateProject(p));
    }

    /** A project as its edit form opens: the project, its planned investment by fund, its linked households' 户编号. */
    public record ProjectDetail(Project project, Map<Long, Long> plans, List<String> householdNos) {
    }

    public ProjectDetail projectDetail(long projectId) {
        return ledger.read(v -> {
            Project p = v.funds().project(projectId)
                    .orElseThrow(() -> new LedgerException("没有编号为 " + projectId + " 的项目。"));
            List<String> nos = new ArrayList<>();
            for (Long h : v.funds().beneficiaries().getOrDefault(projectId, List.of())) {
                v.households().get(h).ifPresent(x -> nos.add(x.householdNo()));
            }
            return new ProjectDetail(p, v.funds().plans().getOrDefault(projectId, Map.of()), nos);
        });
    }

    /**
     * Saves a project as its edit form has it, in one write: the project (status and its dates, beneficiaries as
     * entered), its planned investment from one fund when {@code planFundId} is given, and its linked beneficiary
     * households — exactly the households of {@code householdNos} (户编号), those no longer listed unlinked. A 户编号
     * the ledger does not have refuses the whole save, naming it.
     */
    public void saveProject(Project project, Long planFundId, long plannedFen, List<String> householdNos) {
        Project p = checked(project);
        if (p.id() == null) {
            throw new LedgerException("要修改的项目没有编号。");
        }
        if (plannedFen < 0) {
            throw new LedgerException("计划投资不能为负数。");
        }
        ledger.write(settings.change(), tx -> {
            tx.funds().project(p.id()).orElseThrow(() -> new LedgerException("没有编号为 " + p.id() + " 的项目。"));
            if (tx.funds().projects().stream().anyMatch(x -> x.name().equals(p.name()) && !x.id().equals(p.id()))) {
                throw new LedgerException("已有名为“" + p.name() + "”的项目。");
            }
            java.util.Set<Long> wanted = householdsOf(tx, householdNos);
            tx.funds().updateProject(p);
            if (planFundId != null) {
                tx.funds().fund(planFundId).orElseThrow(() -> new LedgerException("没有编号为 " + planFundId + " 的资金。"));
                tx.funds().putPlan(p.id(), planFundId, plannedFen);
            }
            linkExactly(tx, p.id(), wanted);
            return null;
        });
    }

    /** The households of the 户编号 given; a number the ledger does not have refuses the write, naming it. */
    private static java.util.Set<Long> householdsOf(LedgerTx tx, List<String> householdNos) {
        java.util.Set<Long> wanted = new java.util.LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String no : householdNos) {
            tx.households().byNumber(no).ifPresentOrElse(h -> wanted.add(h.id()), () -> unknown.add(no));
        }
        if (!unknown.isEmpty()) {
            throw new LedgerException("账本中没有这些户编号：" + String.join("、", unknown) + "。请核对后再保存。");
        }
        return wanted;
    }

    /** Links exactly these households to the project as its beneficiaries (unlinking the rest). */
    private static void linkExactly(LedgerTx tx, long projectId, java.util.Set<Long> wanted) {
        for (Long h : tx.funds().beneficiaries().getOrDefault(projectId, List.of())) {
            if (!wanted.contains(h)) {
                tx.funds().removeBeneficiary(projectId, h);
            }
        }
        for (Long h : wanted) {
            tx.funds().addBeneficiary(projectId, h);
        }
    }

    /** Sets a project's planned investment from a fund (计划投资). */
    public void plan(long projectId, long fundId, long plannedFen) {
        if (plannedFen < 0) {
            throw new LedgerException("计划投资不能为负数。");
        }
        ledger.update(settings.change(), tx -> {
            tx.funds().project(projectId).orElseThrow(() -> new LedgerException("没有编号为 " + projectId + " 的项目。"));
            tx.funds().fund(fundId).orElseThrow(() -> new LedgerException("没有编号为 " + fundId + " 的资金。"));
            tx.funds().putPlan(projectId, fundId, plannedFen);
        });
    }

    private Project checked(Project p) {
        if (p.name() == null || p.name().isBlank()) {
            throw new LedgerException("项目要有名称。");
        }
        if (p.category() == null || p.category().isBlank()) {
            throw new LedgerException("请选择项目类别。");
        }
        String status = p.status() == null ? Project.PLANNED : p.status();
        if (!Project.STATUSES.contains(status)) {
            throw new LedgerException("项目状态应为 储备、实施中、已完工 或 已验收。");
        }
        LocalDate started = p.startedOn();
        if (p.completedOn() != null && started != null && p.completedOn().isBefore(started)) {
            throw new LedgerException("完工日期早于开工日期。");
        }
        if (p.acceptedOn() != null && p.completedOn() != null && p.acceptedOn().isBefore(p.completedOn())) {
            throw new LedgerException("验收日期早于完工日期。");
        }
        if (Project.ACCEPTED.equals(status) && p.acceptedOn() == null) {
            throw new LedgerException("已验收的项目要填验收日期。");
        }
        if ((Project.COMPLETED.equals(status) || Project.ACCEPTED.equals(status)) && p.completedOn() == null) {
            throw new LedgerException("已完工的项目要填完工日期。");
        }
        return new Project(p.id(), p.name().strip(), p.category().strip(), p.villageId(), blankToNull(p.implementer()),
                status, p.startedOn(), p.completedOn(), p.acceptedOn(), p.beneficiaryHouseholds(),
                p.beneficiaryPersons(), blankToNull(p.note()));
    }

    /** Every project with its planned, allocated and paid amounts. */
    public List<ProjectRow> projects() {
        return ledger.read(v -> {
            Map<Long, String> villages = new HashMap<>();
            v.villages().list().forEach(x -> villages.put(x.id(), x.name()));
            Map<Long, Map<Long, Long>> plans = v.funds().plans();
            Map<Long, long[]> sums = new HashMap<>(); // project → [unpaid, paid]
            for (Balance b : v.journal().projectBalances()) {
                long[] s = sums.computeIfAbsent(b.projectId(), k -> new long[2]);
                s[PROJECT.equals(b.account()) ? 0 : 1] += b.amountFen();
            }
            List<ProjectRow> out = new ArrayList<>();
            for (Project p : v.funds().projects()) {
                long planned = plans.getOrDefault(p.id(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
                long[] s = sums.getOrDefault(p.id(), new long[2]);
                out.add(new ProjectRow(p, p.villageId() == null ? "全镇" : villages.get(p.villageId()), planned,
                        s[0] + s[1], s[1]));
            }
            return out;
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
