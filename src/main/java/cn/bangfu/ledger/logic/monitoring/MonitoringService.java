package cn.bangfu.ledger.logic.monitoring;

import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.logic.rules.EliminationRules.RuleCheck;
import cn.bangfu.ledger.logic.rules.Findings;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.logic.settings.RateTableService;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.OpenCase;
import cn.bangfu.ledger.model.Threshold;
import cn.bangfu.ledger.model.VillageCategory;
import cn.bangfu.ledger.model.VillageTotals;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 防返贫动态监测: opening episodes, recording workflow steps, eliminating risks only through the rules,
 * 风险消除回退 and 风险再标注, assistance measures, and what the 监测帮扶 screen shows. The threshold an
 * elimination is checked against comes from the rate tables ({@link RateTableService}).
 */
public final class MonitoringService {

    /** A new episode: identification with its risks and the income and 三保障 snapshot at that time. */
    public record NewEpisode(long householdId, String category, String channel, YearMonth identifiedMonth,
            List<String> risks, String contactName, String contactPhone, EpisodeSnapshot identified) {
    }

    /** The elimination rules as they stand for a proposal, and the threshold they used (may be null). */
    public record EliminationReview(List<RuleCheck> checks, Threshold threshold) {
        public boolean allowed(boolean reasonGiven) {
            return EliminationRules.allowed(checks, reasonGiven);
        }
    }

    /** One episode with its household, risks, steps and where its workflow stands. */
    public record EpisodeDetail(Household household, Episode episode, List<String> risks, List<EpisodeStep> steps,
            Workflow.Status status) {
    }

    /**
     * An open case with where its workflow stands, what needs attention, and the firm elimination rules that fail
     * whatever is proposed ({@link EliminationRules#standingBlocks}: empty when the risk could be eliminated).
     */
    public record CaseStatus(OpenCase openCase, Workflow.Status workflow, List<Finding> attention,
            List<RuleCheck> eliminationBlocks) {
    }

    /** What the 监测帮扶 dashboard shows. */
    public record Dashboard(List<VillageCategory> byVillageAndCategory, List<VillageTotals> villages, Map<String, Long> byRisk,
            Map<String, Long> byMeasureFamily, List<String> categories) {
    }

    private final Ledger ledger;
    private final SettingsService settings;
    private final RateTableService rates;
    private final Clock clock;

    public MonitoringService(Ledger ledger, SettingsService settings, RateTableService rates, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.rates = rates;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<CodeEntry> codes(String list) {
        return ledger.read(v -> v.codeLists().entries(list));
    }

    // ---- episodes

    /** The household's open episode, if it is being monitored. */
    public Optional<Episode> openEpisodeOf(long householdId) {
        return ledger.read(v -> v.episodes().ofHousehold(householdId)).stream().filter(e -> !e.eliminated()).findFirst();
    }

    /** Whether the household had a monitoring episode whose risk was eliminated (a new one is then a 风险再标注). */
    public boolean hadEliminatedEpisode(long householdId) {
        return ledger.read(v -> v.episodes().ofHousehold(householdId)).stream().anyMatch(Episode::eliminated);
    }

    /** Problems with a new episode before it is opened. */
    public List<Finding> checkNewEpisode(NewEpisode e) {
        return ledger.read(v -> checkNew(v, e, false));
    }

    /** Problems with a 风险再标注 before it is opened (the household's risk must have been eliminated). */
    public List<Finding> checkRemark(NewEpisode e) {
        return ledger.read(v -> checkNew(v, e, true));
    }

    /** One episode as the dialogs show it. */
    public EpisodeDetail episodeDetail(long episodeId) {
        LocalDate today = today();
        return ledger.read(v -> {
            Episode e = episode(v, episodeId);
            List<EpisodeStep> steps = v.episodes().steps(episodeId);
            return new EpisodeDetail(v.households().get(e.householdId()).orElseThrow(), e,
                    v.episodes().risks(episodeId), steps, Workflow.status(e, steps, today));
        });
    }

    /** One measure. */
    public Measure measure(long measureId) {
        return ledger.read(v -> v.measures().get(measureId))
                .orElseThrow(() -> new LedgerException("找不到这条帮扶措施（编号 " + measureId + "）。"));
    }

    private List<Finding> checkNew(LedgerView v, NewEpisode e, boolean remark) {
        List<Finding> findings = new ArrayList<>();
        Optional<Household> h = v.households().get(e.householdId());
        if (h.isEmpty()) {
            findings.add(Finding.error(null, "HOUSEHOLD_MISSING", "找不到这一户。"));
            return findings;
        }
        List<Episode> episodes = v.episodes().ofHousehold(e.householdId());
        if (episodes.stream().anyMatch(x -> !x.eliminated())) {
            findings.add(Finding.error(null, "EPISODE_OPEN", "该户已有未消除风险的监测记录，不能再新开一条。"));
        }
        if (remark && episodes.stream().noneMatch(Episode::eliminated)) {
            findings.add(Finding.error(null, "REMARK_NEEDS_ELIMINATED", "风险再标注只用于已消除风险的监测户。"));
        }
        if (!isCode(v, "monitor_category", e.category())) {
            findings.add(Finding.error("category", "CATEGORY", "请选择监测对象类别。"));
        }
        if (!isCode(v, "discovery_channel", e.channel())) {
            findings.add(Finding.error("channel", "CHANNEL", "请选择发现方式（农户自主申报/干部排查/部门筛查预警）。"));
        }
        List<String> risks = e.risks() == null ? List.of() : e.risks();
        if (risks.isEmpty() || risks.size() > 5) {
            findings.add(Finding.error("risks", "RISK_COUNT", "请选择 1 到 5 项致贫/返贫风险。"));
        }
        if (new HashSet<>(risks).size() != risks.size()) {
            findings.add(Finding.error("risks", "RISK_DUPLICATE", "风险不能重复选择。"));
        }
        for (String r : risks) {
            if (!isCode(v, "risk", r)) {
                findings.add(Finding.error("risks", "RISK_UNKNOWN", "“" + r + "”不在风险类型字典中。"));
            }
        }
        YearMonth now = YearMonth.from(today());
        if (e.identifiedMonth() == null || e.identifiedMonth().isAfter(now)) {
            findings.add(Finding.error("identifiedMonth", "MONTH", "识别监测时间不能为空，也不能晚于本月。"));
        } else if (e.identifiedMonth().isBefore(now.minusMonths(12))) {
            findings.add(Finding.warning("identifiedMonth", "MONTH_OLD", "识别监测时间在一年以前，请确认是补录。"));
        }
        EpisodeSnapshot s = e.identified();
        if (s == null || s.persons() <= 0) {
            findings.add(Finding.error("identified", "SNAPSHOT", "请填写识别时的家庭人口、收入和三保障情况。"));
        } else if (negative(s)) {
            findings.add(Finding.error("identified", "AMOUNT_NEGATIVE", "收入和支出金额不能为负数。"));
        }
        return findings;
    }

    /** Opens a monitoring episode with its risks and identification snapshot; returns its id. */
    public long openEpisode(NewEpisode e, String reason) {
        String why = Findings.requireSavable(checkNewEpisode(e), reason);
        return ledger.write(change(why), tx -> insertEpisode(tx, e, null));
    }

    private static long insertEpisode(cn.bangfu.ledger.store.LedgerTx tx, NewEpisode e, Long previous) {
        long id = tx.episodes().add(new Episode(null, e.householdId(), e.category(), e.channel(),
                e.identifiedMonth(), blank(e.contactName()), blank(e.contactPhone()), false, null, null, null,
                previous), e.risks());
        tx.episodes().addSnapshot(withEpisode(e.identified(), id, EpisodeSnapshot.IDENTIFIED), e.householdId());
        return id;
    }

    /** Records a workflow step (its date; for 公示 also the last day); returns its id. */
    public long recordStep(long episodeId, String kind, LocalDate on, LocalDate endOn, String note, String reason) {
        Episode e = episode(episodeId);
        if (!isCode(kind, "episode_step") || Workflow.ROLLBACK.equals(kind) || Workflow.REMARK.equals(kind)) {
            throw new LedgerException("请选择要登记的流程步骤。");
        }
        if (Workflow.ELIM_MARK.equals(kind)) {
            throw new LedgerException("“标注消除”只能通过“风险消除”完成：那里会逐条检查消除条件。");
        }
        if (e.eliminated()) {
            throw new LedgerException("这条监测记录已于 " + Months.text(e.eliminatedMonth()) + " 消除风险，不能再登记流程步骤；"
                    + "如需重新监测，请用“风险消除回退”或“风险再标注”。");
        }
        if (on == null) {
            throw new LedgerException("请填写步骤日期。");
        }
        if (endOn != null && endOn.isBefore(on)) {
            throw new LedgerException("公示结束日期不能早于开始日期。");
        }
        EpisodeStep step = new EpisodeStep(null, episodeId, kind, on, endOn, blank(note));
        List<EpisodeStep> steps = new ArrayList<>(ledger.read(v -> v.episodes().steps(episodeId)));
        List<Finding> before = Workflow.status(e, steps, today()).findings();
        steps.add(step);
        List<Finding> after = new ArrayList<>(Workflow.status(e, steps, today()).findings());
        after.removeAll(before); // only what this step brings
        String why = Findings.requireSavable(after, reason);
        return ledger.write(change(why), tx -> tx.episodes().addStep(step, e.householdId()));
    }

    /** How the elimination rules stand for a proposal: every rule, passed or not, firm or not. */
    public EliminationReview reviewElimination(long episodeId, YearMonth month, String method, EpisodeSnapshot after) {
        return ledger.read(v -> review(v, episode(v, episodeId), month, method, after));
    }

    private EliminationReview review(LedgerView v, Episode e, YearMonth month, String method, EpisodeSnapshot after) {
        Household h = v.households().get(e.householdId()).orElseThrow();
        Threshold threshold = month == null ? null : rates.thresholdIn(v, h, month.getYear()).orElse(null);
        List<RuleCheck> checks = EliminationRules.evaluate(new EliminationRules.Proposal(e, h, month, method,
                after == null ? null : withEpisode(after, e.id(), EpisodeSnapshot.ELIMINATED),
                v.measures().ofHousehold(h.id()), threshold), YearMonth.from(today()));
        return new EliminationReview(checks, threshold);
    }

    /**
     * Eliminates the risk (标注消除): refuses when a firm rule fails, or a warned rule fails without a reason;
     * records the post-elimination snapshot, the elimination month and method, and the 标注消除 step.
     */
    public void eliminate(long episodeId, YearMonth month, String method, EpisodeSnapshot after, LocalDate markedOn,
            String overrideReason) {
        Episode e = episode(episodeId);
        if (e.eliminated()) {
            throw new LedgerException("这条监测记录已于 " + Months.text(e.eliminatedMonth()) + " 消除风险。");
        }
        String why = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        EliminationReview review = reviewElimination(episodeId, month, method, after);
        if (!review.allowed(why != null)) {
            StringBuilder sb = new StringBuilder("不能消除风险：\n");
            review.checks().stream().filter(c -> !c.passed())
                    .forEach(c -> sb.append("· ").append(c.label()).append("：").append(c.message())
                            .append(c.firm() ? "" : "（可填写原因后继续）").append('\n'));
            throw new LedgerException(sb.toString().strip());
        }
        boolean overridden = review.checks().stream().anyMatch(c -> !c.passed());
        LocalDate mark = markedOn == null ? today() : markedOn;
        if (mark.isAfter(today())) {
            throw new LedgerException("标注消除日期不能晚于今天。");
        }
        ledger.update(change(why), tx -> {
            tx.episodes().update(new Episode(e.id(), e.householdId(), e.category(), e.channel(), e.identifiedMonth(),
                    e.contactName(), e.contactPhone(), true, method, month, overridden ? why : null,
                    e.previousEpisodeId()));
            tx.episodes().putSnapshot(withEpisode(after, e.id(), EpisodeSnapshot.ELIMINATED), e.householdId());
            tx.episodes().addStep(new EpisodeStep(null, e.id(), Workflow.ELIM_MARK, mark, null, null),
                    e.householdId());
        });
    }

    /** 风险消除回退: undoes an unstable elimination; the episode is open again. A reason is required. */
    public void rollback(long episodeId, LocalDate on, String reason) {
        Episode e = episode(episodeId);
        if (!e.eliminated()) {
            throw new LedgerException("这条监测记录尚未消除风险，无需回退。");
        }
        if (reason == null || reason.isBlank()) {
            throw new LedgerException("风险消除回退需要填写原因。");
        }
        boolean otherOpen = ledger.read(v -> v.episodes().ofHousehold(e.householdId())).stream()
                .anyMatch(x -> !x.eliminated());
        if (otherOpen) {
            throw new LedgerException("该户已有新的监测记录（风险再标注），不能再回退这一条。");
        }
        LocalDate date = on == null ? today() : on;
        ledger.update(change(reason.strip()), tx -> {
            tx.episodes().update(new Episode(e.id(), e.householdId(), e.category(), e.channel(), e.identifiedMonth(),
                    e.contactName(), e.contactPhone(), false, null, null, null, e.previousEpisodeId()));
            tx.episodes().addStep(new EpisodeStep(null, e.id(), Workflow.ROLLBACK, date, null, reason.strip()),
                    e.householdId());
        });
    }

    /** 风险再标注: a household whose risk was eliminated is at risk again; opens a new episode after the last. */
    public long remark(NewEpisode e, String reason) {
        List<Finding> findings = ledger.read(v -> checkNew(v, e, true));
        String why = Findings.requireSavable(findings, reason);
        Episode previous = ledger.read(v -> v.episodes().ofHousehold(e.householdId())).stream()
                .filter(Episode::eliminated).reduce((a, b) -> b).orElseThrow();
        return ledger.write(change(why), tx -> {
            long id = insertEpisode(tx, e, previous.id());
            tx.episodes().addStep(new EpisodeStep(null, id, Workflow.REMARK, e.identifiedMonth().atDay(1)
                    .isAfter(today()) ? today() : e.identifiedMonth().atDay(1), null, null), e.householdId());
            return id;
        });
    }

    // ---- measures

    /** Problems with a measure before it is added. */
    public List<Finding> checkMeasure(Measure m) {
        return ledger.read(v -> {
            List<Finding> findings = new ArrayList<>();
            if (v.households().get(m.householdId()).isEmpty()) {
                findings.add(Finding.error(null, "HOUSEHOLD_MISSING", "找不到这一户。"));
            }
            if (!isCode(v, "measure_family", m.family())) {
                findings.add(Finding.error("family", "FAMILY", "请选择帮扶措施类别。"));
            }
            if (m.startOn() == null) {
                findings.add(Finding.error("startOn", "START_REQUIRED", "请填写开始日期。"));
            } else if (m.endOn() != null && m.endOn().isBefore(m.startOn())) {
                findings.add(Finding.error("endOn", "END_BEFORE_START", "结束日期不能早于开始日期。"));
            } else if (m.startOn().isAfter(today().plusYears(1))) {
                findings.add(Finding.warning("startOn", "START_FAR", "开始日期在一年以后，请核对。"));
            }
            if (m.amount() != null && m.amount() < 0) {
                findings.add(Finding.error("amount", "AMOUNT_NEGATIVE", "金额不能为负数。"));
            }
            if (m.memberId() != null && v.members().get(m.memberId()).map(Member::householdId)
                    .filter(h -> h == m.householdId()).isEmpty()) {
                findings.add(Finding.error("memberId", "MEMBER_OTHER_HOUSEHOLD", "所选成员不属于这一户。"));
            }
            if (m.fundId() != null && v.funds().fund(m.fundId()).isEmpty()) {
                findings.add(Finding.error("fundId", "FUND_MISSING", fundMissing(m.fundId())));
            }
            if ("金融帮扶".equals(m.family()) && m.amount() != null && m.amount() > 50_000_00L) {
                findings.add(Finding.warning("amount", "MICROCREDIT_LIMIT", "小额信贷一般不超过 5 万元，请核对。"));
            }
            return findings;
        });
    }

    /** Adds a measure (一户一策); returns its id. */
    public long addMeasure(Measure m, String reason) {
        String why = Findings.requireSavable(checkMeasure(m), reason);
        Measure clean = new Measure(null, m.householdId(), m.memberId(), m.family(), blank(m.detail()), m.startOn(),
                m.endOn(), m.amount(), blank(m.fundText()), m.fundId(), blank(m.cadre()), blank(m.note()));
        return ledger.write(change(why), tx -> {
            if (clean.fundId() != null && tx.funds().fund(clean.fundId()).isEmpty()) {
                throw new LedgerException(fundMissing(clean.fundId())); // removed since the check: never a dangling id
            }
            return tx.measures().add(clean);
        });
    }

    private static String fundMissing(long fundId) {
        return "所选的支付资金（编号 " + fundId + "）在账本中不存在，可能已被删除。请重新选择资金，或选“不指定”。";
    }

    /** The ledger's funds, the newest year first: what a measure with an amount may be paid from. */
    public List<Fund> funds() {
        return ledger.read(v -> v.funds().funds());
    }

    /** Ends a measure on a date. */
    public void endMeasure(long measureId, LocalDate endOn) {
        Measure m = ledger.read(v -> v.measures().get(measureId))
                .orElseThrow(() -> new LedgerException("找不到这条帮扶措施。"));
        if (endOn == null || endOn.isBefore(m.startOn())) {
            throw new LedgerException("结束日期不能为空，也不能早于开始日期 " + m.startOn() + "。");
        }
        ledger.update(settings.change(), tx -> tx.measures().update(new Measure(m.id(), m.householdId(),
                m.memberId(), m.family(), m.detail(), m.startOn(), endOn, m.amount(), m.fundText(), m.fundId(),
                m.cadre(), m.note())));
    }

    // ---- what the screen shows

    public Dashboard dashboard() {
        LocalDate today = today();
        return ledger.read(v -> new Dashboard(v.monitoring().openByVillageAndCategory(),
                v.monitoring().villageTotals(), v.monitoring().openByRisk(),
                v.monitoring().monitoredByActiveMeasureFamily(today),
                v.codeLists().entries("monitor_category").stream().map(CodeEntry::code).toList()));
    }

    /** Every open case with its next step, days elapsed and what needs attention. */
    public List<CaseStatus> workQueue() {
        LocalDate today = today();
        List<OpenCase> cases = ledger.read(v -> v.monitoring().openCases());
        List<CaseStatus> statuses = new ArrayList<>(cases.size());
        for (OpenCase c : cases) {
            statuses.add(status(c, today));
        }
        return statuses;
    }

    /**
     * One open case, as {@link #workQueue()} gives it, read with the queries for this episode alone.
     *
     * @throws LedgerException when there is no such episode or its risk was eliminated
     */
    public CaseStatus openCase(long episodeId) {
        LocalDate today = today();
        return ledger.read(v -> v.monitoring().openCase(episodeId)).map(c -> status(c, today))
                .orElseThrow(() -> new LedgerException("找不到这条未消除风险的监测记录（编号 " + episodeId
                        + "），可能已消除或已被删除。请刷新后再试。"));
    }

    private static CaseStatus status(OpenCase c, LocalDate today) {
        return new CaseStatus(c, Workflow.status(c.episode(), c.steps(), today),
                AttentionChecks.check(c.household(), c.members(), c.episode(), c.risks(), c.measures(),
                        c.latestCheck(), c.latestIncome(), today),
                EliminationRules.standingBlocks(c.household()));
    }

    // ---- helpers

    private Episode episode(long id) {
        return ledger.read(v -> episode(v, id));
    }

    private static Episode episode(LedgerView v, long id) {
        return v.episodes().get(id).orElseThrow(() -> new LedgerException("找不到这条监测记录（编号 " + id + "）。"));
    }

    private boolean isCode(String code, String list) {
        return ledger.read(v -> isCode(v, list, code));
    }

    private static boolean isCode(LedgerView v, String list, String code) {
        return code != null && v.codeLists().entries(list).stream().anyMatch(c -> c.code().equals(code));
    }

    private static boolean negative(EpisodeSnapshot s) {
        return s.wageIncome() < 0 || s.businessIncome() < 0 || s.propertyIncome() < 0 || s.transferIncome() < 0
                || s.businessExpense() < 0 || s.claimsIncome() < 0 || s.compliantSelfPaid() < 0;
    }

    static EpisodeSnapshot withEpisode(EpisodeSnapshot s, long episodeId, String phase) {
        if (s == null) {
            throw new LedgerException("请填写家庭人口、收入和三保障情况。");
        }
        return new EpisodeSnapshot(episodeId, phase, s.persons(), s.wageIncome(), s.businessIncome(),
                s.propertyIncome(), s.transferIncome(), s.businessExpense(), s.claimsIncome(), s.compliantSelfPaid(),
                s.schoolDropout(), s.housingSafe(), s.memberUninsured(), s.waterSafe());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private Change change(String reason) {
        return reason == null ? settings.change() : settings.change().because(reason);
    }
}
