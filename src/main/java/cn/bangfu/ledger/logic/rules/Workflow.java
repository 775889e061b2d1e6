package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.model.Finding.error;
import static cn.bangfu.ledger.model.Finding.warning;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Where a monitoring episode stands in its identification and elimination chains (DOMAIN §3), and what is
 * odd about its dated steps. Steps of kind {@code rollback} and {@code remark} are events, not chain steps.
 */
public final class Workflow {

    public static final String ROLLBACK = "rollback";
    public static final String REMARK = "remark";
    public static final String PUBLICITY = "publicity";
    public static final String ELIM_REVIEW = "elim_review";
    public static final String ELIM_MARK = "elim_mark";

    /** 识别: 农户申请及承诺授权 → … → 录入系统标注. */
    public static final List<String> IDENTIFICATION_CHAIN = List.of("apply", "home_check", "data_compare", "review",
            PUBLICITY, "town_review", "county_approval", "system_mark");

    /** 消除: 入户核实 → 民主评议公示 → 乡镇审核 → 县级审定 → 标注消除. */
    public static final List<String> ELIMINATION_CHAIN = List.of("elim_home_check", ELIM_REVIEW, "elim_town_review",
            "elim_county_approval", ELIM_MARK);

    /** Chinese labels of the step codes, as seeded in code list {@code episode_step}. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("apply", "农户申请及承诺授权"),
            Map.entry("home_check", "入户核查"),
            Map.entry("data_compare", "数据比对"),
            Map.entry("review", "民主评议"),
            Map.entry(PUBLICITY, "村内公示"),
            Map.entry("town_review", "乡镇审核"),
            Map.entry("county_approval", "县级审定公告"),
            Map.entry("system_mark", "录入系统标注"),
            Map.entry("elim_home_check", "入户核实"),
            Map.entry(ELIM_REVIEW, "民主评议公示"),
            Map.entry("elim_town_review", "乡镇审核（消除）"),
            Map.entry("elim_county_approval", "县级审定（消除）"),
            Map.entry(ELIM_MARK, "标注消除"),
            Map.entry(ROLLBACK, "风险消除回退"),
            Map.entry(REMARK, "风险再标注"));

    /** Steps that are a public notice (公示) with a last day. */
    public static final Set<String> PUBLICITY_STEPS = Set.of(PUBLICITY, ELIM_REVIEW);

    /** Minimum length of a 公示, in days, both ends included. */
    public static final int MIN_PUBLICITY_DAYS = 5;

    /**
     * Where an episode stands.
     *
     * @param nextStepCode      the step due next, or null when nothing is due
     * @param daysSinceLastStep days from the last step (or the first day of the identification month) to today
     * @param publicityRunning  a 公示 step covers today
     * @param publicityEnds     the last day of the running 公示, or null
     */
    public record Status(String nextStepCode, String nextStepLabel, long daysSinceLastStep, long daysSinceIdentified,
            boolean publicityRunning, LocalDate publicityEnds, List<Finding> findings) {
    }

    private Workflow() {
    }

    /** The Chinese label of a step code, or the code itself when unknown. */
    public static String label(String code) {
        return code == null ? null : LABELS.getOrDefault(code, code);
    }

    /** The status of an episode from its steps, on {@code today}. */
    public static Status status(Episode e, List<EpisodeStep> steps, LocalDate today) {
        Objects.requireNonNull(e, "e");
        Objects.requireNonNull(today, "today");
        List<EpisodeStep> ordered = ordered(steps);
        List<EpisodeStep> effective = withoutUndoneElimination(ordered);
        Map<String, EpisodeStep> latest = latestByKind(effective);
        String next = nextStep(e, latest, today);
        LocalDate identifiedOn = e.identifiedMonth().atDay(1);
        LocalDate lastOn = ordered.isEmpty() ? identifiedOn : ordered.getLast().stepOn();
        LocalDate publicityEnds = runningPublicityEnd(effective, today);
        return new Status(next, label(next), ChronoUnit.DAYS.between(lastOn, today),
                ChronoUnit.DAYS.between(identifiedOn, today), publicityEnds != null, publicityEnds,
                findings(ordered, latest, today));
    }

    // ---------------------------------------------------------------- the chains

    /** Steps by date; same-day steps by id (unsaved ones last), then as given. */
    private static List<EpisodeStep> ordered(List<EpisodeStep> steps) {
        return steps.stream()
                .sorted(Comparator.comparing(EpisodeStep::stepOn)
                        .thenComparing(EpisodeStep::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Drops elimination-chain steps before the last rollback that follows an elim_mark (an undone elimination). */
    private static List<EpisodeStep> withoutUndoneElimination(List<EpisodeStep> ordered) {
        int restart = -1;
        boolean marked = false;
        for (int i = 0; i < ordered.size(); i++) {
            String kind = ordered.get(i).kind();
            marked |= ELIM_MARK.equals(kind);
            if (ROLLBACK.equals(kind) && marked) {
                restart = i;
            }
        }
        List<EpisodeStep> kept = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            if (i > restart || !ELIMINATION_CHAIN.contains(ordered.get(i).kind())) {
                kept.add(ordered.get(i));
            }
        }
        return kept;
    }

    /** The latest step of each kind. */
    private static Map<String, EpisodeStep> latestByKind(List<EpisodeStep> ordered) {
        Map<String, EpisodeStep> latest = new HashMap<>();
        ordered.forEach(s -> latest.put(s.kind(), s));
        return latest;
    }

    private static String nextStep(Episode e, Map<String, EpisodeStep> latest, LocalDate today) {
        String missingIdentification = firstMissing(IDENTIFICATION_CHAIN, latest);
        if (missingIdentification != null) {
            return missingIdentification;
        }
        String missingElimination = firstMissing(ELIMINATION_CHAIN, latest);
        if (missingElimination == null) {
            return null;
        }
        boolean started = ELIMINATION_CHAIN.stream().anyMatch(latest::containsKey);
        long months = ChronoUnit.MONTHS.between(e.identifiedMonth(), YearMonth.from(today));
        boolean due = started || e.eliminated() || months >= EliminationRules.MIN_MONTHS_SINCE_IDENTIFIED;
        return due ? missingElimination : null;
    }

    private static String firstMissing(List<String> chain, Map<String, EpisodeStep> latest) {
        return chain.stream().filter(kind -> !latest.containsKey(kind)).findFirst().orElse(null);
    }

    private static LocalDate runningPublicityEnd(List<EpisodeStep> steps, LocalDate today) {
        return steps.stream()
                .filter(s -> PUBLICITY_STEPS.contains(s.kind()) && s.endOn() != null)
                .filter(s -> !s.stepOn().isAfter(today) && !s.endOn().isBefore(today))
                .map(EpisodeStep::endOn)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    // ---------------------------------------------------------------- findings

    private static List<Finding> findings(List<EpisodeStep> all, Map<String, EpisodeStep> latest, LocalDate today) {
        List<Finding> out = new ArrayList<>();
        checkOrder(IDENTIFICATION_CHAIN, latest, out);
        checkOrder(ELIMINATION_CHAIN, latest, out);
        for (EpisodeStep s : all) {
            checkPublicity(s, out);
            if (s.stepOn().isAfter(today)) {
                out.add(error("stepOn", "STEP_IN_FUTURE",
                        "「" + label(s.kind()) + "」的日期 " + s.stepOn() + " 晚于今天，请核对"));
            }
        }
        return out;
    }

    /** Each recorded step must not be dated before the nearest earlier recorded step of its chain. */
    private static void checkOrder(List<String> chain, Map<String, EpisodeStep> latest, List<Finding> out) {
        EpisodeStep previous = null;
        for (String kind : chain) {
            EpisodeStep step = latest.get(kind);
            if (step == null) {
                continue;
            }
            if (previous != null && step.stepOn().isBefore(previous.stepOn())) {
                out.add(warning("stepOn", "STEP_ORDER", "「" + label(kind) + "」的日期 " + step.stepOn()
                        + " 早于上一步「" + label(previous.kind()) + "」的日期 " + previous.stepOn() + "，请核对"));
            }
            previous = step;
        }
    }

    private static void checkPublicity(EpisodeStep s, List<Finding> out) {
        if (!PUBLICITY_STEPS.contains(s.kind())) {
            return;
        }
        if (s.endOn() == null) {
            out.add(warning("endOn", "PUBLICITY_NO_END",
                    "「" + label(s.kind()) + "」未填写公示结束日期，请填写（公示不少于" + MIN_PUBLICITY_DAYS + "天）"));
            return;
        }
        long days = ChronoUnit.DAYS.between(s.stepOn(), s.endOn()) + 1;
        if (days < MIN_PUBLICITY_DAYS) {
            out.add(warning("endOn", "PUBLICITY_TOO_SHORT", "「" + label(s.kind()) + "」公示 " + s.stepOn() + " 至 "
                    + s.endOn() + " 仅 " + days + " 天，应不少于" + MIN_PUBLICITY_DAYS + "天，请核对"));
        }
    }
}
