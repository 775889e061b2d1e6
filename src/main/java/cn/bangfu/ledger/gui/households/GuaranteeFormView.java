package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * 新增核查: the date of a 三保障 + 饮水 check, one box per guarantee (the housing grade beside 住房安全), a note,
 * 保存 and 取消. Enter saves, Esc cancels.
 */
final class GuaranteeFormView {

    private final VBox root;
    private final DatePicker date = Widgets.datePicker("hh-check-date");

    /**
     * @param onSaved     after a successful save
     * @param onCancelled when the clerk cancels
     */
    GuaranteeFormView(GuaranteeFormViewModel vm, Runnable onSaved, Runnable onCancelled) {
        date.valueProperty().bindBidirectional(vm.checkedOnProperty());
        CheckBox education = box("hh-check-education", "hh.check.educationSecured", vm.educationSecuredProperty());
        CheckBox housing = box("hh-check-housing", "hh.check.housingSafe", vm.housingSafeProperty());
        ComboBox<Choice<String>> grade = Widgets.combo("hh-check-grade", vm.grades(), vm.housingGradeProperty());
        grade.setMaxWidth(120);
        CheckBox medical = box("hh-check-medical", "hh.check.medicalSecured", vm.medicalSecuredProperty());
        CheckBox water = box("hh-check-water", "hh.check.waterSafe", vm.waterSafeProperty());
        TextField note = Widgets.textField("hh-check-note", null);
        note.textProperty().bindBidirectional(vm.noteProperty());

        GridPane grid = Widgets.formGrid(1);
        grid.addRow(0, MemberFormView.formLabel("hh.check.col.date", date), date);
        grid.add(education, 1, 1);
        HBox housingRow = new HBox(10, housing, new Label(Messages.t("hh.check.grade.label")), grade);
        housingRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(housingRow, 1, 2);
        grid.add(medical, 1, 3);
        grid.add(water, 1, 4);
        grid.addRow(5, MemberFormView.formLabel("hh.check.col.note", note), note);
        Label message = Widgets.message("hh-check-message", vm.messageProperty(), "field-error");
        Button save = Widgets.button("hh-check-save", "hh.form.save", null);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.savingProperty());
        Button cancel = Widgets.button("hh-check-cancel", "hh.form.cancel", null);
        Runnable doSave = () -> {
            Widgets.commit(date);
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
        root = new VBox(10, Widgets.styled(Messages.t("hh.check.addTitle"), "section-title"), grid, message,
                CardPages.toolbar(save, cancel));
        Widgets.formKeys(root, doSave, onCancelled);
    }

    private static CheckBox box(String id, String key, BooleanProperty value) {
        CheckBox c = new CheckBox(Messages.t(key));
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    Node root() {
        return root;
    }

    /** Puts the cursor into the date. */
    void focus() {
        Focus.soon(date);
    }
}
