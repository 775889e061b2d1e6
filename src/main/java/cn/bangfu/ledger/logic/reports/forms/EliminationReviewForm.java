package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.reports.CellKind.CODE;
import static cn.bangfu.ledger.logic.reports.CellKind.COUNT;
import static cn.bangfu.ledger.logic.reports.CellKind.DATE;
import static cn.bangfu.ledger.logic.reports.CellKind.MARK;
import static cn.bangfu.ledger.logic.reports.CellKind.MONTH;
import static cn.bangfu.ledger.logic.reports.CellKind.YUAN;

import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.EliminationReview;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.logic.reports.Header;
import cn.bangfu.ledger.logic.reports.Header.Group;
import cn.bangfu.ledger.logic.reports.BaseForm;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.logic.rules.EliminationRules.RuleCheck;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 风险消除审核表: the households whose risk was eliminated in the month, and those with an elimination under way at
 * its end (入户核实, 民主评议公示 or 乡镇审核 recorded, not yet marked). Per household: persons, identification month,
 * proposed elimination month, income per person at identification and after, the year's threshold, 三保障 and water
 * after, the method, each elimination rule (√/×, as the rules judge the record now), the review and 公示 dates, and
 * a blank 乡镇审核意见 to sign.
 */
public final class EliminationReviewForm extends BaseForm {

    public static final String ID = "elimination-review";

    /** The elimination rules in the order the form shows them, with their short captions. */
    static final Map<String, String> RULES = new LinkedHashMap<>();

    static {
        RULES.put(EliminationRules.MIN_MONTHS, "识别满6个月");
        RULES.put(EliminationRules.MEASURE_FOR_ASSISTED, "帮扶消除有措施");
        RULES.put(EliminationRules.INCOME_ABOVE_THRESHOLD, "收入高于标准");
        RULES.put(EliminationRules.GUARANTEES_SECURED, "三保障和饮水有保障");
        RULES.put(EliminationRules.LABOUR_CAPACITY, "非整户无劳动能力");
        RULES.put(EliminationRules.POST_FIELDS_FILLED, "消除后信息完整");
        RULES.put(EliminationRules.RIGID_SPENDING, "刚性支出可控");
    }

    private final MonitoringService monitoring;

    public EliminationReviewForm(FormContext context, MonitoringService monitoring) {
        super(ID, "风险消除审核表", true, context);
        this.monitoring = monitoring;
    }

    @Override
    public List<ReportModel> build(ReportRequest request) {
        YearMonth m = request.month();
        MonthFacts f = MonthFacts.read(context, m);
        LocalDate end = m.atEndOfMonth();

        List<Header> headers = new ArrayList<>();
        headers.add(Column.text("village", "村", 9));
        headers.add(Column.of("household_no", "户编号", CODE, 15));
        headers.add(Column.text("head", "户主", 7));
        headers.add(Column.summed("persons", "人数", COUNT, 5));
        headers.add(Column.of("identified", "识别监测时间", MONTH, 9));
        headers.add(Column.of("proposed", "拟消除时间", MONTH, 9));
        headers.add(Group.of("人均纯收入（元/年）", Column.of("income_before", "识别时", YUAN, 10),
                Column.of("income_after", "消除时", YUAN, 10), Column.of("threshold", "当年监测标准", YUAN, 10)));
        headers.add(Group.of("消除时三保障和饮水", Column.of("school", "义务教育", MARK, 5),
                Column.of("housing", "住房安全", MARK, 5), Column.of("medical", "基本医疗", MARK, 5),
                Column.of("water", "饮水安全", MARK, 5)));
        headers.add(Column.text("method", "消除方式", 10));
        List<Header> rules = new ArrayList<>();
        RULES.forEach((code, caption) -> rules.add(Column.of("rule_" + code.toLowerCase(), caption, MARK, 6)));
        headers.add(new Group("消除条件", rules));
        headers.add(Group.of("评议和公示", Column.of("review_on", "民主评议公示", DATE, 10),
                Column.of("publicity_end", "公示截止", DATE, 10)));
        headers.add(Column.text("town_opinion", "乡镇审核意见", 14));

        List<Row> rows = new ArrayList<>();
        long persons = 0;
        for (EpisodeHistory e : f.latestBy(m).values()) {
            if (request.village() != null && !request.village().equals(e.village())) {
                continue;
            }
            Optional<EpisodeHistory.Elimination> done = e.eliminatedIn(m);
            List<EpisodeStep> steps = afterLastRollback(f.stepsBy(e.episodeId(), end));
            boolean underWay = e.openAt(m) && steps.stream().anyMatch(st -> Workflow.ELIMINATION_CHAIN.contains(st.kind()));
            if (done.isEmpty() && !underWay) {
                continue;
            }
            int n = f.persons(e.householdId(), end);
            persons += n;
            Optional<EpisodeSnapshot> before = f.snapshot(e.episodeId(), EpisodeSnapshot.IDENTIFIED);
            Optional<EpisodeSnapshot> after = f.snapshot(e.episodeId(), EpisodeSnapshot.ELIMINATED);
            YearMonth proposed = done.map(EpisodeHistory.Elimination::month).orElse(m);
            String method = done.map(EpisodeHistory.Elimination::method).orElse(null);
            EliminationReview review = monitoring.reviewElimination(e.episodeId(), proposed,
                    method == null ? "帮扶消除" : method, after.orElse(null));
            Optional<EpisodeStep> publicity = steps.stream().filter(st -> Workflow.ELIM_REVIEW.equals(st.kind()))
                    .reduce((a, b) -> b);
            List<Object> cells = new ArrayList<>();
            cells.add(e.village());
            cells.add(e.householdNo());
            cells.add(e.headName());
            cells.add((long) n);
            cells.add(e.identifiedMonth());
            cells.add(proposed);
            cells.add(before.map(EpisodeSnapshot::netIncomePerPerson).orElse(null));
            cells.add(after.map(EpisodeSnapshot::netIncomePerPerson).orElse(null));
            cells.add(review.threshold() == null ? null : review.threshold().amount());
            cells.add(after.map(s -> !s.schoolDropout()).orElse(null));
            cells.add(after.map(EpisodeSnapshot::housingSafe).orElse(null));
            cells.add(after.map(s -> !s.memberUninsured()).orElse(null));
            cells.add(after.map(EpisodeSnapshot::waterSafe).orElse(null));
            cells.add(method == null ? "（审核中）" : method);
            for (String code : RULES.keySet()) {
                cells.add(review.checks().stream().filter(c -> c.code().equals(code)).findFirst()
                        .map(RuleCheck::passed).orElse(null));
            }
            cells.add(publicity.map(EpisodeStep::stepOn).orElse(null));
            cells.add(publicity.map(EpisodeStep::endOn).orElse(null));
            cells.add(null);
            rows.add(Row.data(cells));
        }
        rows.add(Row.totalAt(Header.width(headers), Map.of(0, "合计（" + rows.size() + "户）", 3, persons)));
        List<String> notes = List.of("“消除条件”按账本中现有记录判断：√ 符合，× 不符合；审核中的户按帮扶消除判断。",
                "人均纯收入＝（工资性＋生产经营性＋财产性＋转移性收入－生产经营性支出）÷人数。");
        return List.of(new ReportModel(ID, context.title(title(), m), Months.text(m), "单位：户、人、元",
                List.of(new ReportTable("消除审核", headers, rows)), notes, context.signature(), false, true));
    }

    /** The steps after the last 风险消除回退 (an undone elimination's steps are not this proposal's). */
    private static List<EpisodeStep> afterLastRollback(List<EpisodeStep> steps) {
        int from = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (Workflow.ROLLBACK.equals(steps.get(i).kind())) {
                from = i + 1;
            }
        }
        return steps.subList(from, steps.size());
    }
}
