package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The member form: every field of a member in two columns (Tab moves left to right, top to bottom), each with
 * its finding under it (errors red, warnings amber). With buttons, Enter saves and Esc cancels; without
 * (inside 新建农户) the household form saves it.
 */
final class MemberFormView {

    private final MemberFormViewModel vm;
    private final VBox root;
    private final GridPane grid = Widgets.formGrid();
    private TextField first;

    /**
     * @param onSaved     after a successful save (null: no buttons, the caller saves)
     * @param onCancelled when the clerk cancels
     */
    MemberFormView(MemberFormViewModel vm, Runnable onSaved, Runnable onCancelled) {
        this.vm = vm;

        TextField name = text("mf-name", "name", vm.nameProperty(), "hh.mf.namePrompt");
        first = name;
        ComboBox<Choice<String>> relation = Widgets.combo("mf-relation", vm.codes("relation", true), vm.relationProperty());
        relation.setDisable(vm.isHeadFixed());
        row(0, "hh.mf.name", name, "name", "hh.mf.relation", relation, "relation");
        ComboBox<Choice<String>> idType = Widgets.combo("mf-id-type", vm.codes("id_type", false), vm.idTypeProperty());
        TextField idNumber = text("mf-id-number", "idNumber", vm.idNumberProperty(), "hh.mf.idPrompt");
        row(1, "hh.mf.idType", idType, "idType", "hh.mf.idNumber", idNumber, "idNumber");
        ComboBox<Choice<String>> gender = Widgets.combo("mf-gender", vm.codes("gender", true), vm.genderProperty());
        TextField birth = text("mf-birth", "birthDate", vm.birthProperty(), "hh.form.datePrompt");
        row(2, "hh.mf.gender", gender, "gender", "hh.mf.birth", birth, "birthDate");
        row(3, "hh.mf.ethnicity", Widgets.combo("mf-ethnicity", vm.codes("ethnicity", true), vm.ethnicityProperty()),
                "ethnicity", "hh.mf.health", Widgets.combo("mf-health", vm.codes("health", true), vm.healthProperty()),
                "health");
        row(4, "hh.mf.education", Widgets.combo("mf-education", vm.codes("education", true), vm.educationProperty()),
                "education", "hh.mf.school",
                Widgets.combo("mf-school", vm.codes("school_status", true), vm.schoolStatusProperty()), "schoolStatus");
        row(5, "hh.mf.labour", Widgets.combo("mf-labour", vm.codes("labour_skill", true), vm.labourSkillProperty()),
                "labourSkill", "hh.mf.workStatus",
                Widgets.combo("mf-work-status", vm.codes("work_status", true), vm.workStatusProperty()), "workStatus");
        row(6, "hh.mf.workMonths", text("mf-work-months", "workMonths", vm.workMonthsProperty(), null), "workMonths",
                "hh.mf.phone", text("mf-phone", "phone", vm.phoneProperty(), null), "phone");

        CheckBox medical = Widgets.triState("mf-medical", "hh.mf.medical", vm.medicalInsuranceProperty());
        CheckBox serious = Widgets.triState("mf-serious", "hh.mf.serious", vm.seriousIllnessInsuranceProperty());
        CheckBox pension = Widgets.triState("mf-pension", "hh.mf.pension", vm.pensionInsuranceProperty());
        HBox insurance = new HBox(20, medical, serious, pension);
        insurance.setAlignment(Pos.CENTER_LEFT);
        VBox insuranceBox = new VBox(2, insurance, finding("medicalInsurance"), finding("seriousIllnessInsurance"),
                finding("pensionInsurance"));
        grid.add(formLabel("hh.mf.insurance", medical), 0, 7);
        grid.add(insuranceBox, 1, 7, 3, 1);

        row(8, "hh.mf.dibao", Widgets.combo("mf-dibao", vm.codes("dibao", true), vm.dibaoProperty()), "dibao",
                "hh.mf.tekun", Widgets.combo("mf-tekun", vm.codes("tekun", true), vm.tekunProperty()), "tekun");
        row(9, "hh.mf.publicPost", text("mf-post", "publicPost", vm.publicPostProperty(), "hh.mf.postPrompt"),
                "publicPost", "hh.mf.publicPostMonths",
                text("mf-post-months", "publicPostMonths", vm.publicPostMonthsProperty(), null), "publicPostMonths");
        row(10, "hh.mf.personNo", text("mf-person-no", "personNo", vm.personNoProperty(), null), "personNo",
                null, null, null);

        Label recordErrors = Widgets.message("mf-record-errors", vm.recordErrorsProperty(), "field-error");
        Label recordWarnings = Widgets.message("mf-record-warnings", vm.recordWarningsProperty(), "field-warning");
        root = new VBox(10, grid, recordErrors, recordWarnings);
        root.getStyleClass().add("hh-member-form");

        if (onSaved != null) {
            SaveBar bar = new SaveBar("mf", vm.gate(), vm.hasErrorsProperty().or(vm.savingProperty()), vm::onSave,
                    onCancelled);
            vm.savedProperty().addListener((o, a, b) -> {
                if (b) {
                    onSaved.run();
                }
            });
            root.getChildren().addAll(bar.nodes());
            Widgets.formKeys(root, bar.save(), onCancelled);
        }
    }

    private TextField text(String id, String field, javafx.beans.property.StringProperty value, String promptKey) {
        TextField f = Widgets.textField(id, promptKey);
        f.textProperty().bindBidirectional(value);
        f.setMaxWidth(Double.MAX_VALUE);
        return f;
    }

    private Label finding(String field) {
        return Widgets.findingLabel("mf-error-" + field, vm.field(field));
    }

    private void row(int r, String leftKey, Node left, String leftField, String rightKey, Node right,
            String rightField) {
        Label l = formLabel(leftKey, left);
        grid.add(l, 0, r);
        grid.add(Widgets.withFinding(left, finding(leftField)), 1, r);
        if (right != null) {
            grid.add(formLabel(rightKey, right), 2, r);
            grid.add(Widgets.withFinding(right, finding(rightField)), 3, r);
        }
    }

    /** A field's label, aligned with the field's text when a finding shows under the field. */
    static Label formLabel(String key, Node target) {
        Label l = new Label(Messages.t(key));
        l.setLabelFor(target);
        l.getStyleClass().add("hh-form-label");
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }

    Node root() {
        return root;
    }

    /** Puts the cursor into the first field. */
    void focus() {
        Focus.soon(first);
    }
}
