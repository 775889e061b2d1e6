package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The dated workflow steps of demo episodes, recorded through {@link MonitoringService#recordStep} (and the
 * 标注消除 through {@link MonitoringService#eliminate}, which checks every elimination rule): each step after
 * the one before it, a 公示 of 5–7 days, nothing after the as-of date but the last day of a 公示 still running.
 */
final class DemoSteps {

    private final MonitoringService monitoring;
    private final RandomGenerator random;
    private final LocalDate asOf;

    DemoSteps(MonitoringService monitoring, RandomGenerator random, LocalDate asOf) {
        this.monitoring = monitoring;
        this.random = random;
        this.asOf = asOf;
    }

    /**
     * The identification chain from early in {@code month}, as far as the as-of date has come. With
     * {@code publicityNow} (for an episode identified in the as-of month) the chain is dated back from a 村内公示
     * begun in the last few days, so it is still running on the as-of date, when the month leaves room for the
     * steps before it.
     *
     * @return whether the chain ends in a 公示 still running on the as-of date
     */
    boolean identification(long episodeId, YearMonth month, boolean publicityNow) {
        List<String> chain = Workflow.IDENTIFICATION_CHAIN;
        int publicity = chain.indexOf(Workflow.PUBLICITY);
        if (publicityNow) {
            LocalDate[] on = new LocalDate[publicity + 1];
            on[publicity] = asOf.minusDays(random.nextInt(4));
            for (int i = publicity - 1; i >= 0; i--) {
                on[i] = on[i + 1].minusDays(1 + random.nextInt(3));
            }
            if (!on[0].isBefore(month.atDay(1))) {
                for (int i = 0; i <= publicity; i++) {
                    LocalDate end = i == publicity ? on[i].plusDays(5 + random.nextInt(3)) : null;
                    monitoring.recordStep(episodeId, chain.get(i), on[i], end, null, null);
                }
                return true;
            }
        }
        LocalDate d = month.atDay(1 + random.nextInt(8));
        for (String kind : chain) {
            if (d.isAfter(asOf)) {
                return false; // still in progress
            }
            LocalDate end = Workflow.PUBLICITY.equals(kind) ? d.plusDays(5 + random.nextInt(3)) : null;
            monitoring.recordStep(episodeId, kind, d, end, null, null);
            if (end != null && end.isAfter(asOf)) {
                return true; // the 公示 runs on: nothing after it has happened yet
            }
            d = (end != null ? end : d).plusDays(1 + random.nextInt(3));
        }
        return false;
    }

    /**
     * The whole elimination chain, its 标注消除 in the elimination month (by the as-of date at the latest); the
     * risk is then eliminated through the rules with the snapshot {@code after}.
     */
    void eliminate(long episodeId, YearMonth month, String method, EpisodeSnapshot after) {
        int lastDay = month.equals(YearMonth.from(asOf)) ? asOf.getDayOfMonth() : 28;
        EpisodeStep[] chain = datedBackwards(episodeId, Workflow.ELIMINATION_CHAIN,
                month.atDay(1 + random.nextInt(lastDay)));
        for (int i = 0; i < chain.length - 1; i++) {
            record(chain[i]);
        }
        monitoring.eliminate(episodeId, month, method, after, chain[chain.length - 1].stepOn(), null);
    }

    /** An open episode whose elimination has begun: the first one to four steps, the last in recent weeks. */
    void eliminationUnderWay(long episodeId) {
        int done = 1 + random.nextInt(Workflow.ELIMINATION_CHAIN.size() - 1);
        for (EpisodeStep s : datedBackwards(episodeId, Workflow.ELIMINATION_CHAIN.subList(0, done),
                asOf.minusDays(random.nextInt(21)))) {
            record(s);
        }
    }

    private void record(EpisodeStep s) {
        monitoring.recordStep(s.episodeId(), s.kind(), s.stepOn(), s.endOn(), null, null);
    }

    /**
     * Steps of a chain, dated backwards from the last one's date so each follows the one before (the next step
     * after the last day of the 民主评议公示 of 5–7 days).
     */
    private EpisodeStep[] datedBackwards(long episodeId, List<String> kinds, LocalDate lastOn) {
        EpisodeStep[] steps = new EpisodeStep[kinds.size()];
        LocalDate d = lastOn; // the last day of the step being dated
        for (int i = kinds.size() - 1; i >= 0; i--) {
            String kind = kinds.get(i);
            LocalDate start = Workflow.ELIM_REVIEW.equals(kind) ? d.minusDays(4 + random.nextInt(3)) : d;
            steps[i] = new EpisodeStep(null, episodeId, kind, start, start.equals(d) ? null : d, null);
            d = start.minusDays(1 + random.nextInt(3));
        }
        return steps;
    }
}
