package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.model.Project;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** 新增项目 and 修改项目: the project's fields in two columns, the linked households' 户编号 across. */
final class ProjectFormView {

    private final Node root;
    private final TextField name = Widgets.textField("fund-project-name", "fund.project.namePrompt");

    ProjectFormView(ProjectFormViewModel vm, Runnable onCancelled) {
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<?> category = Widgets.combo("fund-project-category", Ledgers.codes(vm.ledgers().categories()),
                vm.categoryProperty());
        ComboBox<?> village = Widgets.combo("fund-project-village", vm.villages(), vm.villageProperty());
        TextField implementer = Widgets.textField("fund-project-implementer", "fund.project.implementerPrompt");
        implementer.textProperty().bindBidirectional(vm.implementerProperty());
        ComboBox<?> status = Widgets.combo("fund-project-status", vm.statuses(), vm.statusProperty());
        DatePicker started = Widgets.datePicker("fund-project-started");
        started.valueProperty().bindBidirectional(vm.startedOnProperty());
        Widgets.commitAsTyped(started);
        ComboBox<?> fund = Widgets.combo("fund-project-fund", vm.ledgers().fundChoices(), vm.planFundProperty());
        TextField planned = Widgets.textField("fund-project-planned", "fund.entry.amountPrompt");
        planned.setAlignment(Pos.CENTER_RIGHT);
        planned.textProperty().bindBidirectional(vm.plannedProperty());
        TextField households = Widgets.textField("fund-project-households", null);
        households.setAlignment(Pos.CENTER_RIGHT);
        households.textProperty().bindBidirectional(vm.householdsProperty());
        TextField persons = Widgets.textField("fund-project-persons", null);
        persons.setAlignment(Pos.CENTER_RIGHT);
        persons.textProperty().bindBidirectional(vm.personsProperty());
        DatePicker completed = Widgets.datePicker("fund-project-completed");
        completed.valueProperty().bindBidirectional(vm.completedOnProperty());
        Widgets.commitAsTyped(completed);
        DatePicker accepted = Widgets.datePicker("fund-project-accepted");
        accepted.valueProperty().bindBidirectional(vm.acceptedOnProperty());
        Widgets.commitAsTyped(accepted);
        Runnable dates = () -> {
            String st = vm.statusProperty().get();
            started.setDisable(Project.PLANNED.equals(st));
            completed.setDisable(!Project.COMPLETED.equals(st) && !Project.ACCEPTED.equals(st));
            accepted.setDisable(!Project.ACCEPTED.equals(st));
        };
        vm.statusProperty().addListener((o, a, b) -> dates.run());
        dates.run();
        TextField linked = Widgets.textField("fund-project-linked", "fund.project.linkedPrompt");
        linked.textProperty().bindBidirectional(vm.linkedProperty());
        GridPane grid = Widgets.formGrid(2);
        grid.addRow(0, FormPage.label("fund.project.name", name), name,
                FormPage.label("fund.project.category", category), category);
        grid.addRow(1, FormPage.label("fund.project.village", village), village,
                FormPage.label("fund.project.implementer", implementer), implementer);
        grid.addRow(2, FormPage.label("fund.project.status", status), status,
                FormPage.label("fund.project.started", started), started);
        grid.addRow(3, FormPage.label("fund.project.completed", completed), completed,
                FormPage.label("fund.project.accepted", accepted), accepted);
        grid.addRow(4, FormPage.label("fund.project.fund", fund), fund, FormPage.label("fund.project.planned", planned),
                planned);
        grid.addRow(5, FormPage.label("fund.project.households", households), households,
                FormPage.label("fund.project.persons", persons), persons);
        grid.add(FormPage.label("fund.project.linked", linked), 0, 6);
        grid.add(linked, 1, 6, 3, 1);
        root = FormPage.of("fund-project", Messages.t(vm.isEdit() ? "fund.project.editTitle" : "fund.project.title"),
                Messages.t("fund.project.hint"), vm,
                "fund.project.save", onCancelled, grid,
                Widgets.message("fund-project-problem", vm.problemProperty(), "field-warning"));
    }

    Node root() {
        return root;
    }

    void focus() {
        Focus.soon(name);
    }
}
