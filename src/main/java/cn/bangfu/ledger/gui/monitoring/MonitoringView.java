package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FxDialogService;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Bar;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Queue;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.QueueRow;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.VillageRow;
import cn.bangfu.ledger.logic.LedgerServices;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 监测帮扶: the work queues first (on screen without scrolling), then, in a section that folds away, the
 * village × category table and the risk and measure charts. Data is read off the FX thread; double-click or
 * Enter on a queue row opens the household.
 */
public final class MonitoringView {

    private static final double ROW_HEIGHT = 32;

    private final LedgerServices services;
    private final LongConsumer openHousehold;
    private final MonitoringViewModel vm;
    private final ScrollPane root;
    private final Map<Queue, TableView<QueueRow>> queueTables = new EnumMap<>(Queue.class);
    private final TabPane tabs = new TabPane();
    private final TabPane beside = new TabPane();
    private final DialogService dialogs;
    /** A list asked for before the first load (from a home card): the first load then keeps it. */
    private Queue requested;

    /**
     * @param openHousehold called with a household's id to show its card
     */
    public MonitoringView(LedgerServices services, LongConsumer openHousehold) {
        this(services, openHousehold, null);
    }

    /**
     * @param dialogs the window's dialogs (null: dialogs owned by the window this page is in)
     */
    public MonitoringView(LedgerServices services, LongConsumer openHousehold, DialogService dialogs) {
        this.services = services;
        this.openHousehold = openHousehold;
        this.dialogs = dialogs != null ? dialogs : new FxDialogService(this::window);
        this.vm = new MonitoringViewModel(services, Background.fx(), this.dialogs);
        vm.onFirstLoad(() -> {
            if (requested == null) {
                showFirstQueueWithRows();
            }
        });

        Label title = new Label(Messages.t("mon.page.title"));
        title.getStyleClass().add("page-title");
        Label subtitle = new Label(Messages.t("mon.page.subtitle"));
        subtitle.getStyleClass().add("page-subtitle");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("mon-loading");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.loadingProperty());
        Button refresh = new Button(Messages.t("mon.page.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("mon-refresh");
        refresh.setOnAction(e -> refresh());
        refresh.disableProperty().bind(vm.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, new VBox(4, title, subtitle), spacer, busy, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        Label error = Widgets.message("mon-error", vm.errorProperty(), "field-error");

        VBox empty = emptyState();
        empty.visibleProperty().bind(vm.emptyProperty());
        empty.managedProperty().bind(empty.visibleProperty());

        // the work first: the queues are on screen when the page opens; the village table (as long as the town
        // has villages) and the charts follow, in a section the clerk can fold away
        TitledPane dashboard = new TitledPane(Messages.t("mon.dash.section"),
                new VBox(16, section("mon.dash.byVillage"), villageTable(), charts()));
        dashboard.setId("mon-dashboard");
        dashboard.getStyleClass().add("mon-dashboard");
        dashboard.setAnimated(false);
        VBox content = new VBox(16, section("mon.queue.section"), queues(), section("mon.lists.section"),
                besideTabs(), dashboard);
        content.visibleProperty().bind(vm.emptyProperty().not());
        content.managedProperty().bind(content.visibleProperty());

        VBox page = new VBox(16, header, error, empty, content);
        page.getStyleClass().addAll("page", "mon-page");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
        refresh();
    }

    public Node root() {
        return root;
    }

    /** Reads the dashboard and the queues again, off the FX thread. */
    public void refresh() {
        vm.refresh();
    }

    /**
     * Shows one list (from a home page card): its tab is selected, scrolled into view and its table takes the
     * focus, so Enter opens the selected household.
     */
    public void show(Queue q) {
        requested = q;
        TabPane pane = Queue.WORK.contains(q) ? tabs : beside;
        pane.getTabs().stream().filter(t -> t.getId().equals("mon-tab-" + q.name())).findFirst()
                .ifPresent(t -> pane.getSelectionModel().select(t));
        TableView<QueueRow> table = queueTables.get(q);
        if (vm.loadingProperty().get()) { // the lists are being read again: focus the table once they are there
            vm.loadingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                    if (!now) {
                        o.removeListener(this);
                        if (requested == q) {
                            focusShown(q, table);
                        }
                    }
                }
            });
        }
        focusShown(q, table);
    }

    private void focusShown(Queue q, TableView<QueueRow> table) {
        javafx.application.Platform.runLater(() -> {
            // the work queues with their action buttons above them; the lists beside them from their tabs
            Node top = Queue.WORK.contains(q) ? tabs.getParent() : beside;
            double y = top.localToScene(0, 0).getY() - root.getContent().localToScene(0, 0).getY();
            double range = root.getContent().getBoundsInLocal().getHeight() - root.getViewportBounds().getHeight();
            root.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 16) / range)));
            Focus.settle(table, table);
            if (!table.getItems().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
    }

    private javafx.stage.Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** The page's model (for tests). */
    MonitoringViewModel viewModel() {
        return vm;
    }

    private static Label section(String key) {
        Label l = new Label(Messages.t(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static VBox emptyState() {
        FontIcon icon = new FontIcon(Feather.ACTIVITY);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label(Messages.t("mon.empty.title"));
        title.getStyleClass().add("empty-title");
        Label body = new Label(Messages.t("mon.empty.body"));
        body.setWrapText(true);
        body.getStyleClass().add("empty-body");
        VBox box = new VBox(10, icon, title, body);
        box.setId("mon-empty");
        box.getStyleClass().add("callout");
        return box;
    }

    // ---------------------------------------------------------------- village × category

    private TableView<VillageRow> villageTable() {
        TableView<VillageRow> table = new TableView<>(vm.villages());
        table.setId("mon-villages");
        table.getStyleClass().add("mon-village-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPlaceholder(new Label(Messages.t("mon.dash.noVillages")));
        table.prefHeightProperty().bind(Bindings.size(vm.villages()).add(1.4).multiply(ROW_HEIGHT).add(6));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(VillageRow item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                getStyleClass().remove("mon-total-row");
                if (!isEmpty && item != null && item.total()) {
                    getStyleClass().add("mon-total-row");
                }
            }
        });
        Runnable columns = () -> {
            table.getColumns().clear();
            TableColumn<VillageRow, String> village = new TableColumn<>(Messages.t("mon.dash.village"));
            village.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().village()));
            village.setSortable(false);
            village.setPrefWidth(180);
            table.getColumns().add(village);
            List<String> categories = List.copyOf(vm.categories());
            for (int i = 0; i < categories.size(); i++) {
                int index = i;
                table.getColumns().add(countColumn("mon-col-cat-" + i, categories.get(i),
                        r -> index < r.byCategory().size() ? r.byCategory().get(index) : 0L));
            }
            table.getColumns().add(countColumn("mon-col-open", Messages.t("mon.dash.open"), VillageRow::open));
            table.getColumns().add(countColumn("mon-col-eliminated", Messages.t("mon.dash.eliminated"),
                    VillageRow::eliminated));
            table.getColumns().add(countColumn("mon-col-households", Messages.t("mon.dash.households"),
                    VillageRow::households));
        };
        vm.categories().addListener((ListChangeListener<String>) c -> columns.run());
        columns.run();
        return table;
    }

    private static <R> TableColumn<R, Long> countColumn(String id, String title, Function<R, Long> value) {
        TableColumn<R, Long> col = new TableColumn<>(title);
        col.setId(id);
        col.getStyleClass().add("mon-num");
        col.setSortable(false);
        col.setPrefWidth(120);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(c -> new QueueTables.CountCell<>());
        return col;
    }

    // ---------------------------------------------------------------- charts

    private Node charts() {
        BarChart<Number, String> risks = new BarChart<>(countAxis(), new CategoryAxis());
        risks.setId("mon-risk-chart");
        risks.setTitle(Messages.t("mon.dash.riskChart"));
        style(risks);
        Runnable fillRisks = () -> fill(risks, vm.risks());
        vm.risks().addListener((ListChangeListener<Bar>) c -> fillRisks.run());
        fillRisks.run();

        BarChart<Number, String> families = new BarChart<>(countAxis(), new CategoryAxis());
        families.setId("mon-measure-chart");
        families.setTitle(Messages.t("mon.dash.measureChart"));
        style(families);
        Runnable fillFamilies = () -> fill(families, vm.families());
        vm.families().addListener((ListChangeListener<Bar>) c -> fillFamilies.run());
        fillFamilies.run();

        HBox.setHgrow(risks, Priority.ALWAYS);
        HBox.setHgrow(families, Priority.ALWAYS);
        risks.setMinWidth(320);
        families.setMinWidth(320);
        HBox box = new HBox(16, risks, families);
        box.setAlignment(Pos.TOP_LEFT);
        box.setFillHeight(false);
        return box;
    }

    /** Horizontal bars, the largest on top (such a chart draws its first category at the bottom). */
    private static void fill(BarChart<Number, String> chart, List<Bar> bars) {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        bars.reversed().forEach(b -> s.getData().add(new XYChart.Data<>(b.count(), b.label())));
        chart.getData().setAll(List.of(s));
        chart.setPrefHeight(Math.max(240, 90 + bars.size() * 30));
    }

    private static void style(BarChart<?, ?> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("mon-chart");
    }

    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double d = n.doubleValue();
                return d == Math.rint(d) ? Messages.count((long) d) : "";
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        return axis;
    }

    // ---------------------------------------------------------------- work queues

    private Node queues() {
        tabs.setId("mon-queues");
        tabs.getStyleClass().add("mon-queues");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Queue q : Queue.WORK) {
            tabs.getTabs().add(tab(q));
        }
        Button open = new Button(Messages.t("mon.queue.open"), new FontIcon(Feather.USER));
        open.setId("mon-open");
        open.setOnAction(e -> selected().ifPresent(r -> openHousehold.accept(r.householdId())));
        Button step = new Button(Messages.t("mon.queue.step"), new FontIcon(Feather.CHECK_SQUARE));
        step.setId("mon-step");
        step.setOnAction(e -> selected().ifPresent(r -> {
            if (MonitoringDialogs.recordStep(window(), dialogs, services, r.episodeId())) {
                refresh();
            }
        }));
        Button eliminate = new Button(Messages.t("mon.queue.eliminate"), new FontIcon(Feather.CHECK_CIRCLE));
        eliminate.setId("mon-eliminate");
        eliminate.setOnAction(e -> selected().ifPresent(r -> {
            if (MonitoringDialogs.eliminate(window(), dialogs, services, r.episodeId())) {
                refresh();
            }
        }));
        Button measure = new Button(Messages.t("mon.queue.measure"), new FontIcon(Feather.PLUS));
        measure.setId("mon-measure");
        measure.setOnAction(e -> selected().ifPresent(r -> {
            if (MonitoringDialogs.addMeasure(window(), dialogs, services, r.householdId())) {
                refresh();
            }
        }));
        Button lead = new Button(Messages.t("mon.queue.lead"), new FontIcon(Feather.CLIPBOARD));
        lead.setId("mon-lead");
        lead.setOnAction(e -> selected().filter(r -> !r.isEpisode()).ifPresent(r -> {
            if (MonitoringDialogs.disposeLead(window(), dialogs, services, r.leadId())) {
                refresh();
            }
        }));
        // the episode actions on episode rows, the lead action on lead rows
        Runnable enable = () -> {
            boolean leads = tabs.getSelectionModel().getSelectedIndex() == Queue.WORK.indexOf(Queue.LEADS);
            step.setDisable(leads);
            eliminate.setDisable(leads);
            lead.setDisable(!leads);
        };
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> enable.run());
        enable.run();
        Label hint = new Label(Messages.t("mon.queue.hint"));
        hint.getStyleClass().add("hint");
        HBox actions = new HBox(10, open, step, eliminate, measure, lead, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, actions, tabs);
    }

    /** 公示期满待审核, 本月新识别, 本月风险消除: beside the work queues; Enter or a double-click opens the household. */
    private Node besideTabs() {
        beside.setId("mon-lists");
        beside.getStyleClass().add("mon-queues");
        beside.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (Queue q : Queue.BESIDE) {
            beside.getTabs().add(tab(q));
        }
        return beside;
    }

    /** A list's tab: its title with the count, its table with the count line under it. */
    private Tab tab(Queue q) {
        TableView<QueueRow> table = QueueTables.of(q, vm.queue(q), openHousehold);
        queueTables.put(q, table);
        Tab tab = new Tab();
        tab.setId("mon-tab-" + q.name());
        tab.textProperty().bind(vm.titleProperty(q));
        tab.setContent(Widgets.countedTable(table, "common.table.count",
                () -> vm.onExport(Widgets.listExport(q.title(0).replaceAll("[（(].*", ""), table, table.getItems()))));
        return tab;
    }

    /** On the first load, the first queue that has something to do (instead of an empty 公示中). */
    private void showFirstQueueWithRows() {
        for (int i = 0; i < Queue.WORK.size(); i++) {
            if (!vm.queue(Queue.WORK.get(i)).isEmpty()) {
                tabs.getSelectionModel().select(i);
                return;
            }
        }
    }

    private java.util.Optional<QueueRow> selected() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(queueTables.get(Queue.WORK.get(i)).getSelectionModel().getSelectedItem());
    }
}
