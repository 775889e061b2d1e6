package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** 新增资金: the fund's fields, and the date and amount of its money when it has arrived. */
final class FundFormView {

    private final Node root;
    private final TextField name = Widgets.textField("fund-fund-name", "fund.fund.namePrompt");

    FundFormView(FundFormViewModel vm, Runnable onCancelled) {
        name.textProperty().bindBidirectional(vm.nameProperty());
        // an editable list: the code list's sources, or the clerk's own (a 资金来源 the county names differently)
        ComboBox<String> source = new ComboBox<>();
        source.setId("fund-fund-source");
        source.setEditable(true);
        source.setMaxWidth(Double.MAX_VALUE);
        source.setVisibleRowCount(14);
        source.getItems().setAll(vm.ledgers().sources().stream().map(c -> c.code()).toList());
        source.getEditor().textProperty().bindBidirectional(vm.sourceProperty());
        source.setPromptText(Messages.t("fund.fund.sourcePrompt"));
        ComboBox<?> level = Widgets.combo("fund-fund-level", Ledgers.codes(vm.ledgers().levels()), vm.levelProperty());
        TextField year = Widgets.textField("fund-fund-year", null);
        year.textProperty().bindBidirectional(vm.yearProperty());
        TextField doc = Widgets.textField("fund-fund-doc", "fund.fund.docPrompt");
        doc.textProperty().bindBidirectional(vm.docProperty());
        DatePicker on = Widgets.datePicker("fund-fund-date");
        on.valueProperty().bindBidirectional(vm.receivedOnProperty());
        Widgets.commitAsTyped(on);
        TextField amount = Widgets.textField("fund-fund-amount", "fund.fund.amountPrompt");
        amount.setAlignment(Pos.CENTER_RIGHT);
        amount.textProperty().bindBidirectional(vm.amountProperty());
        TextField note = Widgets.textField("fund-fund-note", null);
        note.textProperty().bindBidirectional(vm.noteProperty());
        GridPane grid = Widgets.formGrid(2);
        grid.addRow(0, FormPage.label("fund.fund.name", name), name, FormPage.label("fund.fund.year", year), year);
        grid.addRow(1, FormPage.label("fund.fund.source", source), source, FormPage.label("fund.fund.level", level),
                level);
        grid.addRow(2, FormPage.label("fund.fund.doc", doc), doc, FormPage.label("fund.fund.note", note), note);
        if (!vm.isEdit()) { // a fund's money is corrected in the journal (冲销), not here
            grid.addRow(3, FormPage.label("fund.fund.amount", amount), amount, FormPage.label("fund.fund.date", on), on);
        }
        root = FormPage.of("fund-fund", Messages.t(vm.isEdit() ? "fund.fund.editTitle" : "fund.fund.title"),
                Messages.t(vm.isEdit() ? "fund.fund.editHint" : "fund.fund.hint"), vm,
                "fund.fund.save", onCancelled, grid,
                Widgets.message("fund-fund-problem", vm.problemProperty(), "field-warning"));
    }

    Node root() {
        return root;
    }

    void focus() {
        Focus.soon(name);
    }
}
