package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.funds.FundsViewModel.EntryLine;
import cn.bangfu.ledger.gui.funds.FundsViewModel.FundLine;
import cn.bangfu.ledger.gui.funds.FundsViewModel.ProjectLine;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.logic.funds.JournalService.SpendingMonth;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * 帮扶资金: the toolbar (新增资金, 新增项目, 记账, 发放到户, 冲销, 结账, 重新开账), then the funds, the projects and
 * the journal (each a counted table with 导出Excel) and the 支出进度 chart; a form takes the lists' place until it is
 * saved or cancelled.
 */
public final class FundsView {

    private final VBox root;
    private final StackPane body;
    private final TabPane tabs;

    public FundsView(FundsViewModel vm) {
        Label title = Widgets.styled(Messages.t("fund.title"), "page-title");
        Label subtitle = Widgets.styled(Messages.t("fund.subtitle"), "hint");
        subtitle.setWrapText(true);
        Button refresh = Widgets.button("fund-refresh", "fund.refresh", Feather.REFRESH_CW);
        refresh.setOnAction(e -> vm.refresh());
        Label busy = Widgets.message("fund-busy", vm.busyTextProperty(), "hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, busy, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        Label error = Widgets.message("fund-error", vm.errorProperty(), "field-error");
        Label notice = Widgets.message("fund-notice", vm.noticeProperty(), "field-ok");

        TableView<FundLine> funds = Widgets.table("fund-funds", "fund.funds.empty");
        funds.setItems(vm.funds());
        funds.getColumns().add(Widgets.column("fund.col.name", FundLine::name, 236, false));
        funds.getColumns().add(Widgets.column("fund.col.source", FundLine::source, 120, false));
        funds.getColumns().add(Widgets.column("fund.col.level", FundLine::level, 44, false));
        funds.getColumns().add(Widgets.column("fund.col.year", FundLine::year, 48, true));
        funds.getColumns().add(Widgets.column("fund.col.received", FundLine::received, 108, true));
        funds.getColumns().add(Widgets.column("fund.col.allocated", FundLine::allocated, 108, true));
        funds.getColumns().add(Widgets.column("fund.col.paid", FundLine::paid, 108, true));
        funds.getColumns().add(Widgets.column("fund.col.unallocated", FundLine::unallocated, 108, true));
        funds.getColumns().add(Widgets.column("fund.col.progress", FundLine::progress, 72, true));
        funds.getColumns().add(Widgets.column("fund.col.doc", FundLine::doc, 160, false));

        TableView<ProjectLine> projects = Widgets.table("fund-projects", "fund.projects.empty");
        projects.setItems(vm.projects());
        projects.getColumns().add(Widgets.column("fund.col.project", ProjectLine::name, 236, false));
        projects.getColumns().add(Widgets.column("fund.col.category", ProjectLine::category, 120, false));
        projects.getColumns().add(Widgets.column("fund.col.village", ProjectLine::village, 70, false));
        projects.getColumns().add(Widgets.column("fund.col.status", ProjectLine::status, 60, false));
        projects.getColumns().add(Widgets.column("fund.col.planned", ProjectLine::planned, 120, true));
        projects.getColumns().add(Widgets.column("fund.col.allocated", ProjectLine::allocated, 110, true));
        projects.getColumns().add(Widgets.column("fund.col.paid", ProjectLine::paid, 110, true));
        projects.getColumns().add(Widgets.column("fund.col.progress", ProjectLine::progress, 76, true));

        TableView<EntryLine> journal = Widgets.table("fund-journal", "fund.journal.empty");
        journal.setItems(vm.journal());
        journal.getColumns().add(Widgets.column("fund.col.no", e -> "#" + e.id(), 56, true));
        journal.getColumns().add(Widgets.column("fund.col.date", EntryLine::date, 92, false));
        journal.getColumns().add(Widgets.column("fund.col.voucher", EntryLine::voucher, 90, false));
        journal.getColumns().add(Widgets.column("fund.col.kind", EntryLine::kind, 80, false));
        journal.getColumns().add(Widgets.column("fund.col.memo", EntryLine::memo, 240, false));
        journal.getColumns().add(Widgets.column("fund.col.amount", EntryLine::amount, 110, true));
        journal.getColumns().add(Widgets.column("fund.col.operator", EntryLine::operator, 80, false));
        journal.getColumns().add(Widgets.column("fund.col.reversal", EntryLine::reversal, 110, false));
        Label more = Widgets.message("fund-journal-more", vm.journalNoteProperty(), "hint");

        Button addFund = Widgets.button("fund-action-add-fund", "fund.action.addFund", Feather.PLUS);
        addFund.setOnAction(e -> vm.onAddFund());
        Button addProject = Widgets.button("fund-action-add-project", "fund.action.addProject", Feather.FOLDER_PLUS);
        addProject.setOnAction(e -> vm.onAddProject());
        Button editFund = Widgets.button("fund-action-edit-fund", "fund.action.editFund", Feather.EDIT_2);
        editFund.setOnAction(e -> vm.onEditFund(funds.getSelectionModel().getSelectedItem()));
        funds.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && funds.getSelectionModel().getSelectedItem() != null) {
                vm.onEditFund(funds.getSelectionModel().getSelectedItem());
            }
        });
        Button editProject = Widgets.button("fund-action-edit-project", "fund.action.editProject", Feather.EDIT_3);
        editProject.setOnAction(e -> vm.onEditProject(projects.getSelectionModel().getSelectedItem()));
        projects.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && projects.getSelectionModel().getSelectedItem() != null) {
                vm.onEditProject(projects.getSelectionModel().getSelectedItem());
            }
        });
        projects.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && projects.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                vm.onEditProject(projects.getSelectionModel().getSelectedItem());
            }
        });
        Button entry = Widgets.button("fund-action-entry", "fund.action.entry", Feather.EDIT);
        entry.setOnAction(e -> vm.onEntry(selectedFund(funds)));
        Button roster = Widgets.button("fund-action-roster", "fund.action.roster", Feather.USERS);
        roster.setOnAction(e -> vm.onRoster(selectedFund(funds)));
        Button reverse = Widgets.button("fund-action-reverse", "fund.action.reverse", Feather.ROTATE_CCW);
        reverse.setOnAction(e -> vm.onReverse(journal.getSelectionModel().getSelectedItem()));
        Button close = Widgets.button("fund-action-close", "fund.action.close", Feather.LOCK);
        close.setOnAction(e -> vm.onCloseMonth());
        Button reopen = Widgets.button("fund-action-reopen", "fund.action.reopen", Feather.UNLOCK);
        reopen.setOnAction(e -> vm.onReopenMonth());
        ToolBar toolbar = new ToolBar(addFund, editFund, addProject, editProject, entry, roster, reverse, close, reopen);
        toolbar.setId("fund-toolbar");

        tabs = new TabPane(
                tab("fund-tab-funds", "fund.tab.funds", Widgets.countedTable(funds, "fund.count",
                        () -> vm.onExport(Widgets.listExport(Messages.t("fund.export.funds"), funds, funds.getItems())))),
                tab("fund-tab-projects", "fund.tab.projects", Widgets.countedTable(projects, "fund.count",
                        () -> vm.onExport(Widgets.listExport(Messages.t("fund.export.projects"), projects,
                                projects.getItems())))),
                tab("fund-tab-journal", "fund.tab.journal", journalPane(vm, journal, more)),
                tab("fund-tab-progress", "fund.tab.progress", progressPane(vm)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        body = new StackPane(tabs);
        VBox.setVgrow(body, Priority.ALWAYS);
        vm.formProperty().addListener((o, a, f) -> showForm(vm, f));
        toolbar.disableProperty().bind(vm.formProperty().isNotNull());
        root = new VBox(10, header, subtitle, toolbar, error, notice, body);
        root.getStyleClass().add("page");
        vm.refresh();
    }

    private static Long selectedFund(TableView<FundLine> funds) {
        FundLine f = funds.getSelectionModel().getSelectedItem();
        return f == null ? null : f.id();
    }

    /** The form in the lists' place, focused on its first field; back to the lists when it is gone. */
    private void showForm(FundsViewModel vm, FundForm f) {
        if (f == null) {
            body.getChildren().setAll(tabs);
            Node list = tabs.getSelectionModel().getSelectedItem().getContent();
            javafx.scene.Node table = list.lookup(".table-view");
            cn.bangfu.ledger.gui.Focus.soon(table != null ? table : tabs); // the keyboard stays on the page
            return;
        }
        Runnable cancel = vm::onCloseForm;
        switch (f) {
            case EntryFormViewModel e -> {
                EntryFormView v = new EntryFormView(e, cancel);
                body.getChildren().setAll(v.root());
                v.focus();
            }
            case FundFormViewModel e -> {
                FundFormView v = new FundFormView(e, cancel);
                body.getChildren().setAll(v.root());
                v.focus();
            }
            case ProjectFormViewModel e -> {
                ProjectFormView v = new ProjectFormView(e, cancel);
                body.getChildren().setAll(v.root());
                v.focus();
            }
            case RosterFormViewModel e -> {
                RosterFormView v = new RosterFormView(e, cancel);
                body.getChildren().setAll(v.root());
                v.focus();
            }
            default -> throw new IllegalStateException("no view for " + f.getClass());
        }
    }

    /** The journal's filters, its counted table, and under it the note when older entries are not listed. */
    private static Node journalPane(FundsViewModel vm, TableView<EntryLine> journal, Label more) {
        HBox filters = new HBox(8,
                fixed("fund.filter.fund"), filter("fund-filter-fund", vm.fundFilters(),
                        vm.fundFilterProperty(), 220),
                fixed("fund.filter.project"), filter("fund-filter-project", vm.projectFilters(),
                        vm.projectFilterProperty(), 200),
                fixed("fund.filter.month"), filter("fund-filter-month", vm.monthFilters(),
                        vm.monthFilterProperty(), 130),
                fixed("fund.filter.kind"), filter("fund-filter-kind", vm.kindFilters(),
                        vm.kindFilterProperty(), 110));
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox counted = Widgets.countedTable(journal, "fund.journal.count", () -> vm.onExport(
                Widgets.listExport(Messages.t("fund.export.journal"), journal, journal.getItems())));
        VBox.setVgrow(counted, Priority.ALWAYS);
        return new VBox(6, filters, counted, more);
    }

    /** A label that keeps its whole text beside a drop-down. */
    private static Label fixed(String key) {
        Label l = new Label(Messages.t(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> ComboBox<Choice<T>> filter(String id, javafx.collections.ObservableList<Choice<T>> choices,
            javafx.beans.property.ObjectProperty<Choice<T>> value, double width) {
        ComboBox<Choice<T>> c = new ComboBox<>();
        c.setId(id);
        Bindings.bindContent(c.getItems(), choices);
        c.valueProperty().bindBidirectional(value);
        c.setPrefWidth(width);
        c.setVisibleRowCount(16);
        return c;
    }

    /** 支出进度: the chosen fund's cumulative allocated and paid at each month's end, in 万元. */
    private static Node progressPane(FundsViewModel vm) {
        ComboBox<Choice<Long>> fund = filter("fund-progress-fund", vm.progressFunds(), vm.progressFundProperty(), 320);
        Label note = Widgets.message("fund-progress-note", vm.spendingNoteProperty(), "hint");
        HBox top = new HBox(8, fixed("fund.progress.fund"), fund, note);
        top.setAlignment(Pos.CENTER_LEFT);
        CategoryAxis x = new CategoryAxis();
        x.setLabel(Messages.t("fund.progress.month"));
        NumberAxis y = new NumberAxis();
        y.setLabel(Messages.t("fund.progress.axis"));
        LineChart<String, Number> chart = new LineChart<>(x, y);
        chart.setId("fund-progress-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        XYChart.Series<String, Number> allocated = new XYChart.Series<>();
        allocated.setName(Messages.t("fund.progress.allocated"));
        XYChart.Series<String, Number> paid = new XYChart.Series<>();
        paid.setName(Messages.t("fund.progress.paid"));
        chart.getData().add(allocated);
        chart.getData().add(paid);
        Runnable draw = () -> {
            allocated.getData().setAll(vm.spending().stream()
                    .map(m -> new XYChart.Data<String, Number>(m.month().toString(), m.allocatedFen() / 1_000_000.0))
                    .toList());
            paid.getData().setAll(vm.spending().stream()
                    .map(m -> new XYChart.Data<String, Number>(m.month().toString(), m.paidFen() / 1_000_000.0))
                    .toList());
        };
        vm.spending().addListener((ListChangeListener<SpendingMonth>) c -> draw.run());
        draw.run();
        VBox.setVgrow(chart, Priority.ALWAYS);
        return new VBox(8, top, chart);
    }

    private static Tab tab(String id, String key, Node content) {
        Tab t = new Tab(Messages.t(key), content);
        t.setId(id);
        return t;
    }

    public Node root() {
        return root;
    }
}
