package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Formats;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Queue;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.QueueRow;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.CaseStatus;
import cn.bangfu.ledger.logic.monitoring.WorkQueue;
import cn.bangfu.ledger.logic.monitoring.WorkQueue.Entry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeListing;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.OpenCase;
import cn.bangfu.ledger.model.OpenLead;
import cn.bangfu.ledger.logic.rules.Workflow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rows of the 监测帮扶 page's lists, one for each entry of the clerk's work ({@link WorkQueue.Lists}): so a
 * list shows exactly as many rows as the home page's card counts.
 */
final class QueueRows {

    private QueueRows() {
    }

    /** Every list's rows, sorted as the page shows them. */
    static Map<Queue, List<QueueRow>> of(WorkQueue.Lists work) {
        Map<Queue, List<QueueRow>> out = new EnumMap<>(Queue.class);
        for (Queue q : Queue.values()) {
            out.put(q, switch (q) {
                case LEADS -> leadRows(work.leads(), work.today());
                case NEW_THIS_MONTH -> work.identified().stream().map(l -> listingRow(l, work.today(), "")).toList();
                case ELIMINATED_THIS_MONTH -> work.eliminated().stream().map(l -> listingRow(l, work.today(),
                        Messages.t("mon.queue.eliminatedIn", Months.text(l.episode().eliminatedMonth()),
                                l.episode().eliminationMethod() == null ? "" : l.episode().eliminationMethod())
                                .strip())).toList();
                default -> caseRows(q, work.entries(q.kind()), work.today());
            });
        }
        return out;
    }

    private static List<QueueRow> caseRows(Queue q, List<Entry> entries, LocalDate today) {
        List<QueueRow> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            rows.add(row(e.status(), detail(q, e, today)));
        }
        Comparator<QueueRow> byPlace = Comparator.comparing(QueueRow::village).thenComparing(QueueRow::householdNo);
        switch (q) {
            case PUBLICITY -> rows.sort(Comparator.comparing(QueueRow::detail).thenComparing(byPlace));
            case NO_DEVELOPMENT -> rows.sort(Comparator.comparingLong(QueueRow::daysSinceLastStep).reversed()
                    .thenComparing(byPlace));
            case PUBLICITY_ENDED -> rows.sort(Comparator.comparingLong(QueueRow::daysSinceLastStep).reversed()
                    .thenComparing(byPlace));
            default -> rows.sort(byPlace);
        }
        return rows;
    }

    private static String detail(Queue q, Entry e, LocalDate today) {
        var w = e.status().workflow();
        return switch (q) {
            case PUBLICITY -> Messages.t("mon.queue.publicityEnds", String.valueOf(w.publicityEnds()));
            case PUBLICITY_ENDED -> lastPublicityEnd(e.status().openCase().steps())
                    .map(d -> Messages.t("mon.queue.publicityEnded", Formats.date(d)))
                    .orElse(Messages.t("mon.queue.publicityEndedNoEnd"));
            case ELIMINATION_DUE -> Messages.t("mon.queue.daysSinceIdentified", Messages.count(w.daysSinceIdentified()));
            // a firm rule no proposal can pass: not eligible, shown apart with the rule named
            case ELIMINATION_BLOCKED -> e.status().eliminationBlocks().stream()
                    .map(b -> Messages.t("mon.queue.blockedBy", b.label(), b.message()))
                    .collect(Collectors.joining("；"));
            case ATTENTION -> e.finding().message();
            default -> "";
        };
    }

    private static java.util.Optional<LocalDate> lastPublicityEnd(List<EpisodeStep> steps) {
        return steps.stream().filter(s -> Workflow.PUBLICITY_STEPS.contains(s.kind()) && s.endOn() != null)
                .map(EpisodeStep::endOn).max(Comparator.naturalOrder());
    }

    /** 推送线索未处置: one row per open lead, the oldest first. */
    static List<QueueRow> leadRows(List<OpenLead> leads, LocalDate today) {
        List<QueueRow> out = new ArrayList<>();
        for (var o : leads) {
            var l = o.lead();
            long days = l.pushedOn() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(l.pushedOn(), today));
            out.add(new QueueRow(l.householdId(), 0, o.householdNo(), nz(o.village()), nz(o.head()), l.source(),
                    l.pushedOn() == null ? "" : l.pushedOn().toString(),
                    Messages.t(l.visitResult() == null ? "mon.queue.lead.visit" : "mon.queue.lead.decide"), days,
                    l.personName() + "：" + l.reason(), l.id()));
        }
        return out;
    }

    /** 本月新识别 / 本月风险消除: the episode, its state, days since identified. */
    private static QueueRow listingRow(EpisodeListing l, LocalDate today, String detail) {
        Episode e = l.episode();
        long days = Math.max(0, ChronoUnit.DAYS.between(e.identifiedMonth().atDay(1), today));
        return new QueueRow(e.householdId(), e.id(), l.householdNo(), nz(l.village()), nz(l.head()), e.category(),
                Months.text(e.identifiedMonth()), Messages.t(e.eliminated() ? "mon.queue.eliminated" : "mon.queue.monitoring"),
                days, detail, null);
    }

    private static QueueRow row(CaseStatus c, String detail) {
        OpenCase o = c.openCase();
        var w = c.workflow();
        return new QueueRow(o.household().id(), o.episode().id(), o.household().householdNo(), nz(o.village()),
                nz(o.head()), o.episode().category(), Months.text(o.episode().identifiedMonth()),
                w.nextStepLabel() == null ? Messages.t("mon.queue.noStep") : w.nextStepLabel(), w.daysSinceLastStep(),
                detail, null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
