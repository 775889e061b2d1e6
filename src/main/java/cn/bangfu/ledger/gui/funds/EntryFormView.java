package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.funds.EntryFormViewModel.PostingRow;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** 记一笔: the entry's fields in two columns, then its postings as they will be written, 借方 beside 贷方. */
final class EntryFormView {

    private final Node root;
    private final ComboBox<Choice<String>> kind;

    EntryFormView(EntryFormViewModel vm, Runnable onCancelled) {
        kind = Widgets.combo("fund-entry-kind", vm.kinds(), vm.kindProperty());
        ComboBox<Choice<Long>> fund = Widgets.combo("fund-entry-fund", vm.ledgers().fundChoices(), vm.fundProperty());
        ComboBox<Choice<Long>> project = Widgets.combo("fund-entry-project",
                vm.ledgers().projectChoices(Messages.t("fund.entry.noProject")), vm.projectProperty());
        DatePicker date = Widgets.datePicker("fund-entry-date");
        date.valueProperty().bindBidirectional(vm.dateProperty());
        Widgets.commitAsTyped(date);
        TextField payee = Widgets.textField("fund-entry-payee", "fund.entry.payeePrompt");
        payee.textProperty().bindBidirectional(vm.payeeProperty());
        TextField amount = Widgets.textField("fund-entry-amount", "fund.entry.amountPrompt");
        amount.setAlignment(Pos.CENTER_RIGHT);
        amount.textProperty().bindBidirectional(vm.amountProperty());
        TextField voucher = Widgets.textField("fund-entry-voucher", "fund.entry.voucherPrompt");
        voucher.textProperty().bindBidirectional(vm.voucherProperty());
        TextField memo = Widgets.textField("fund-entry-memo", "fund.entry.memoPrompt");
        memo.textProperty().bindBidirectional(vm.memoProperty());
        Runnable shape = () -> {
            project.setDisable(!vm.takesProject());
            payee.setDisable(!vm.takesPayee());
        };
        vm.kindProperty().addListener((o, a, b) -> shape.run());
        shape.run();

        GridPane grid = Widgets.formGrid(2);
        grid.addRow(0, FormPage.label("fund.entry.kind", kind), kind, FormPage.label("fund.entry.date", date), date);
        grid.addRow(1, FormPage.label("fund.entry.fund", fund), fund, FormPage.label("fund.entry.project", project),
                project);
        grid.addRow(2, FormPage.label("fund.entry.amount", amount), amount, FormPage.label("fund.entry.payee", payee),
                payee);
        grid.addRow(3, FormPage.label("fund.entry.voucher", voucher), voucher,
                FormPage.label("fund.entry.memo", memo), memo);
        Label balance = Widgets.message("fund-entry-balance", vm.balanceProperty(), "hint");
        Label problem = Widgets.message("fund-entry-problem", vm.problemProperty(), "field-warning");

        TableView<PostingRow> postings = Widgets.table("fund-entry-postings", "fund.entry.noPostings");
        postings.setItems(vm.postings());
        postings.getColumns().add(Widgets.column("fund.entry.col.account", PostingRow::account, 90, false));
        postings.getColumns().add(Widgets.column("fund.entry.col.where", PostingRow::where, 300, false));
        postings.getColumns().add(Widgets.column("fund.entry.col.debit", PostingRow::debit, 150, true));
        postings.getColumns().add(Widgets.column("fund.entry.col.credit", PostingRow::credit, 150, true));
        postings.setPrefHeight(120);
        postings.setMaxWidth(720);
        Label postingsTitle = Widgets.styled(Messages.t("fund.entry.postings"), "hint");

        root = FormPage.of("fund-entry", Messages.t("fund.entry.title"), Messages.t("fund.entry.hint"), vm,
                "fund.entry.save", onCancelled, grid, balance, problem, postingsTitle, postings);
    }

    Node root() {
        return root;
    }

    void focus() {
        Focus.soon(kind);
    }
}
