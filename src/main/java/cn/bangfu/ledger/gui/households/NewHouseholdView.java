package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import java.util.function.LongConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 新建农户: the household's fields and its head, created together; then its card opens. */
final class NewHouseholdView {

    private final ScrollPane root;
    private final HouseholdFieldsView household;

    /**
     * @param onCreated     with the new household's id
     * @param onCancelled   when the clerk cancels
     * @param onVillageAdded after a village was added (the list's village filter reloads)
     */
    NewHouseholdView(NewHouseholdViewModel vm, LongConsumer onCreated, Runnable onCancelled,
            Runnable onVillageAdded) {
        Label title = Ui.styled(Messages.t("hh.new.title"), "hh-card-title");
        Label hint = Ui.styled(Messages.t("hh.new.hint"), "hint");
        hint.setWrapText(true);

        household = new HouseholdFieldsView(vm.household(), "nh", "nh-no", false, vm::addVillage,
                onVillageAdded);
        MemberFormView head = new MemberFormView(vm.head(), null, null);

        TextField reason = Ui.textField("nh-reason", "hh.form.reasonPrompt");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox reasonRow = new HBox(10, new Label(Messages.t("hh.form.reason")), reason);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        reasonRow.visibleProperty().bind(vm.hasWarningsProperty().and(vm.hasErrorsProperty().not()));
        reasonRow.managedProperty().bind(reasonRow.visibleProperty());
        vm.reasonMissingProperty().addListener((o, a, b) -> {
            if (b) {
                reason.requestFocus();
            }
        });
        Label message = Ui.message("nh-message", vm.messageProperty(), "field-error");

        Button save = new Button();
        save.setId("nh-save");
        save.getStyleClass().add("accent");
        save.textProperty().bind(vm.saveLabelProperty());
        save.disableProperty().bind(vm.hasErrorsProperty());
        Button cancel = Ui.button("nh-cancel", "hh.form.cancel", null);
        Runnable doSave = () -> {
            if (save.isDisabled()) {
                return;
            }
            Long id = vm.onSave();
            if (id != null) {
                onCreated.accept(id);
            }
        };
        save.setOnAction(e -> doSave.run());
        cancel.setOnAction(e -> onCancelled.run());
        HBox buttons = new HBox(10, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(12, title, hint, Ui.styled(Messages.t("hh.new.householdSection"), "section-title"),
                household.root(), Ui.styled(Messages.t("hh.new.headSection"), "section-title"), head.root(), reasonRow,
                message, buttons);
        page.getStyleClass().add("hh-card-page");
        Ui.formKeys(page, doSave, onCancelled);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
        root.setId("hh-new-form");
    }

    Node root() {
        return root;
    }

    void focus() {
        household.focus();
    }
}
