package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** 新建农户: the household's fields and its head, created together; then its card opens. */
final class NewHouseholdView {

    private final NewHouseholdViewModel vm;
    private final ScrollPane root;
    private final TextField number;
    private Choice<Long> lastVillage;

    /**
     * @param onCreated     with the new household's id
     * @param onCancelled   when the clerk cancels
     * @param onVillageAdded after a village was added (the list's village filter reloads)
     */
    NewHouseholdView(NewHouseholdViewModel vm, LongConsumer onCreated, Runnable onCancelled,
            Runnable onVillageAdded) {
        this.vm = vm;
        Label title = Ui.styled(Messages.t("hh.new.title"), "hh-card-title");
        Label hint = Ui.styled(Messages.t("hh.new.hint"), "hint");
        hint.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setHalignment(HPos.RIGHT);
        label.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints field = new ColumnConstraints(150, 220, 320);
        field.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, field, label, field);

        number = Ui.textField("nh-no", "hh.new.noPrompt");
        number.textProperty().bindBidirectional(vm.householdNoProperty());
        ComboBox<Choice<Long>> village = new ComboBox<>(vm.villages());
        village.setId("nh-village");
        village.setMaxWidth(Double.MAX_VALUE);
        village.setPromptText(Messages.t("hh.new.villagePrompt"));
        village.valueProperty().bindBidirectional(vm.villageProperty());
        village.valueProperty().addListener((o, a, b) -> {
            if (b != null && b.value() != null && b.value() == NewHouseholdViewModel.ADD_VILLAGE) {
                Platform.runLater(() -> addVillage(village, onVillageAdded));
            } else {
                lastVillage = b;
            }
        });
        grid.add(MemberFormView.formLabel("hh.new.no", number), 0, 0);
        grid.add(Ui.withFinding(number, finding("householdNo")), 1, 0);
        grid.add(MemberFormView.formLabel("hh.new.village", village), 2, 0);
        grid.add(Ui.withFinding(village, finding("villageId")), 3, 0);

        ComboBox<Choice<String>> type = Ui.combo("nh-type", vm.householdTypes(), vm.householdTypeProperty());
        CheckBox noLabour = new CheckBox(Messages.t("hh.new.noLabour"));
        noLabour.setId("nh-no-labour");
        noLabour.selectedProperty().bindBidirectional(vm.noLabourCapacityProperty());
        grid.add(MemberFormView.formLabel("hh.new.type", type), 0, 1);
        grid.add(Ui.withFinding(type, finding("householdType")), 1, 1);
        grid.add(noLabour, 3, 1);

        TextField phone = Ui.textField("nh-phone", null);
        phone.textProperty().bindBidirectional(vm.phoneProperty());
        TextField address = Ui.textField("nh-address", null);
        address.textProperty().bindBidirectional(vm.addressProperty());
        grid.add(MemberFormView.formLabel("hh.new.phone", phone), 0, 2);
        grid.add(phone, 1, 2);
        grid.add(MemberFormView.formLabel("hh.new.address", address), 2, 2);
        grid.add(address, 3, 2);

        MemberFormView head = new MemberFormView(vm.head(), null, null);

        Label recordErrors = Ui.message("nh-record-errors", vm.recordErrorsProperty(), "field-error");
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

        VBox page = new VBox(12, title, hint, Ui.styled(Messages.t("hh.new.householdSection"), "section-title"), grid,
                Ui.styled(Messages.t("hh.new.headSection"), "section-title"), head.root(), recordErrors, reasonRow,
                message, buttons);
        page.getStyleClass().add("hh-card-page");
        Ui.formKeys(page, doSave, onCancelled);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
        root.setId("hh-new-form");
    }

    private Label finding(String field) {
        return Ui.findingLabel("nh-error-" + field, vm.field(field));
    }

    private void addVillage(ComboBox<Choice<Long>> village, Runnable onVillageAdded) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(Messages.t("hh.new.addVillageTitle"));
        dialog.setHeaderText(Messages.t("hh.new.addVillageHeader"));
        dialog.setContentText(Messages.t("hh.new.addVillageLabel"));
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(root.getScene().getStylesheets());
        }
        dialog.getEditor().setId("nh-village-name");
        var name = dialog.showAndWait();
        if (name.isPresent() && !name.get().isBlank() && vm.addVillage(name.get())) {
            onVillageAdded.run();
        } else {
            village.setValue(lastVillage);
        }
    }

    Node root() {
        return root;
    }

    void focus() {
        Platform.runLater(number::requestFocus);
    }
}
