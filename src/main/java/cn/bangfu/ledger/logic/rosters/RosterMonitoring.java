package cn.bangfu.ledger.logic.rosters;

import static cn.bangfu.ledger.logic.rosters.RosterField.CATEGORY;
import static cn.bangfu.ledger.logic.rosters.RosterField.ELIMINATED_MONTH;
import static cn.bangfu.ledger.logic.rosters.RosterField.ELIMINATION_METHOD;
import static cn.bangfu.ledger.logic.rosters.RosterField.IDENTIFIED_MONTH;
import static cn.bangfu.ledger.logic.rosters.RosterField.MAIN_RISK;
import static cn.bangfu.ledger.logic.rosters.RosterField.RISK_ELIMINATED;
import static cn.bangfu.ledger.logic.rosters.RosterRow.firstValue;

import cn.bangfu.ledger.logic.settings.ThresholdLookup;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.logic.rules.EliminationRules.RuleCheck;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.model.Threshold;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The monitoring a county roster states for a household (监测对象类别, 致贫/返贫风险1–5, 识别监测时间, 风险是否已消除,
 * 风险消除方式, 消除监测时间, the income and 三保障 at identification and after elimination), set beside the
 * household's episodes in the ledger. The roster is the system of record: a monitored household without an open
 * episode gets one, a changed category is followed, and an elimination the roster states is recorded on the open
 * episode — but only through the ledger's elimination rules: a firm rule that fails holds the household back with
 * the rules named, a warned rule that fails is recorded as overridden by the roster.
 */
final class RosterMonitoring {

    /** The discovery channel of an episode opened from a roster, which does not say how it was found. */
    static final String CHANNEL_ROSTER = "未注明";

    /** What the comparison needs of the ledger's monitoring. */
    record Ledger(Map<Long, List<Episode>> episodes, Function<Long, List<Measure>> measures,
            IntFunction<List<Threshold>> thresholds, OfficeSettings office) {
    }

    /** An episode to open. */
    record Opening(String category, List<String> risks, YearMonth identified, EpisodeSnapshot snapshot,
            Long previousEpisodeId) {
    }

    /** An elimination to record (on the open episode, or on the one opened in the same import). */
    record Elimination(YearMonth month, String method, EpisodeSnapshot after, String overrideReason) {
    }

    /**
     * The monitoring changes of one household, as the preview lists them and the import writes them.
     *
     * @param openEpisodeId the household's open episode in the ledger (null when one is opened)
     * @param category      the new category of the open episode, or null when it stays
     */
    record Change(String householdNo, Opening open, Long openEpisodeId, String category, Elimination elimination,
            List<FieldChange> lines) {
    }

    private final Ledger ledger;
    private final YearMonth currentMonth;

    RosterMonitoring(Ledger ledger, YearMonth currentMonth) {
        this.ledger = ledger;
        this.currentMonth = currentMonth;
    }

    /**
     * What the roster's rows of one household ask of its monitoring; null when nothing changes. A problem that
     * stops it (a month or risk missing, an elimination the rules refuse) is put on {@code report} as an error,
     * which holds the household back.
     *
     * @param existing the household in the ledger, or null for a new one
     * @param proposed the household as it would stand (for the rules: 整户无劳动能力)
     * @param persons  its current members once imported
     */
    Change plan(String householdNo, Household existing, Household proposed, String village, List<RosterRow> rows,
            int persons, RosterRow report) {
        String category = firstValue(rows, CATEGORY);
        if (category == null) {
            return null; // not a monitoring object in the roster (or the roster has no such column)
        }
        List<Episode> episodes = existing == null ? List.of() : ledger.episodes().getOrDefault(existing.id(), List.of());
        Episode open = episodes.stream().filter(e -> !e.eliminated()).findFirst().orElse(null);
        YearMonth identified = firstValue(rows, IDENTIFIED_MONTH);
        boolean eliminated = Boolean.TRUE.equals(firstValue(rows, RISK_ELIMINATED));
        List<FieldChange> lines = new ArrayList<>();
        Opening opening = null;
        String newCategory = null;
        Episode target = open;
        if (open == null) {
            boolean recorded = episodes.stream().anyMatch(e -> e.identifiedMonth().equals(identified));
            if (recorded) {
                return null; // this episode is in the ledger already (and was eliminated there)
            }
            List<String> risks = risks(rows, report);
            if (identified == null || risks.isEmpty()) {
                report.problem(identified == null ? IDENTIFIED_MONTH : RosterField.RISK_1, RowProblem.MONITORING_REFUSED,
                        "花名册标注本户为监测对象（" + category + "），但缺少" + (identified == null ? "识别监测时间" : "致贫/返贫风险")
                                + "，无法建立监测记录：请在原表中补填后导入。整户暂缓导入。", true);
                return null;
            }
            if (identified.isAfter(currentMonth)) {
                report.problem(IDENTIFIED_MONTH, RowProblem.MONITORING_REFUSED, "识别监测时间 " + month(identified)
                        + " 晚于本月，请核对。整户暂缓导入。", true);
                return null;
            }
            Long previous = episodes.stream().filter(Episode::eliminated).map(Episode::id).reduce((a, b) -> b).orElse(null);
            EpisodeSnapshot snapshot = snapshot(rows, EpisodeSnapshot.IDENTIFIED, persons, false);
            opening = new Opening(category, risks, identified, snapshot, previous);
            lines.add(new FieldChange(previous == null ? "新纳入监测" : "风险再标注", null, category + "；"
                    + String.join("、", risks) + "；识别于 " + month(identified)
                    + (snapshot == null ? "（名册未含识别时的收入和三保障，请在监测记录中补录）" : "")));
            target = new Episode(null, existing == null ? 0 : existing.id(), category, CHANNEL_ROSTER, identified, null,
                    null, false, null, null, null, previous);
        } else if (!category.equals(open.category())) {
            newCategory = category;
            lines.add(new FieldChange("类别变化", open.category(), category));
        }
        Elimination elimination = null;
        if (eliminated) {
            elimination = elimination(rows, target, proposed, village, persons, report);
            if (elimination == null) {
                return null;
            }
            lines.add(new FieldChange("标注消除", null, elimination.method() + "，" + month(elimination.month())
                    + (elimination.overrideReason() == null ? "" : "（" + elimination.overrideReason() + "）")));
        }
        return lines.isEmpty() ? null
                : new Change(householdNo, opening, open == null ? null : open.id(), newCategory, elimination, lines);
    }

    /** The risks in order: 致贫/返贫风险1–5, or one 主要风险 column with several ("因病、因学"). */
    private static List<String> risks(List<RosterRow> rows, RosterRow report) {
        Set<String> out = new LinkedHashSet<>();
        for (RosterField f : RosterField.RISKS) {
            String r = firstValue(rows, f);
            if (r != null) {
                out.add(r);
            }
        }
        String main = firstValue(rows, MAIN_RISK);
        if (out.isEmpty() && main != null) {
            for (String r : main.split("[、,，;；/\\s]+")) {
                if (!r.isBlank()) {
                    out.add(r.strip());
                }
            }
        }
        return out.stream().limit(5).toList();
    }

    /**
     * A household new to the ledger can have no measures in it yet (a roster carries none), so for it 帮扶消除须有帮扶措施
     * cannot be judged: the county's marking is taken, and the rule is named in the elimination's override reason
     * (the clerk then records the measures on the card). Refusing it would refuse every eliminated household of
     * a first import.
     */
    private static RuleCheck asWarning(RuleCheck c) {
        return new RuleCheck(c.code(), c.label(), false, false, c.message());
    }

    private Elimination elimination(List<RosterRow> rows, Episode episode, Household household, String village, int persons,
            RosterRow report) {
        YearMonth month = firstValue(rows, ELIMINATED_MONTH);
        String method = firstValue(rows, ELIMINATION_METHOD);
        EpisodeSnapshot after = snapshot(rows, EpisodeSnapshot.ELIMINATED, persons, true);
        Threshold threshold = month == null ? null
                : ThresholdLookup.choose(ledger.thresholds().apply(month.getYear()), village, ledger.office()).orElse(null);
        List<Measure> measures = household.id() == null ? List.of() : ledger.measures().apply(household.id());
        List<RuleCheck> checks = EliminationRules.evaluate(new EliminationRules.Proposal(episode, household, month,
                method, after, measures, threshold), currentMonth);
        List<RuleCheck> failed = checks.stream().filter(c -> !c.passed()).map(c -> household.id() == null
                && EliminationRules.MEASURE_FOR_ASSISTED.equals(c.code()) ? asWarning(c) : c).toList();
        if (failed.stream().anyMatch(RuleCheck::firm)) {
            report.problem(RISK_ELIMINATED, RowProblem.MONITORING_REFUSED, "花名册标注本户风险已消除（"
                    + (method == null ? "未填消除方式" : method) + "，" + (month == null ? "未填消除监测时间" : month(month))
                    + "），但不符合账本的风险消除规则："
                    + failed.stream().filter(RuleCheck::firm).map(c -> c.label() + "：" + c.message())
                            .collect(Collectors.joining("；"))
                    + "。整户暂缓导入：请核实后在原表中改正，或先在账本中补录帮扶措施、设置监测标准后再导入。", true);
            return null;
        }
        String override = failed.isEmpty() ? null
                : "据县花名册标注消除，未满足：" + failed.stream().map(RuleCheck::label).collect(Collectors.joining("、"));
        return new Elimination(month, method, after, override);
    }

    /**
     * The income and 三保障 block of one phase as the roster gives it, or null when it gives no income or not every
     * 三保障 item. A blank amount beside given ones is 0 (the national system writes zero amounts so).
     */
    private static EpisodeSnapshot snapshot(List<RosterRow> rows, String phase, int persons, boolean after) {
        RosterField[] money = after
                ? new RosterField[] {RosterField.AFTER_WAGE_INCOME, RosterField.AFTER_BUSINESS_INCOME,
                    RosterField.AFTER_PROPERTY_INCOME, RosterField.AFTER_TRANSFER_INCOME,
                    RosterField.AFTER_BUSINESS_EXPENSE, RosterField.AFTER_CLAIMS_INCOME, RosterField.AFTER_SELF_PAID}
                : new RosterField[] {RosterField.WAGE_INCOME, RosterField.BUSINESS_INCOME, RosterField.PROPERTY_INCOME,
                    RosterField.TRANSFER_INCOME, RosterField.BUSINESS_EXPENSE, RosterField.CLAIMS_INCOME,
                    RosterField.SELF_PAID};
        long[] fen = new long[money.length];
        boolean anyIncome = false;
        for (int i = 0; i < money.length; i++) {
            Long v = firstValue(rows, money[i]);
            anyIncome |= v != null;
            fen[i] = v == null ? 0 : v;
        }
        Boolean dropout = firstValue(rows, after ? RosterField.AFTER_SCHOOL_DROPOUT : RosterField.SCHOOL_DROPOUT);
        Boolean uninsured = firstValue(rows,
                after ? RosterField.AFTER_MEMBER_UNINSURED : RosterField.MEMBER_UNINSURED);
        Boolean housingBad = firstValue(rows, after ? RosterField.AFTER_HOUSING_DAMAGED : RosterField.UNSAFE_HOUSING);
        Boolean water = after ? negate(firstValue(rows, RosterField.AFTER_WATER_DAMAGED))
                : firstValue(rows, RosterField.WATER_SAFE);
        if (!anyIncome || dropout == null || uninsured == null || housingBad == null || water == null || persons <= 0) {
            return null;
        }
        return new EpisodeSnapshot(0, phase, persons, fen[0], fen[1], fen[2], fen[3], fen[4], fen[5], fen[6], dropout,
                !housingBad, uninsured, water);
    }

    private static Boolean negate(Boolean b) {
        return b == null ? null : !b;
    }

    private static String month(YearMonth m) {
        return Months.text(m);
    }
}
