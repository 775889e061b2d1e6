package cn.bangfu.ledger.logic.reports.forms;

import cn.bangfu.ledger.logic.reports.FormContext;
import cn.bangfu.ledger.model.CodeEntry;
import cn.bangfu.ledger.model.EpisodeHistory;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.MeasureSpan;
import cn.bangfu.ledger.model.PersonSpans;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.store.LedgerView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated facts the month's monitoring forms are computed from, read in one read transaction: villages, code
 * lists, episodes identified by the month's end (with their eliminations), members with the day they left, and
 * measures with their spans.
 */
record MonthFacts(List<Village> villages, List<String> categories, List<String> risks, List<String> families,
        List<EpisodeHistory> episodes, Map<Long, PersonSpans> persons, Map<Long, List<MeasureSpan>> measures,
        Map<Long, List<EpisodeStep>> steps, Map<Long, List<EpisodeSnapshot>> snapshots) {

    static MonthFacts read(FormContext context, YearMonth month) {
        return context.shared(new Key(month), () -> context.read(v -> read(v, context, month)));
    }

    /** The key of a month's facts shared by the forms of one pack. */
    private record Key(YearMonth month) {
    }

    /** Reads within a read the caller already runs (one committed state with its own reads). */
    static MonthFacts read(LedgerView v, FormContext context, YearMonth month) {
        return new MonthFacts(v.villages().list(),
                v.codeLists().entries("monitor_category").stream().map(CodeEntry::code).toList(),
                v.codeLists().entries("risk").stream().map(CodeEntry::code).toList(),
                v.codeLists().entries("measure_family").stream().map(CodeEntry::code).toList(),
                v.reports().episodes(month, context.clock().getZone()), v.reports().persons(),
                v.reports().measures(), v.reports().steps(), v.reports().snapshots());
    }

    int persons(long household, LocalDate day) {
        PersonSpans p = persons.get(household);
        return p == null ? 0 : p.personsOn(day);
    }

    /** Each household's latest episode identified by the end of {@code m}. */
    Map<Long, EpisodeHistory> latestBy(YearMonth m) {
        Map<Long, EpisodeHistory> out = new LinkedHashMap<>();
        for (EpisodeHistory e : episodes) {
            if (e.identifiedBy(m)) {
                EpisodeHistory before = out.get(e.householdId());
                if (before == null || !e.identifiedMonth().isBefore(before.identifiedMonth())) {
                    out.put(e.householdId(), e);
                }
            }
        }
        return out;
    }

    /** The episode's steps dated by {@code day}, in date order. */
    List<EpisodeStep> stepsBy(long episodeId, LocalDate day) {
        return steps.getOrDefault(episodeId, List.of()).stream().filter(st -> !st.stepOn().isAfter(day)).toList();
    }

    /** The episode's snapshot of a phase ({@link EpisodeSnapshot#IDENTIFIED} or {@link EpisodeSnapshot#ELIMINATED}). */
    java.util.Optional<EpisodeSnapshot> snapshot(long episodeId, String phase) {
        return snapshots.getOrDefault(episodeId, List.of()).stream().filter(sn -> sn.phase().equals(phase)).findFirst();
    }
}
