package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 编辑户信息: the household's own fields (shared with 新建农户), the reason when the rules warn, 保存 and 取消.
 * Enter saves, Esc cancels.
 */
final class HouseholdFormView {

    private final HouseholdFieldsView fields;
    private final VBox root;

    /**
     * @param onSaved        after a successful save
     * @param onCancelled    when the clerk cancels
     * @param onVillageAdded after a village was added (the list's village filter reloads)
     */
    HouseholdFormView(HouseholdFormViewModel vm, Runnable onSaved, Runnable onCancelled, Runnable onVillageAdded) {
        fields = new HouseholdFieldsView(vm.household(), "hf", "hf-number", true, vm::addVillage, onVillageAdded);

        TextField reason = Ui.textField("hf-reason", "hh.form.reasonPrompt");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Label reasonLabel = new Label(Messages.t("hh.form.reason"));
        reasonLabel.setLabelFor(reason);
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox reasonRow = new HBox(10, reasonLabel, reason);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        reasonRow.visibleProperty().bind(vm.hasWarningsProperty().and(vm.hasErrorsProperty().not()));
        reasonRow.managedProperty().bind(reasonRow.visibleProperty());
        vm.reasonMissingProperty().addListener((o, a, b) -> {
            if (b) {
                reason.requestFocus();
            }
        });
        Label message = Ui.message("hf-message", vm.messageProperty(), "field-error");

        Button save = new Button();
        save.setId("hf-save");
        save.getStyleClass().add("accent");
        save.textProperty().bind(vm.saveLabelProperty());
        save.disableProperty().bind(vm.canSaveProperty().not());
        Button cancel = Ui.button("hf-cancel", "hh.form.cancel", null);
        Runnable doSave = () -> {
            if (!save.isDisabled() && vm.onSave()) {
                onSaved.run();
            }
        };
        save.setOnAction(e -> doSave.run());
        cancel.setOnAction(e -> onCancelled.run());
        HBox buttons = new HBox(10, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(10, fields.root(), reasonRow, message, buttons);
        root.getStyleClass().add("hh-household-form");
        Ui.formKeys(root, doSave, onCancelled);
    }

    Node root() {
        return root;
    }

    /** Puts the cursor into 户编号. */
    void focus() {
        fields.focus();
    }
}
