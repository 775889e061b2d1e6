package cn.bangfu.ledger.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One monitoring episode as the month's forms read it, with its dates, so that a past month is shown as it was:
 * when it was identified, and every elimination it had — the one in force now, and any later undone (风险消除回退,
 * or an import reverted), with the day it was undone.
 *
 * @param village      the household's village
 * @param villageOrder the village's place in the town's list
 * @param headName     户主, or null when the household has none recorded
 * @param risks        致贫/返贫风险 1–5 in order (as recorded now: risks are not dated)
 * @param noLabourCapacity 整户无劳动能力 (as recorded now)
 */
public record EpisodeHistory(long episodeId, long householdId, String householdNo, String village, long villageOrder,
        String headName, String category, String channel, YearMonth identifiedMonth, List<String> risks,
        boolean noLabourCapacity, List<Elimination> eliminations) {

    /** An elimination: its month and method, and the day it was undone (null while it stands). */
    public record Elimination(YearMonth month, String method, LocalDate undoneOn) {

        /** Whether it stood at the end of {@code m}: made by then, and not undone by then. */
        public boolean standsAt(YearMonth m) {
            return !month.isAfter(m) && (undoneOn == null || undoneOn.isAfter(m.atEndOfMonth()));
        }
    }

    public EpisodeHistory {
        risks = List.copyOf(risks);
        eliminations = List.copyOf(eliminations);
    }

    /** Whether the household was a 监测对象 of this episode at the end of {@code m}. */
    public boolean identifiedBy(YearMonth m) {
        return !identifiedMonth.isAfter(m);
    }

    /** The elimination in force at the end of {@code m}, if any. */
    public Optional<Elimination> eliminationAt(YearMonth m) {
        return eliminations.stream().filter(e -> e.standsAt(m)).reduce((a, b) -> b);
    }

    /** The elimination made in {@code m} that still stood at its end (one undone within the month does not count). */
    public Optional<Elimination> eliminatedIn(YearMonth m) {
        return eliminations.stream().filter(e -> e.month().equals(m) && e.standsAt(m)).reduce((a, b) -> b);
    }

    /** Whether the episode was identified and its risk not eliminated at the end of {@code m}. */
    public boolean openAt(YearMonth m) {
        return identifiedBy(m) && eliminationAt(m).isEmpty();
    }
}
