package cn.bangfu.ledger.gui.home;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.monitoring.WorkQueue;
import cn.bangfu.ledger.logic.monitoring.WorkQueue.Kind;
import cn.bangfu.ledger.model.LedgerStats;
import cn.bangfu.ledger.model.OfficeSettings;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The home page: the office's name, live counts from the ledger, and the clerk's work — 本月新识别, 本月风险消除
 * and the 待办 (公示期满待审核, 满六个月可评估消除, 识别满一月未落实开发式措施, 推送线索未处置, 需要关注), each counting
 * the rows of the 监测帮扶 list it opens. Everything is read through the page's {@link Background}.
 */
public final class HomeViewModel {

    /** The two cards of this month. */
    public static final List<Kind> THIS_MONTH = List.of(Kind.NEW_THIS_MONTH, Kind.ELIMINATED_THIS_MONTH);
    /** The 待办 cards, in their order. */
    public static final List<Kind> TODOS = List.of(Kind.PUBLICITY_ENDED, Kind.ELIMINATION_DUE, Kind.NO_DEVELOPMENT,
            Kind.LEADS, Kind.ATTENTION);

    /** What one read found. */
    record Snapshot(OfficeSettings office, LedgerStats stats, WorkQueue.Lists work, boolean demo,
            List<cn.bangfu.ledger.logic.funds.FundService.FundRow> funds) {
    }

    private final LedgerServices services;
    private final Background background;
    private final Consumer<Kind> openList;
    private final Runnable openFunds;
    private final javafx.collections.ObservableList<FundBar> fundBars =
            javafx.collections.FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper office = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper villages = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper households = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper members = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monitored = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper monitoredBreakdown = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper eliminated = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper eliminatedEpisodes = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper measures = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spending = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper spendingDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper offersDemo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Map<Kind, ReadOnlyStringWrapper> workCounts = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> counts = new EnumMap<>(Kind.class);

    /** For tests and scripts: reads at once on the calling thread; the cards open nothing. */
    public HomeViewModel(LedgerServices services) {
        this(services, Background.inPlace(), kind -> { });
    }

    /**
     * @param background runs the page's reads (the window's: {@link Background#fx()})
     * @param openList   shows the list behind a card (the 监测帮扶 page's tab of that kind)
     */
    public HomeViewModel(LedgerServices services, Background background, Consumer<Kind> openList) {
        this(services, background, openList, () -> { });
    }

    /** @param openFunds shows the 帮扶资金 page (the 资金支出进度 card's click-through) */
    public HomeViewModel(LedgerServices services, Background background, Consumer<Kind> openList,
            Runnable openFunds) {
        this.services = Objects.requireNonNull(services);
        this.background = Objects.requireNonNull(background);
        this.openList = Objects.requireNonNull(openList);
        this.openFunds = Objects.requireNonNull(openFunds);
        for (Kind k : Kind.values()) {
            workCounts.put(k, new ReadOnlyStringWrapper(""));
        }
        refresh();
    }

    /** Reads the counts again from the ledger (off the FX thread in the window). */
    public void refresh() {
        background.task(p -> new Snapshot(services.settings().office(), services.overview().stats(),
                        services.overview().work(), services.isDemo(), services.funds().funds()))
                .busyText(Messages.t("home.loading")).latest("home")
                .onSuccess(this::show)
                .onFailure(e -> error.set(Messages.t("home.loadFailed", Background.explain(e))))
                .start();
    }

    /** One fund's bar on the 资金支出进度 card: paid over allocated (0 when nothing is allocated). */
    public record FundBar(String name, double fraction, String text) {
    }

    /** The 资金支出进度 card was clicked: shows the 帮扶资金 page. */
    public void onOpenFunds() {
        openFunds.run();
    }

    /** The funds' bars, in the funds' order. */
    public javafx.collections.ObservableList<FundBar> fundBars() {
        return fundBars;
    }

    /** A card was clicked (or Enter pressed on it): shows the list it counts. */
    public void onOpen(Kind kind) {
        openList.accept(kind);
    }

    private void show(Snapshot s) {
        OfficeSettings settings = s.office();
        office.set(settings.officeName().isEmpty() ? Messages.t("home.officeUnset")
                : Messages.t("home.office", settings.officeName()));
        LedgerStats stats = s.stats();
        villages.set(Messages.count(stats.villages()));
        households.set(Messages.count(stats.households()));
        members.set(Messages.count(stats.members()));
        monitored.set(Messages.count(stats.monitoredTotal()));
        StringBuilder breakdown = new StringBuilder();
        stats.monitored().forEach((category, n) -> breakdown.append(breakdown.isEmpty() ? "" : "\n")
                .append(category).append("  ").append(Messages.count(n)));
        monitoredBreakdown.set(breakdown.toString());
        // households, as the list's 已消除 filter counts them; the 户次 (as the 监测帮扶 page counts) beneath
        eliminated.set(Messages.count(stats.eliminatedHouseholds()));
        eliminatedEpisodes.set(Messages.t("home.eliminatedEpisodes", Messages.count(stats.eliminated())));
        measures.set(Messages.count(stats.measures()));
        long allocated = s.funds().stream().mapToLong(f -> f.allocatedFen()).sum();
        long paid = s.funds().stream().mapToLong(f -> f.paidFen()).sum();
        spending.set(allocated == 0 ? "—" : String.format(java.util.Locale.ROOT, "%.2f", 100.0 * paid / allocated));
        spendingDetail.set(s.funds().isEmpty() ? Messages.t("home.spending.none")
                : Messages.t("home.spending.detail", new cn.bangfu.ledger.model.Fen(paid).toWanYuanString(),
                        new cn.bangfu.ledger.model.Fen(allocated).toWanYuanString()));
        fundBars.setAll(s.funds().stream().map(f -> new FundBar(f.fund().name(),
                f.allocatedFen() == 0 ? 0 : (double) f.paidFen() / f.allocatedFen(),
                f.progress() == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f%%", f.progress() * 100)))
                .toList());
        for (Kind k : Kind.values()) {
            int n = s.work().count(k);
            counts.put(k, n);
            workCounts.get(k).set(Messages.count(n));
        }
        empty.set(stats.households() == 0);
        offersDemo.set(!s.demo());
        error.set("");
    }

    /** How many rows the list behind a card has (as last read; 0 before the first read). */
    public int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The number on a card of the clerk's work, e.g. 12 or 1,204. */
    public ReadOnlyStringProperty countProperty(Kind kind) {
        return workCounts.get(kind).getReadOnlyProperty();
    }

    /** Whether the one-click demo is offered: on an empty real ledger. */
    public boolean offersDemo() {
        return offersDemo.get();
    }

    public ReadOnlyBooleanProperty offersDemoProperty() {
        return offersDemo.getReadOnlyProperty();
    }

    /** A read that failed, in Chinese; empty when none. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return background.runningProperty();
    }

    public ReadOnlyStringProperty officeProperty() {
        return office.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty villagesProperty() {
        return villages.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty householdsProperty() {
        return households.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty membersProperty() {
        return members.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monitoredProperty() {
        return monitored.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty monitoredBreakdownProperty() {
        return monitoredBreakdown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eliminatedProperty() {
        return eliminated.getReadOnlyProperty();
    }

    /** Every elimination so far, in 户次 (a household eliminated, monitored again and eliminated counts twice). */
    public ReadOnlyStringProperty eliminatedEpisodesProperty() {
        return eliminatedEpisodes.getReadOnlyProperty();
    }

    /** 资金支出进度: paid ÷ allocated over every fund, in per cent with 2 decimals ("—" while nothing is allocated). */
    public ReadOnlyStringProperty spendingProperty() {
        return spending.getReadOnlyProperty();
    }

    /** Under it: 已拨付 and 已分配 in 万元. */
    public ReadOnlyStringProperty spendingDetailProperty() {
        return spendingDetail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty measuresProperty() {
        return measures.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }
}
