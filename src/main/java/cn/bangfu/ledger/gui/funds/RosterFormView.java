package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.funds.RosterFormViewModel.LineRow;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * 发放到户: the entry's fields, where the roster comes from (a payment list, or the measures), its lines with what
 * became of each (problem lines tinted), the total, and the two postings it makes.
 */
final class RosterFormView {

    private final Node root;
    private final Button readFile;

    RosterFormView(RosterFormViewModel vm, Runnable onCancelled) {
        ComboBox<?> fund = Widgets.combo("fund-roster-fund", vm.ledgers().fundChoices(), vm.fundProperty());
        ComboBox<?> project = Widgets.combo("fund-roster-project",
                vm.ledgers().projectChoices(Messages.t("fund.entry.noProject")), vm.projectProperty());
        DatePicker date = Widgets.datePicker("fund-roster-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        Widgets.commitAsTyped(date);
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("fund-roster-kind");
        kind.setEditable(true);
        kind.getItems().setAll(RosterFormViewModel.KINDS);
        kind.setMaxWidth(Double.MAX_VALUE);
        kind.getEditor().textProperty().bindBidirectional(vm.kindProperty());
        TextField voucher = Widgets.textField("fund-roster-voucher", "fund.entry.voucherPrompt");
        voucher.textProperty().bindBidirectional(vm.voucherProperty());
        GridPane grid = Widgets.formGrid(2);
        grid.addRow(0, FormPage.label("fund.entry.fund", fund), fund, FormPage.label("fund.entry.project", project),
                project);
        grid.addRow(1, FormPage.label("fund.roster.kind", kind), kind, FormPage.label("fund.entry.date", date), date);
        grid.addRow(2, FormPage.label("fund.entry.voucher", voucher), voucher);

        readFile = Widgets.button("fund-roster-read", "fund.roster.readFile", Feather.FILE_TEXT);
        readFile.setOnAction(e -> vm.onReadFile());
        ComboBox<?> family = Widgets.combo("fund-roster-family", Ledgers.codes(vm.ledgers().families()),
                vm.familyProperty());
        family.setMaxWidth(160);
        TextField detail = Widgets.textField("fund-roster-detail", "fund.roster.detailPrompt");
        detail.textProperty().bindBidirectional(vm.detailProperty());
        detail.setPrefColumnCount(11);
        ComboBox<?> basis = Widgets.combo("fund-roster-basis", vm.bases(), vm.basisProperty());
        basis.setMaxWidth(220);
        Button fromMeasures = Widgets.button("fund-roster-measures", "fund.roster.fromMeasures", Feather.LIST);
        fromMeasures.setOnAction(e -> vm.onFromMeasures());
        Label or = new Label(Messages.t("fund.roster.or"));
        HBox sources = new HBox(10, readFile, or, family, detail, basis, fromMeasures);
        sources.setAlignment(Pos.CENTER_LEFT);

        TableView<LineRow> table = Widgets.table("fund-roster-lines", "fund.roster.empty");
        table.setItems(vm.lines());
        table.getColumns().add(Widgets.column("fund.roster.col.row", LineRow::row, 50, true));
        table.getColumns().add(Widgets.column("fund.roster.col.status", LineRow::status, 76, false));
        table.getColumns().add(Widgets.column("fund.roster.col.name", LineRow::name, 80, false));
        table.getColumns().add(Widgets.column("fund.roster.col.id", LineRow::id, 170, false));
        table.getColumns().add(Widgets.column("fund.roster.col.village", LineRow::village, 80, false));
        table.getColumns().add(Widgets.column("fund.roster.col.householdNo", LineRow::householdNo, 170, false));
        table.getColumns().add(Widgets.column("fund.roster.col.account", LineRow::account, 160, false));
        table.getColumns().add(Widgets.column("fund.roster.col.amount", LineRow::amount, 100, true));
        table.getColumns().add(Widgets.column("fund.roster.col.note", LineRow::note, 420, false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LineRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("problem"), !empty && item.problem());
            }
        });
        table.setPrefHeight(260);
        Label summary = Widgets.message("fund-roster-summary", vm.summaryProperty(), "hh-strong");
        Button leaveOut = Widgets.button("fund-roster-leave-out", "fund.roster.leaveOut", null);
        leaveOut.setOnAction(e -> vm.onLeaveOutProblems());
        leaveOut.visibleProperty().bind(vm.leaveOutOfferedProperty());
        leaveOut.managedProperty().bind(leaveOut.visibleProperty());
        HBox summaryRow = new HBox(12, summary, leaveOut);
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        Label postings = Widgets.message("fund-roster-postings", vm.postingsProperty(), "hint");
        Label problem = Widgets.message("fund-roster-problem", vm.problemProperty(), "field-warning");
        Label busy = Widgets.message("fund-roster-busy", vm.busyTextProperty(), "hint");

        root = FormPage.of("fund-roster", Messages.t("fund.roster.title"), Messages.t("fund.roster.hint"), vm,
                "fund.roster.save", onCancelled, grid, sources, busy, summaryRow, table, postings, problem);
    }

    Node root() {
        return root;
    }

    void focus() {
        Focus.soon(readFile);
    }
}
