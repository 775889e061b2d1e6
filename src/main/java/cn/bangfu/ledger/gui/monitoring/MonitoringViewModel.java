package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.Dashboard;
import cn.bangfu.ledger.logic.monitoring.WorkQueue;
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

    /**
     * The page's lists: the work queues, in the order of their tabs, then the tabs beside them (公示期满待审核,
     * 本月新识别, 本月风险消除). Each is a list of the clerk's work ({@link WorkQueue.Kind}).
     */
    public enum Queue {
        PUBLICITY, ELIMINATION_DUE, ELIMINATION_BLOCKED, NO_DEVELOPMENT, ATTENTION, LEADS, PUBLICITY_ENDED,
        NEW_THIS_MONTH, ELIMINATED_THIS_MONTH;

        /** The work queues' tabs. */
        public static final List<Queue> WORK = List.of(PUBLICITY, ELIMINATION_DUE, ELIMINATION_BLOCKED,
                NO_DEVELOPMENT, ATTENTION, LEADS);
        /** The tabs beside them. */
        public static final List<Queue> BESIDE = List.of(PUBLICITY_ENDED, NEW_THIS_MONTH, ELIMINATED_THIS_MONTH);

        public String title(int count) {
            return Messages.t("mon.queue." + name(), count);
        }

        /** The list of the clerk's work this tab shows. */
        public WorkQueue.Kind kind() {
            return WorkQueue.Kind.valueOf(name());
        }

        /** The tab that shows a list of the clerk's work. */
        public static Queue of(WorkQueue.Kind kind) {
            return valueOf(kind.name());
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
    private final Background background;
    private final DialogService dialogs;
    private boolean loadedOnce;
    private Runnable firstLoad = () -> { };
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** For tests and scripts: every read runs at once on the calling thread; no dialogs. */
    private cn.bangfu.ledger.gui.common.ListExporter exporter;

    /** 导出Excel of a list as shown (its rows in the order on screen). */
    public void onExport(cn.bangfu.ledger.gui.common.ListExport list) {
        if (exporter == null) {
            exporter = cn.bangfu.ledger.gui.common.ListExporter.of(services, dialogs, background);
        }
        exporter.export(list);
    }

    public MonitoringViewModel(LedgerServices services) {
        this(services, Background.inPlace(), null);
    }

    /**
     * @param background runs the page's reads (the window's: {@link Background#fx()})
     * @param dialogs    what the page's actions ask and tell (null: none asked, as in a test without dialogs)
     */
    public MonitoringViewModel(LedgerServices services, Background background, DialogService dialogs) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        for (Queue q : Queue.values()) {
            queues.put(q, FXCollections.observableArrayList());
            titles.put(q, new ReadOnlyStringWrapper(q.title(0)));
        }
    }

    /** Reads the dashboard and the work queues (off the FX thread: touches no property). */
    public Data load() {
        Dashboard d = services.monitoring().dashboard();
        Map<Queue, List<QueueRow>> queues = QueueRows.of(services.overview().work());
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

    /**
     * Reads the dashboard and the queues again through the page's {@link Background} (a newer read replaces one
     * still running) and shows them; a failure is shown in {@link #errorProperty()}.
     */
    public void refresh() {
        background.task(p -> load()).busyText(Messages.t("mon.page.loading")).latest("monitoring")
                .onSuccess(data -> {
                    apply(data);
                    if (!loadedOnce) {
                        loadedOnce = true;
                        firstLoad.run();
                    }
                })
                .onFailure(e -> error.set(Messages.t("mon.page.loadFailedWhy", Background.explain(e))))
                .start();
    }

    /** Called once, after the first load was shown (the view then picks the first queue with rows). */
    void onFirstLoad(Runnable action) {
        this.firstLoad = action;
    }

    /** Whether a load has been shown yet. */
    boolean loadedOnce() {
        return loadedOnce;
    }

    /** The page's dialogs (null when it has none, as in a test). */
    DialogService dialogs() {
        return dialogs;
    }

    LedgerServices services() {
        return services;
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
        return background.runningProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
