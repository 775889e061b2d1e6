package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.logic.rules.RuleSupport.month;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Threshold;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rules for eliminating the risk of a monitoring episode (DOMAIN §3, 风险消除). {@link #evaluate} always
 * returns one {@link RuleCheck} per rule, in a fixed order, so a screen can show each rule as passed or not.
 */
public final class EliminationRules {

    public static final String MIN_MONTHS = "MIN_MONTHS";
    public static final String MEASURE_FOR_ASSISTED = "MEASURE_FOR_ASSISTED";
    public static final String INCOME_ABOVE_THRESHOLD = "INCOME_ABOVE_THRESHOLD";
    public static final String GUARANTEES_SECURED = "GUARANTEES_SECURED";
    public static final String LABOUR_CAPACITY = "LABOUR_CAPACITY";
    public static final String POST_FIELDS_FILLED = "POST_FIELDS_FILLED";
    public static final String RIGID_SPENDING = "RIGID_SPENDING";

    /** Months that must lie between the identification month and the elimination month. */
    public static final int MIN_MONTHS_SINCE_IDENTIFIED = 6;

    private static final Set<String> METHODS = Set.of(Episode.ASSISTED, Episode.NATURAL);

    /**
     * A proposed elimination.
     *
     * @param after     the income and 三保障 blocks after elimination; may be null
     * @param measures  the household's measures
     * @param threshold the threshold of {@code eliminatedMonth}'s year for the household's area; may be null
     */
    public record Proposal(Episode episode, Household household, YearMonth eliminatedMonth, String method,
            EpisodeSnapshot after, List<Measure> measures, Threshold threshold) {

        public Proposal {
            Objects.requireNonNull(episode, "episode");
            Objects.requireNonNull(household, "household");
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    /**
     * The outcome of one rule.
     *
     * @param label   the Chinese rule name
     * @param firm    a failed firm rule cannot be overridden; a failed non-firm rule can, with a reason
     * @param message Chinese: why it failed, or what was found when it passed
     */
    public record RuleCheck(String code, String label, boolean passed, boolean firm, String message) {

        static RuleCheck pass(String code, String label, boolean firm, String message) {
            return new RuleCheck(code, label, true, firm, message);
        }

        static RuleCheck fail(String code, String label, boolean firm, String message) {
            return new RuleCheck(code, label, false, firm, message);
        }
    }

    private EliminationRules() {
    }

    /** Evaluates every rule, in order: the months, measures, income, 三保障, labour, fields, rigid spending. */
    public static List<RuleCheck> evaluate(Proposal p, YearMonth currentMonth) {
        Objects.requireNonNull(p, "p");
        Objects.requireNonNull(currentMonth, "currentMonth");
        return List.of(minMonths(p, currentMonth), measureForAssisted(p, currentMonth), incomeAboveThreshold(p),
                guaranteesSecured(p), labourCapacity(p), postFieldsFilled(p), rigidSpending(p));
    }

    /**
     * The firm rules that fail whatever is proposed (no month, method or post-elimination figures can pass them):
     * today only 整户无劳动能力. An episode so blocked is not due for the elimination assessment, however long ago
     * it was identified.
     */
    public static List<RuleCheck> standingBlocks(Household household) {
        Objects.requireNonNull(household, "household");
        RuleCheck labour = labourCapacity(household);
        return labour.passed() ? List.of() : List.of(labour);
    }

    /** Whether the elimination may be saved: no failed firm rule, and a reason for every failed non-firm rule. */
    public static boolean allowed(List<RuleCheck> checks, boolean overrideReasonGiven) {
        return checks.stream().filter(c -> !c.passed()).allMatch(c -> !c.firm() && overrideReasonGiven);
    }

    // ---------------------------------------------------------------- 1. months since identification

    static RuleCheck minMonths(Proposal p, YearMonth currentMonth) {
        String label = "识别满6个月";
        YearMonth identified = p.episode().identifiedMonth();
        YearMonth eliminated = p.eliminatedMonth();
        if (eliminated == null) {
            return RuleCheck.fail(MIN_MONTHS, label, true, "未填写消除监测时间，请填写");
        }
        if (eliminated.isBefore(identified)) {
            return RuleCheck.fail(MIN_MONTHS, label, true, "消除监测时间 " + month(eliminated) + " 早于识别监测时间 "
                    + month(identified) + "，请核对");
        }
        if (eliminated.isAfter(currentMonth)) {
            return RuleCheck.fail(MIN_MONTHS, label, true, "消除监测时间 " + month(eliminated) + " 晚于本月 "
                    + month(currentMonth) + "，不能提前标注消除");
        }
        long months = ChronoUnit.MONTHS.between(identified, eliminated);
        String span = "识别于 " + month(identified) + "，拟消除于 " + month(eliminated) + "，相隔 " + months + " 个月";
        if (months <= 1) {
            return RuleCheck.fail(MIN_MONTHS, label, true, span + "：识别当月及次月不能消除风险");
        }
        if (months < MIN_MONTHS_SINCE_IDENTIFIED) {
            return RuleCheck.fail(MIN_MONTHS, label, false, span + "，不足6个月；确需消除请填写理由");
        }
        return RuleCheck.pass(MIN_MONTHS, label, true, span);
    }

    // ---------------------------------------------------------------- 2. measures for 帮扶消除

    static RuleCheck measureForAssisted(Proposal p, YearMonth currentMonth) {
        String label = "帮扶消除须有帮扶措施";
        if (!Episode.ASSISTED.equals(p.method())) {
            String method = p.method() == null ? "未选择消除方式" : "消除方式为“" + p.method() + "”";
            return RuleCheck.pass(MEASURE_FOR_ASSISTED, label, true, method + "，不适用（仅帮扶消除要求帮扶措施）");
        }
        LocalDate monthEnd = (p.eliminatedMonth() != null ? p.eliminatedMonth() : currentMonth).atEndOfMonth();
        long count = p.measures().stream()
                .filter(m -> m.startOn() != null && !m.startOn().isAfter(monthEnd))
                .count();
        if (count == 0) {
            return RuleCheck.fail(MEASURE_FOR_ASSISTED, label, true,
                    "帮扶消除须至少有一项在消除月底前开始的帮扶措施，请先在「一户一策」登记措施，或改为自然消除");
        }
        return RuleCheck.pass(MEASURE_FOR_ASSISTED, label, true, "已登记帮扶措施 " + count + " 项");
    }

    // ---------------------------------------------------------------- 3. income above the threshold

    static RuleCheck incomeAboveThreshold(Proposal p) {
        String label = "人均纯收入高于监测标准";
        List<String> missing = new ArrayList<>();
        Threshold threshold = p.threshold();
        Integer year = p.eliminatedMonth() == null ? null : p.eliminatedMonth().getYear();
        if (threshold == null) {
            missing.add("未设置 " + (year == null ? "该" : year) + " 年监测标准，请到「设置」填写");
        } else if (year != null && threshold.year() != year) {
            missing.add("监测标准为 " + threshold.year() + " 年的，应使用 " + year + " 年的标准，请到「设置」填写");
        }
        if (p.after() == null) {
            missing.add("未填写消除后收入信息，请填写");
        }
        if (!missing.isEmpty()) {
            return RuleCheck.fail(INCOME_ABOVE_THRESHOLD, label, true, String.join("；", missing));
        }
        long perPerson = p.after().netIncomePerPerson();
        String comparison = "消除后人均纯收入 " + yuan(perPerson) + " 元，" + threshold.year() + " 年监测标准 "
                + yuan(threshold.amount()) + " 元";
        if (perPerson <= threshold.amount()) {
            return RuleCheck.fail(INCOME_ABOVE_THRESHOLD, label, true, comparison + "：未高于监测标准，不能消除风险");
        }
        return RuleCheck.pass(INCOME_ABOVE_THRESHOLD, label, true, comparison);
    }

    private static String yuan(long fen) {
        return new Fen(fen).toYuanString();
    }

    // ---------------------------------------------------------------- 4. 三保障 and water

    static RuleCheck guaranteesSecured(Proposal p) {
        String label = "三保障和饮水安全有保障";
        EpisodeSnapshot a = p.after();
        if (a == null) {
            return RuleCheck.fail(GUARANTEES_SECURED, label, true, "未填写消除后三保障和饮水情况，请填写");
        }
        List<String> problems = new ArrayList<>();
        if (a.schoolDropout()) {
            problems.add("有义务教育阶段适龄儿童少年失学辍学");
        }
        if (!a.housingSafe()) {
            problems.add("住房不安全");
        }
        if (a.memberUninsured()) {
            problems.add("有家庭成员未参加基本医疗保险");
        }
        if (!a.waterSafe()) {
            problems.add("饮水不安全");
        }
        if (!problems.isEmpty()) {
            return RuleCheck.fail(GUARANTEES_SECURED, label, true,
                    "未保障：" + String.join("、", problems) + "，解决后才能消除风险");
        }
        return RuleCheck.pass(GUARANTEES_SECURED, label, true, "义务教育、住房安全、基本医疗保险和饮水安全均有保障");
    }

    // ---------------------------------------------------------------- 5. labour capacity

    static RuleCheck labourCapacity(Proposal p) {
        return labourCapacity(p.household());
    }

    private static RuleCheck labourCapacity(Household household) {
        String label = "非整户无劳动能力";
        if (household.noLabourCapacity()) {
            return RuleCheck.fail(LABOUR_CAPACITY, label, true, "整户无劳动能力的家庭应继续监测，纳入兜底保障");
        }
        return RuleCheck.pass(LABOUR_CAPACITY, label, true, "家庭有劳动能力");
    }

    // ---------------------------------------------------------------- 6. post-elimination fields

    static RuleCheck postFieldsFilled(Proposal p) {
        String label = "消除后信息填写完整";
        List<String> missing = new ArrayList<>();
        if (p.after() == null) {
            missing.add("消除后收入和三保障情况");
        } else if (p.after().persons() <= 0) {
            missing.add("家庭人口数");
        }
        if (p.method() == null || !METHODS.contains(p.method())) {
            missing.add("消除方式（帮扶消除或自然消除）");
        }
        if (!missing.isEmpty()) {
            return RuleCheck.fail(POST_FIELDS_FILLED, label, true, "请填写：" + String.join("、", missing));
        }
        return RuleCheck.pass(POST_FIELDS_FILLED, label, true,
                "消除方式“" + p.method() + "”，家庭人口 " + p.after().persons() + " 人，收入和三保障已填写");
    }

    // ---------------------------------------------------------------- 7. rigid spending

    static RuleCheck rigidSpending(Proposal p) {
        String label = "刚性支出可控";
        EpisodeSnapshot a = p.after();
        if (a == null) {
            return RuleCheck.pass(RIGID_SPENDING, label, false, "未填写消除后收入信息，无法判断（见收入规则）");
        }
        String figures = "合规自付支出 " + yuan(a.compliantSelfPaid()) + " 元，家庭纯收入 " + yuan(a.netIncome()) + " 元";
        if (2 * a.compliantSelfPaid() > a.netIncome()) {
            return RuleCheck.fail(RIGID_SPENDING, label, false,
                    figures + "：刚性支出超过纯收入的一半，风险未稳定消除；确需消除请填写理由");
        }
        return RuleCheck.pass(RIGID_SPENDING, label, false, figures + "，刚性支出未超过纯收入的一半");
    }
}
