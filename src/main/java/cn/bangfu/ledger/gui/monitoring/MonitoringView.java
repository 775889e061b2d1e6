package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Bar;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Data;
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
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
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
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 监测帮扶: the work queues first (on screen without scrolling), then, in a section that folds away, the
 * village × category table and the risk and measure charts. Data is read off the FX thread; double-click or
 * Enter on a queue row opens the household.
 */
public final class MonitoringView {

    private static final Logger LOG = LoggerFactory.getLogger(MonitoringView.class);
    private static final double ROW_HEIGHT = 32;

    private final LedgerServices services;
    private final LongConsumer openHousehold;
    private final MonitoringViewModel vm;
    private final ScrollPane root;
    private final Map<Queue, TableView<QueueRow>> queueTables = new EnumMap<>(Queue.class);
    private final TabPane tabs = new TabPane();
    private Task<Data> running;
    private boolean loadedOnce;

    /**
     * @param openHousehold called with a household's id to show its card
     */
    public MonitoringView(LedgerServices services, LongConsumer openHousehold) {
        this.services = services;
        this.openHousehold = openHousehold;
        this.vm = new MonitoringViewModel(services);

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

        Label error = new Label();
        error.setId("mon-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

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
        VBox content = new VBox(16, section("mon.queue.section"), queues(), dashboard);
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
        if (running != null && running.isRunning()) {
            return;
        }
        Task<Data> task = new Task<>() {
            @Override
            protected Data call() {
                return vm.load();
            }
        };
        vm.setLoading(true);
        task.setOnSucceeded(e -> {
            vm.apply(task.getValue());
            vm.setLoading(false);
            if (!loadedOnce) {
                loadedOnce = true;
                showFirstQueueWithRows();
            }
        });
        task.setOnFailed(e -> {
            LOG.error("Loading the monitoring page failed", task.getException());
            vm.setLoading(false);
            vm.setError(task.getException() == null ? null : task.getException().getMessage());
        });
        running = task;
        Thread worker = new Thread(task, "monitoring-load");
        worker.setDaemon(true);
        worker.start();
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
        col.setCellFactory(c -> new CountCell<>());
        return col;
    }

    /** A right-aligned count with thousands separators. */
    private static final class CountCell<R> extends TableCell<R, Long> {
        @Override
        protected void updateItem(Long n, boolean isEmpty) {
            super.updateItem(n, isEmpty);
            setText(isEmpty || n == null ? null : Messages.count(n));
        }
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
        for (Queue q : Queue.values()) {
            TableView<QueueRow> table = queueTable(q);
            queueTables.put(q, table);
            Tab tab = new Tab();
            tab.setId("mon-tab-" + q.name());
            tab.textProperty().bind(vm.titleProperty(q));
            tab.setContent(table);
            tabs.getTabs().add(tab);
        }
        Button open = new Button(Messages.t("mon.queue.open"), new FontIcon(Feather.USER));
        open.setId("mon-open");
        open.setOnAction(e -> selected().ifPresent(r -> openHousehold.accept(r.householdId())));
        Button step = new Button(Messages.t("mon.queue.step"), new FontIcon(Feather.CHECK_SQUARE));
        step.setId("mon-step");
        step.setOnAction(e -> selected().ifPresent(r -> {
            if (MonitoringDialogs.recordStep(root.getScene().getWindow(), services, r.episodeId())) {
                refresh();
            }
        }));
        Button eliminate = new Button(Messages.t("mon.queue.eliminate"), new FontIcon(Feather.CHECK_CIRCLE));
        eliminate.setId("mon-eliminate");
        eliminate.setOnAction(e -> selected().ifPresent(r -> {
            if (MonitoringDialogs.eliminate(root.getScene().getWindow(), services, r.episodeId())) {
                refresh();
            }
        }));
        Button measure = new Button(Messages.t("mon.queue.measure"), new FontIcon(Feather.PLUS));
        measure.setId("mon-measure");
        measure.setOnAction(e -> selected().ifPresent(r -> {
            if (MonitoringDialogs.addMeasure(root.getScene().getWindow(), services, r.householdId())) {
                refresh();
            }
        }));
        Button lead = new Button(Messages.t("mon.queue.lead"), new FontIcon(Feather.CLIPBOARD));
        lead.setId("mon-lead");
        lead.setOnAction(e -> selected().filter(r -> !r.isEpisode()).ifPresent(r -> {
            if (MonitoringDialogs.disposeLead(root.getScene().getWindow(), services, r.leadId())) {
                refresh();
            }
        }));
        // the episode actions on episode rows, the lead action on lead rows
        Runnable enable = () -> {
            boolean leads = tabs.getSelectionModel().getSelectedIndex() == Queue.LEADS.ordinal();
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

    /** On the first load, the first queue that has something to do (instead of an empty 公示中). */
    private void showFirstQueueWithRows() {
        Queue[] all = Queue.values();
        for (int i = 0; i < all.length; i++) {
            if (!vm.queue(all[i]).isEmpty()) {
                tabs.getSelectionModel().select(i);
                return;
            }
        }
    }

    private java.util.Optional<QueueRow> selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        if (tab == null) {
            return java.util.Optional.empty();
        }
        @SuppressWarnings("unchecked")
        TableView<QueueRow> table = (TableView<QueueRow>) tab.getContent();
        return java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private TableView<QueueRow> queueTable(Queue q) {
        TableView<QueueRow> table = new TableView<>(vm.queue(q));
        table.setId("mon-queue-" + q.name());
        // the last column (the 问题, the rule, the lead) takes the width the others leave, and wraps
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(360);
        table.setPlaceholder(new Label(Messages.t("mon.queue.none." + q.name())));
        table.getColumns().add(text("mon.col.householdNo", QueueRow::householdNo, 196));
        table.getColumns().add(text("mon.col.village", QueueRow::village, 72));
        table.getColumns().add(text("mon.col.head", QueueRow::head, 70));
        boolean leads = q == Queue.LEADS;
        table.getColumns().add(text(leads ? "mon.col.leadSource" : "mon.col.category", QueueRow::category, 122));
        table.getColumns().add(text(leads ? "mon.col.pushedOn" : "mon.col.identified", QueueRow::identifiedMonth,
                leads ? 106 : 92));
        table.getColumns().add(text("mon.col.nextStep", QueueRow::nextStep, 110));
        TableColumn<QueueRow, Long> days = new TableColumn<>(Messages.t(leads ? "mon.col.daysSincePushed" : "mon.col.days"));
        days.getStyleClass().add("mon-num");
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysSinceLastStep()));
        days.setCellFactory(c -> new CountCell<>());
        days.setPrefWidth(120);
        table.getColumns().add(days);
        String detail = switch (q) {
            case PUBLICITY -> "mon.col.publicityEnds";
            case ELIMINATION_DUE -> "mon.col.sinceIdentified";
            case ELIMINATION_BLOCKED -> "mon.col.blockedBy";
            case ATTENTION -> "mon.col.finding";
            case NO_DEVELOPMENT -> null;
            case LEADS -> "mon.col.lead";
        };
        if (detail != null) {
            TableColumn<QueueRow, String> col = text(detail, QueueRow::detail, 240);
            col.setMinWidth(200);
            col.setCellFactory(c -> new WrappingCell());
            table.getColumns().add(col);
        }
        table.setRowFactory(t -> {
            TableRow<QueueRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openHousehold.accept(row.getItem().householdId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            QueueRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                openHousehold.accept(r.householdId());
                e.consume();
            }
        });
        return table;
    }

    /** Text that wraps to the column's width (the row grows), in the cell's own text colour (also when selected). */
    private static final class WrappingCell extends TableCell<QueueRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("mon-wrap-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            text.setText(isEmpty || item == null ? "" : item);
            setGraphic(isEmpty || item == null ? null : text);
        }
    }

    private static TableColumn<QueueRow, String> text(String key, Function<QueueRow, String> value, double width) {
        TableColumn<QueueRow, String> col = new TableColumn<>(Messages.t(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
