package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.funds.FundsViewModel.EntryLine;
import cn.bangfu.ledger.gui.funds.FundsViewModel.FundLine;
import cn.bangfu.ledger.gui.funds.FundsViewModel.ProjectLine;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** 帮扶资金: the funds, the projects and the journal, each a counted table with 导出Excel. */
public final class FundsView {

    private final VBox root;

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
        Label notYet = Widgets.styled(Messages.t("fund.notYet"), "hint");
        notYet.setId("fund-not-yet");
        notYet.setWrapText(true);
        Label error = Widgets.message("fund-error", vm.errorProperty(), "field-error");

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

        TabPane tabs = new TabPane(
                tab("fund-tab-funds", "fund.tab.funds", Widgets.countedTable(funds, "fund.count",
                        () -> vm.onExport(Widgets.listExport(Messages.t("fund.export.funds"), funds, funds.getItems())))),
                tab("fund-tab-projects", "fund.tab.projects", Widgets.countedTable(projects, "fund.count",
                        () -> vm.onExport(Widgets.listExport(Messages.t("fund.export.projects"), projects,
                                projects.getItems())))),
                tab("fund-tab-journal", "fund.tab.journal", journalPane(vm, journal, more)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(10, header, subtitle, notYet, error, tabs);
        root.getStyleClass().add("page");
        vm.refresh();
    }

    /** The journal's counted table, and under it the note when older entries are not listed. */
    private static Node journalPane(FundsViewModel vm, TableView<EntryLine> journal, Label more) {
        VBox counted = Widgets.countedTable(journal, "fund.journal.count", () -> vm.onExport(
                Widgets.listExport(Messages.t("fund.export.journal"), journal, journal.getItems())));
        VBox.setVgrow(counted, Priority.ALWAYS);
        return new VBox(6, counted, more);
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
