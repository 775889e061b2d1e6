package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * A household's own fields in two columns (Tab moves left to right, top to bottom), each with its finding
 * under it, and household findings not tied to a field below: shared by 新建农户 and 编辑户信息. Picking
 * 新增村… asks for the village's name (through the fields' view model and the window's dialogs).
 */
final class HouseholdFieldsView {

    private final HouseholdFields fields;
    private final String prefix;
    private final VBox root;
    private final TextField number;

    /**
     * @param prefix         of the controls' ids ({@code prefix-village}, {@code prefix-error-householdNo} …)
     * @param numberId       the id of the 户编号 field
     * @param withNote       whether 备注 is shown
     * @param onVillageAdded after a village was added (the list's village filter reloads)
     */
    HouseholdFieldsView(HouseholdFields fields, String prefix, String numberId, boolean withNote,
            Runnable onVillageAdded) {
        this.fields = fields;
        this.prefix = prefix;
        GridPane grid = Widgets.formGrid();

        number = Widgets.textField(numberId, "hh.new.noPrompt");
        number.textProperty().bindBidirectional(fields.householdNoProperty());
        ComboBox<Choice<Long>> village = new ComboBox<>(fields.villages());
        village.setId(prefix + "-village");
        village.setMaxWidth(Double.MAX_VALUE);
        village.setPromptText(Messages.t("hh.new.villagePrompt"));
        village.valueProperty().bindBidirectional(fields.villageProperty());
        village.valueProperty().addListener((o, a, b) -> {
            if (b != null && b.value() != null && b.value() == HouseholdFields.ADD_VILLAGE) {
                // after the drop-down closed: the form's view model asks for the name
                Platform.runLater(() -> fields.onAddVillage(onVillageAdded));
            }
        });
        grid.add(MemberFormView.formLabel("hh.new.no", number), 0, 0);
        grid.add(Widgets.withFinding(number, finding("householdNo")), 1, 0);
        grid.add(MemberFormView.formLabel("hh.new.village", village), 2, 0);
        grid.add(Widgets.withFinding(village, finding("villageId")), 3, 0);

        ComboBox<Choice<String>> type = Widgets.combo(prefix + "-type", fields.householdTypes(),
                fields.householdTypeProperty());
        CheckBox noLabour = new CheckBox(Messages.t("hh.new.noLabour"));
        noLabour.setId(prefix + "-no-labour");
        noLabour.selectedProperty().bindBidirectional(fields.noLabourCapacityProperty());
        grid.add(MemberFormView.formLabel("hh.new.type", type), 0, 1);
        grid.add(Widgets.withFinding(type, finding("householdType")), 1, 1);
        grid.add(Widgets.withFinding(noLabour, finding("noLabourCapacity")), 3, 1);

        TextField phone = Widgets.textField(prefix + "-phone", null);
        phone.textProperty().bindBidirectional(fields.phoneProperty());
        TextField address = Widgets.textField(prefix + "-address", null);
        address.textProperty().bindBidirectional(fields.addressProperty());
        grid.add(MemberFormView.formLabel("hh.new.phone", phone), 0, 2);
        grid.add(Widgets.withFinding(phone, finding("phone")), 1, 2);
        grid.add(MemberFormView.formLabel("hh.new.address", address), 2, 2);
        grid.add(Widgets.withFinding(address, finding("address")), 3, 2);

        if (withNote) {
            TextField note = Widgets.textField(prefix + "-note", null);
            note.textProperty().bindBidirectional(fields.noteProperty());
            grid.add(MemberFormView.formLabel("hh.hf.note", note), 0, 3);
            grid.add(Widgets.withFinding(note, finding("note")), 1, 3, 3, 1);
        }

        Label recordErrors = Widgets.message(prefix + "-record-errors", fields.recordErrorsProperty(), "field-error");
        Label recordWarnings = Widgets.message(prefix + "-record-warnings", fields.recordWarningsProperty(),
                "field-warning");
        root = new VBox(10, grid, recordErrors, recordWarnings);
    }

    private Label finding(String field) {
        return Widgets.findingLabel(prefix + "-error-" + field, fields.field(field));
    }

    Node root() {
        return root;
    }

    /** Puts the cursor into 户编号. */
    void focus() {
        Focus.soon(number);
    }
}
