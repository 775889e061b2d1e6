package cn.bangfu.ledger.logic.monitoring;

import cn.bangfu.ledger.logic.monitoring.MonitoringService.CaseStatus;
import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.EpisodeListing;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.OpenCase;
import cn.bangfu.ledger.model.OpenLead;
import cn.bangfu.ledger.store.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clerk's work, as the 监测帮扶 page lists it and the home page counts it: every list from one read, so
 * that the number on a home card is the number of rows of the list it opens.
 *
 * <ul>
 * <li>公示中: a 公示 covers today; 公示期满待审核: the 公示 is over and the 乡镇审核 after it is the next step;</li>
 * <li>满六个月可评估消除: the 入户核实 of the elimination is due and no firm rule blocks it (else 有硬性规则阻止消除);</li>
 * <li>识别满一月未落实开发式措施 and 需要关注: the attention checks (one row per finding);</li>
 * <li>推送线索未处置: leads without a decision;</li>
 * <li>本月新识别 and 本月风险消除: episodes identified, or eliminated, this month.</li>
 * </ul>
 */
public final class WorkQueue {

    /** The attention finding that has a list of its own. */
    public static final String NO_DEVELOPMENT_MEASURE = "NO_DEVELOPMENT_MEASURE";
    /** The next step that makes an episode due for the elimination assessment. */
    public static final String ELIM_HOME_CHECK = "elim_home_check";
    /** The reviews that follow a 公示 (identification and elimination). */
    static final Set<String> REVIEW_AFTER_PUBLICITY = Set.of("town_review", "elim_town_review");

    /** The lists, in the order the monitoring page shows them. */
    public enum Kind {
        PUBLICITY, PUBLICITY_ENDED, ELIMINATION_DUE, ELIMINATION_BLOCKED, NO_DEVELOPMENT, ATTENTION, LEADS,
        NEW_THIS_MONTH, ELIMINATED_THIS_MONTH
    }

    /** One row of an open-case list: the case, and for the attention lists the finding the row is about. */
    public record Entry(CaseStatus status, Finding finding) {
    }

    /**
     * What one read found.
     *
     * @param cases      the open-case lists (公示中 … 需要关注), each row an entry
     * @param leads      推送线索未处置, oldest first
     * @param identified 本月新识别
     * @param eliminated 本月风险消除
     */
    public record Lists(LocalDate today, Map<Kind, List<Entry>> cases, List<OpenLead> leads,
            List<EpisodeListing> identified, List<EpisodeListing> eliminated) {

        /** The open-case list of a kind (empty for the other kinds). */
        public List<Entry> entries(Kind kind) {
            return cases.getOrDefault(kind, List.of());
        }

        /** How many rows the list of a kind has. */
        public int count(Kind kind) {
            return switch (kind) {
                case LEADS -> leads.size();
                case NEW_THIS_MONTH -> identified.size();
                case ELIMINATED_THIS_MONTH -> eliminated.size();
                default -> entries(kind).size();
            };
        }
    }

    private final Ledger ledger;
    private final Clock clock;

    public WorkQueue(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Reads every list in one read of the ledger. */
    public Lists read() {
        LocalDate today = LocalDate.now(clock);
        YearMonth month = YearMonth.from(today);
        record Read(List<OpenCase> cases, List<OpenLead> leads, List<EpisodeListing> identified,
                List<EpisodeListing> eliminated) {
        }
        Read r = ledger.read(v -> new Read(v.monitoring().openCases(), v.leads().openWithHousehold(),
                v.monitoring().identifiedIn(month), v.monitoring().eliminatedIn(month)));
        return new Lists(today, classify(statuses(r.cases(), today)), r.leads(), r.identified(), r.eliminated());
    }

    /** Where each open case stands: the same rules as {@link MonitoringService#workQueue()}. */
    public static List<CaseStatus> statuses(List<OpenCase> cases, LocalDate today) {
        List<CaseStatus> out = new ArrayList<>(cases.size());
        for (OpenCase c : cases) {
            out.add(new CaseStatus(c, Workflow.status(c.episode(), c.steps(), today),
                    AttentionChecks.check(c.household(), c.members(), c.episode(), c.risks(), c.measures(),
                            c.latestCheck(), c.latestIncome(), today),
                    EliminationRules.standingBlocks(c.household())));
        }
        return out;
    }

    /** Sorts the open cases into their lists (a case may be in several; one attention row per finding). */
    public static Map<Kind, List<Entry>> classify(List<CaseStatus> work) {
        Map<Kind, List<Entry>> out = new EnumMap<>(Kind.class);
        for (Kind k : List.of(Kind.PUBLICITY, Kind.PUBLICITY_ENDED, Kind.ELIMINATION_DUE, Kind.ELIMINATION_BLOCKED,
                Kind.NO_DEVELOPMENT, Kind.ATTENTION)) {
            out.put(k, new ArrayList<>());
        }
        for (CaseStatus c : work) {
            Workflow.Status w = c.workflow();
            if (w.publicityRunning()) {
                out.get(Kind.PUBLICITY).add(new Entry(c, null));
            } else if (w.nextStepCode() != null && REVIEW_AFTER_PUBLICITY.contains(w.nextStepCode())) {
                out.get(Kind.PUBLICITY_ENDED).add(new Entry(c, null));
            }
            if (ELIM_HOME_CHECK.equals(w.nextStepCode())) {
                out.get(c.eliminationBlocks().isEmpty() ? Kind.ELIMINATION_DUE : Kind.ELIMINATION_BLOCKED)
                        .add(new Entry(c, null));
            }
            for (Finding f : c.attention()) {
                out.get(NO_DEVELOPMENT_MEASURE.equals(f.code()) ? Kind.NO_DEVELOPMENT : Kind.ATTENTION)
                        .add(new Entry(c, f));
            }
        }
        return out;
    }
}
