package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.PERCENT;
import static cn.bangfu.ledger.logic.reports.CellKind.WAN_YUAN;

import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.Header.Group;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.Project;
import cn.bangfu.ledger.store.ReportQueries.MoneySum;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * 衔接资金支出进度月报: per fund, one row per project it allocated money to (or plans to), and one for what it paid
 * with no project, then the fund's 小计; a 合计 for the town. Figures at the month's end from the journal's entries
 * dated by then (a 冲销 counts in its own month): 资金到位 (the fund's receipts net of 收回), 计划投资, 已分配资金
 * (what is on the project's account and what was paid from it), 本月支出 and 累计支出 (收款方 and 农户), 支出进度 =
 * 累计支出 ÷ 已分配资金, the project's status (as recorded now), 形成资产 (no asset ledger yet: "—"), and the
 * beneficiaries — counted from the households linked to the project where any are, else as entered.
 */
public final class FundsProgressForm extends BaseForm {

    public static final String ID = "funds-progress";

    /** What the 形成资产 column shows until the ledger has an asset table. */
    static final String NO_ASSETS = "—";

    public FundsProgressForm(FormContext context) {
        super(ID, "衔接资金支出进度月报", true, context);
    }

    /** One row's money, in fen. */
    private static final class Money {
        long planned;
        long unpaid;
        long paidBefore;
        long paidInMonth;

        long paid() {
            return paidBefore + paidInMonth;
        }

        long allocated() {
            return unpaid + paid();
        }

        boolean empty() {
            return planned == 0 && unpaid == 0 && paidBefore == 0 && paidInMonth == 0;
        }

        void add(Money o) {
            planned += o.planned;
            unpaid += o.unpaid;
            paidBefore += o.paidBefore;
            paidInMonth += o.paidInMonth;
        }
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        LocalDate end = m.atEndOfMonth();
        FundFacts facts = FundFacts.read(context, m);
        MonthFacts month = MonthFacts.read(context, m);
        Set<Long> monitored = month.latestBy(m).keySet();
        List<MoneySum> sums = context.read(v -> v.reports().moneyBy(m.atDay(1), end));

        List<Header> headers = List.of(Column.text("fund", "资金名称", 24), Column.text("project", "项目名称", 26),
                Column.text("place", "实施地点", 8), Column.text("status", "项目状态", 8),
                Column.of("received", "资金到位", WAN_YUAN, 11), Column.summed("planned", "计划投资", WAN_YUAN, 11),
                Column.summed("allocated", "已分配资金", WAN_YUAN, 11),
                Group.of("资金支出", Column.summed("paid_month", "本月支出", WAN_YUAN, 11),
                        Column.summed("paid_total", "累计支出", WAN_YUAN, 11),
                        Column.of("progress", "支出进度", PERCENT, 8)),
                Column.text("assets", "形成资产", 8),
                Group.of("受益对象", Column.of("households", "户数", COUNT, 6), Column.of("persons", "人数", COUNT, 6),
                        Column.of("poor", "其中：脱贫户", COUNT, 7), Column.of("monitored", "其中：监测户", COUNT, 7)));

        Map<Long, Long> received = new LinkedHashMap<>();
        Map<Long, Map<Long, Money>> byFund = new LinkedHashMap<>(); // fund → project (null: none) → money
        for (MoneySum s : sums) {
            switch (s.account()) {
                case JournalService.SOURCE -> received.merge(s.fundId(), -s.byEndFen(), Long::sum);
                case JournalService.PROJECT -> money(byFund, s.fundId(), s.projectId()).unpaid += s.byEndFen();
                case JournalService.PAYEE, JournalService.HOUSEHOLD -> {
                    Money x = money(byFund, s.fundId(), s.projectId());
                    x.paidBefore += s.beforeFen();
                    x.paidInMonth += s.inMonthFen();
                }
                default -> { } // 未分配: what the fund has not allocated
            }
        }
        facts.plans().forEach((project, plan) -> plan.forEach((fund, fen) -> money(byFund, fund, project).planned += fen));

        Beneficiaries ben = new Beneficiaries(facts, month, monitored, end);
        List<Row> rows = new ArrayList<>();
        Money town = new Money();
        Set<Long> townProjects = new LinkedHashSet<>();
        long townReceived = 0;
        int funds = 0;
        for (Long fundId : facts.funds().keySet()) {
            Map<Long, Money> projects = byFund.getOrDefault(fundId, Map.of());
            long in = received.getOrDefault(fundId, 0L);
            if (in == 0 && projects.values().stream().allMatch(Money::empty)) {
                continue;
            }
            funds++;
            String fund = facts.fund(fundId);
            Money total = new Money();
            Set<Long> fundProjects = new LinkedHashSet<>();
            List<Long> order = new ArrayList<>(facts.projects().keySet());
            order.removeIf(p -> !projects.containsKey(p));
            for (Long projectId : order) {
                Money x = projects.get(projectId);
                if (x.empty()) {
                    continue;
                }
                Project p = facts.projects().get(projectId);
                fundProjects.add(projectId);
                total.add(x);
                rows.add(Row.data(cells(fund, p.name(), facts.place(p), p.status(), null, x, NO_ASSETS,
                        ben.of(Set.of(projectId)))));
            }
            Money direct = projects.get(null);
            if (direct != null && !direct.empty()) {
                total.add(direct);
                rows.add(Row.data(cells(fund, "（未列入项目的直接支出）", null, null, null, direct, null,
                        Beneficiaries.NONE)));
            }
            rows.add(Row.subtotal(cells(fund, "小计", null, null, in, total, null, ben.of(fundProjects))));
            town.add(total);
            townProjects.addAll(fundProjects);
            townReceived += in;
        }
        rows.add(Row.total(cells("合计（" + funds + "项资金）", null, null, null, townReceived, town, null,
                ben.of(townProjects))));
        List<String> notes = List.of(
                "说明：1. 金额为截至" + Months.text(m) + "末的记账数；支出进度＝累计支出÷已分配资金；已分配资金含已拨付和未拨付的项目资金，"
                        + "未列入项目的直接支出计入已分配。",
                "2. 受益对象：项目关联了受益农户的按农户计（人数为月末在户人口，脱贫户按户类型，监测户为月末已纳入监测的户），"
                        + "未关联的按项目登记的户数、人数（其中脱贫户、监测户未登记）；小计、合计按不重复的户计。",
                "3. 项目状态为当前登记的状态；形成资产暂未登记（资产台账建立后填列），以“—”表示。");
        return List.of(new ReportModel(ID, context.title(title(), m), Months.text(m), "单位：万元、户、人",
                List.of(new ReportTable("支出进度", headers, rows)), notes, context.signature(), false, true));
    }

    private static Money money(Map<Long, Map<Long, Money>> byFund, long fund, Long project) {
        return byFund.computeIfAbsent(fund, k -> new LinkedHashMap<>()).computeIfAbsent(project, k -> new Money());
    }

    private static List<Object> cells(String fund, String project, String place, String status, Long received,
            Money x, String assets, Long[] beneficiaries) {
        long allocated = x.allocated();
        Double progress = allocated == 0 ? null : (double) x.paid() / allocated;
        List<Object> cells = new ArrayList<>(Arrays.asList(fund, project, place, status, received, x.planned,
                allocated, x.paidInMonth, x.paid(), progress, assets));
        cells.addAll(Arrays.asList(beneficiaries));
        return cells;
    }

    /**
     * The beneficiaries of a set of projects, each household once: the linked households (persons at the month's
     * end, 脱贫户 by 户类型, 监测户 a 监测对象 by then) and the counts entered on projects with none linked.
     */
    private record Beneficiaries(FundFacts facts, MonthFacts month, Set<Long> monitored, LocalDate end) {

        static final Long[] NONE = {null, null, null, null};

        Long[] of(Set<Long> projects) {
            Set<Long> linked = new LinkedHashSet<>();
            long enteredHouseholds = 0;
            long enteredPersons = 0;
            boolean entered = false;
            for (Long id : projects) {
                List<Long> households = facts.beneficiaries().getOrDefault(id, List.of());
                if (households.isEmpty()) {
                    Project p = facts.projects().get(id);
                    entered |= p.beneficiaryHouseholds() != null || p.beneficiaryPersons() != null;
                    enteredHouseholds += Objects.requireNonNullElse(p.beneficiaryHouseholds(), 0L);
                    enteredPersons += Objects.requireNonNullElse(p.beneficiaryPersons(), 0L);
                } else {
                    linked.addAll(households);
                }
            }
            if (projects.size() == 1 && linked.isEmpty()) { // one project, as entered
                Project p = facts.projects().get(projects.iterator().next());
                return new Long[] {p.beneficiaryHouseholds(), p.beneficiaryPersons(), null, null};
            }
            if (linked.isEmpty() && !entered) { // nothing known: left empty, not 0
                return NONE;
            }
            long persons = linked.stream().mapToLong(h -> month.persons(h, end)).sum();
            long poor = linked.stream().filter(h -> "脱贫户".equals(facts.householdTypes().get(h))).count();
            long watched = linked.stream().filter(monitored::contains).count();
            return new Long[] {linked.size() + enteredHouseholds, persons + enteredPersons, poor, watched};
        }
    }
}
