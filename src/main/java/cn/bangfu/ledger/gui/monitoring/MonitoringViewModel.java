package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.CaseStatus;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.Dashboard;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Months;
import cn.bangfu.ledger.model.OpenCase;
import cn.bangfu.ledger.model.VillageCategory;
import cn.bangfu.ledger.model.VillageTotals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 监测帮扶 page: the work queues (公示中, 满六个月可评估消除 — only the eligible —, 有硬性规则阻止消除, 识别满一月未落实
 * 开发式措施, 需要关注, 推送线索未处置), the village × category table and the risk and measure charts. {@link #load()} reads the ledger on any thread;
 * {@link #apply(Data)} shows the result (on the FX thread).
 */
public final class MonitoringViewModel {

    /** The attention finding that has a queue of its own. */
    static final String NO_DEVELOPMENT_MEASURE = "NO_DEVELOPMENT_MEASURE";
    /** The next step that makes an episode due for the elimination assessment. */
    static final String ELIM_HOME_CHECK = "elim_home_check";

    /** One village of the table (or the 合计 row): open episodes per category, then the totals. */
    public record VillageRow(String village, List<Long> byCategory, long open, long eliminated, long households,
            boolean total) {
    }

    /** One bar of a chart. */
    public record Bar(String label, long count) {
    }

    /** One row of a work queue. {@code detail}: the 公示 end or the finding's message, else empty. */
    public record QueueRow(long householdId, long episodeId, String householdNo, String village, String head,
            String category, String identifiedMonth, String nextStep, long daysSinceLastStep, String detail,
            Long leadId) {

        /** A row of a monitoring episode (not a push lead): the episode actions apply. */
        public boolean isEpisode() {
            return leadId == null;
        }
    }

    /** The work queues, in the order of their tabs. */
    public enum Queue {
        PUBLICITY, ELIMINATION_DUE, ELIMINATION_BLOCKED, NO_DEVELOPMENT, ATTENTION, LEADS;

        public String title(int count) {
            return Messages.t("mon.queue." + name(), count);
        }
    }

    /** What one load read. */
    public record Data(List<String> categories, List<VillageRow> villages, List<Bar> risks, List<Bar> families,
            Map<Queue, List<QueueRow>> queues, boolean empty) {
    }

    private final LedgerServices services;
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<VillageRow> villages = FXCollections.observableArrayList();
    private final ObservableList<Bar> risks = FXCollections.observableArrayList();
    private final ObservableList<Bar> families = FXCollections.observableArrayList();
    private final Map<Queue, ObservableList<QueueRow>> queues = new HashMap<>();
    private final Map<Queue, ReadOnlyStringWrapper> titles = new HashMap<>();
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public MonitoringViewModel(LedgerServices services) {
        this.services = services;
        for (Queue q : Queue.values()) {
            queues.put(q, FXCollections.observableArrayList());
            titles.put(q, new ReadOnlyStringWrapper(q.title(0)));
        }
    }

    /** Reads the dashboard and the work queues (off the FX thread: touches no property). */
    public Data load() {
        Dashboard d = services.monitoring().dashboard();
        List<CaseStatus> work = services.monitoring().workQueue();
        Map<Queue, List<QueueRow>> queues = queues(work);
        queues.put(Queue.LEADS, leadRows(services.leads().openLeadsWithHousehold(), services.monitoring().today()));
        return new Data(categoriesOf(d), villageRows(d, categoriesOf(d)), bars(d.byRisk()), bars(d.byMeasureFamily()),
                queues, d.villages().stream().mapToLong(v -> v.open() + v.eliminated()).sum() == 0);
    }

    /** Shows what {@link #load()} read. */
    public void apply(Data data) {
        categories.setAll(data.categories());
        villages.setAll(data.villages());
        risks.setAll(data.risks());
        families.setAll(data.families());
        for (Queue q : Queue.values()) {
            List<QueueRow> rows = data.queues().getOrDefault(q, List.of());
            queues.get(q).setAll(rows);
            titles.get(q).set(q.title(rows.size()));
        }
        empty.set(data.empty());
        error.set("");
    }

    /** Loads and shows at once (for tests and callers already off the FX thread's hot path). */
    public void refreshNow() {
        apply(load());
    }

    void setLoading(boolean on) {
        loading.set(on);
    }

    void setError(String message) {
        error.set(message == null ? Messages.t("mon.page.loadFailed") : Messages.t("mon.page.loadFailedWhy", message));
    }

    private static List<String> categoriesOf(Dashboard d) {
        Set<String> all = new LinkedHashSet<>(d.categories());
        d.byVillageAndCategory().forEach(vc -> all.add(vc.category()));
        return List.copyOf(all);
    }

    static List<VillageRow> villageRows(Dashboard d, List<String> categories) {
        Map<String, Map<String, Long>> cells = new HashMap<>();
        for (VillageCategory vc : d.byVillageAndCategory()) {
            cells.computeIfAbsent(vc.village(), k -> new HashMap<>()).merge(vc.category(), vc.households(), Long::sum);
        }
        List<VillageRow> rows = new ArrayList<>();
        long[] sums = new long[categories.size()];
        long open = 0;
        long eliminated = 0;
        long households = 0;
        for (VillageTotals v : d.villages()) {
            Map<String, Long> byCat = cells.getOrDefault(v.village(), Map.of());
            List<Long> counts = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                long n = byCat.getOrDefault(categories.get(i), 0L);
                counts.add(n);
                sums[i] += n;
            }
            rows.add(new VillageRow(v.village(), counts, v.open(), v.eliminated(), v.households(), false));
            open += v.open();
            eliminated += v.eliminated();
            households += v.households();
        }
        List<Long> totals = new ArrayList<>();
        for (long s : sums) {
            totals.add(s);
        }
        rows.add(new VillageRow(Messages.t("mon.dash.total"), totals, open, eliminated, households, true));
        return rows;
    }

    private static List<Bar> bars(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Bar::count).reversed().thenComparing(Bar::label)).toList();
    }

    static Map<Queue, List<QueueRow>> queues(List<CaseStatus> work) {
        Map<Queue, List<QueueRow>> out = new HashMap<>();
        for (Queue q : Queue.values()) {
            out.put(q, new ArrayList<>());
        }
        for (CaseStatus c : work) {
            var w = c.workflow();
            if (w.publicityRunning()) {
                out.get(Queue.PUBLICITY).add(row(c, Messages.t("mon.queue.publicityEnds", String.valueOf(w.publicityEnds()))));
            }
            if (ELIM_HOME_CHECK.equals(w.nextStepCode())) {
                if (c.eliminationBlocks().isEmpty()) {
                    out.get(Queue.ELIMINATION_DUE).add(row(c, Messages.t("mon.queue.daysSinceIdentified",
                            Messages.count(w.daysSinceIdentified()))));
                } else {
                    // a firm rule no proposal can pass: not eligible, shown apart with the rule named
                    out.get(Queue.ELIMINATION_BLOCKED).add(row(c, c.eliminationBlocks().stream()
                            .map(b -> Messages.t("mon.queue.blockedBy", b.label(), b.message()))
                            .collect(java.util.stream.Collectors.joining("；"))));
                }
            }
            for (Finding f : c.attention()) {
                if (NO_DEVELOPMENT_MEASURE.equals(f.code())) {
                    out.get(Queue.NO_DEVELOPMENT).add(row(c, ""));
                } else {
                    out.get(Queue.ATTENTION).add(row(c, f.message()));
                }
            }
        }
        Comparator<QueueRow> byPlace = Comparator.comparing(QueueRow::village).thenComparing(QueueRow::householdNo);
        out.get(Queue.PUBLICITY).sort(Comparator.comparing(QueueRow::detail).thenComparing(byPlace));
        out.get(Queue.ELIMINATION_DUE).sort(byPlace);
        out.get(Queue.ELIMINATION_BLOCKED).sort(byPlace);
        out.get(Queue.NO_DEVELOPMENT).sort(Comparator.comparingLong(QueueRow::daysSinceLastStep).reversed()
                .thenComparing(byPlace));
        out.get(Queue.ATTENTION).sort(byPlace);
        return out;
    }

    /** 推送线索未处置: one row per open lead, the oldest first. */
    static List<QueueRow> leadRows(List<cn.bangfu.ledger.model.OpenLead> leads, java.time.LocalDate today) {
        List<QueueRow> out = new ArrayList<>();
        for (var o : leads) {
            var l = o.lead();
            long days = l.pushedOn() == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(l.pushedOn(), today));
            out.add(new QueueRow(l.householdId(), 0, o.householdNo(), nz(o.village()), nz(o.head()), l.source(),
                    l.pushedOn() == null ? "" : l.pushedOn().toString(),
                    Messages.t(l.visitResult() == null ? "mon.queue.lead.visit" : "mon.queue.lead.decide"), days,
                    l.personName() + "：" + l.reason(), l.id()));
        }
        return out;
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

    public ObservableList<String> categories() {
        return categories;
    }

    public ObservableList<VillageRow> villages() {
        return villages;
    }

    public ObservableList<Bar> risks() {
        return risks;
    }

    public ObservableList<Bar> families() {
        return families;
    }

    public ObservableList<QueueRow> queue(Queue q) {
        return queues.get(q);
    }

    /** The tab's title with its count, e.g. 公示中（3）. */
    public ReadOnlyStringProperty titleProperty(Queue q) {
        return titles.get(q).getReadOnlyProperty();
    }

    /** Nothing has ever been monitored. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
