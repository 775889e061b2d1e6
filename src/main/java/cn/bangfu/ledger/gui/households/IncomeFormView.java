package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A year's income block (新增收入 / 编辑收入): the year and the seven amounts in yuan in two columns, each with its
 * finding under it, 家庭纯收入 and 人均纯收入 as the clerk types, 保存 and 取消. Enter saves, Esc cancels.
 */
final class IncomeFormView {

    private final IncomeFormViewModel vm;
    private final VBox root;
    private final TextField year = Widgets.textField("hh-income-year", null);
    private final GridPane grid = Widgets.formGrid(2);

    /**
     * @param onSaved     after a successful save
     * @param onCancelled when the clerk cancels
     */
    IncomeFormView(IncomeFormViewModel vm, Runnable onSaved, Runnable onCancelled) {
        this.vm = vm;
        year.textProperty().bindBidirectional(vm.yearProperty());
        year.setDisable(vm.isEdit());
        grid.add(MemberFormView.formLabel("hh.income.col.year", year), 0, 0);
        grid.add(Widgets.withFinding(year, Widgets.findingLabel("hh-income-error-year", vm.field("year"))), 1, 0);
        int i = 0;
        for (String amount : IncomeFormViewModel.AMOUNTS) {
            TextField f = Widgets.textField("hh-income-" + amount, "hh.income.amountPrompt");
            f.setAlignment(Pos.CENTER_RIGHT);
            f.textProperty().bindBidirectional(vm.amountProperty(amount));
            int r = 1 + i / 2;
            int c = (i % 2) * 2;
            grid.add(MemberFormView.formLabel("hh.income." + amount, f), c, r);
            grid.add(Widgets.withFinding(f, Widgets.findingLabel("hh-income-error-" + amount, vm.field(amount))),
                    c + 1, r);
            i++;
        }
        Label net = new Label();
        net.setId("hh-income-net");
        net.textProperty().bind(Bindings.createStringBinding(() -> Messages.t("hh.income.preview",
                vm.netProperty().get(), vm.perPersonProperty().get(), vm.persons()), vm.netProperty(),
                vm.perPersonProperty()));
        net.getStyleClass().add("hh-strong");
        Label message = Widgets.message("hh-income-message", vm.messageProperty(), "field-error");
        Button save = Widgets.button("hh-income-save", "hh.form.save", null);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.hasErrorsProperty().or(vm.savingProperty()));
        Button cancel = Widgets.button("hh-income-cancel", "hh.form.cancel", null);
        Runnable doSave = () -> {
            if (!save.isDisabled()) {
                vm.onSave();
            }
        };
        save.setOnAction(e -> doSave.run());
        cancel.setOnAction(e -> onCancelled.run());
        vm.savedProperty().addListener((o, a, b) -> {
            if (b) {
                onSaved.run();
            }
        });
        Label title = Widgets.styled(vm.isEdit()
                ? Messages.t("hh.income.editTitle", String.valueOf(vm.existing().year()))
                : Messages.t("hh.income.addTitle"), "section-title");
        root = new VBox(10, title, Widgets.styled(Messages.t("hh.income.formHint"), "hint"), grid, net, message,
                CardPages.toolbar(save, cancel));
        Widgets.formKeys(root, doSave, onCancelled);
    }

    Node root() {
        return root;
    }

    /** Puts the cursor into the year (a new year) or the first amount. */
    void focus() {
        Focus.soon(vm.isEdit() ? grid.lookup("#hh-income-wageIncome") : year);
    }
}
