package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.imports.ImportWidgets.column;
import static cn.bangfu.ledger.gui.imports.ImportWidgets.showWhen;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.logic.rosters.DiffStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Step 4 差异预览: a tab per kind of difference (a roster) or leads and persons not found (a push list). */
final class PreviewStepView {

    private final Node root;

    PreviewStepView(PreviewStepViewModel vm, ReadOnlyBooleanProperty push) {
        TabPane roster = new TabPane();
        roster.setId("imp-diff-tabs");
        roster.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (DiffStatus s : DiffStatus.values()) {
            roster.getTabs().add(tab("imp-diff-tab-" + s.name(), vm.diffTitleProperty(s), diffTable(vm, s)));
        }
        TabPane pushTabs = new TabPane();
        pushTabs.setId("imp-push-tabs");
        pushTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        pushTabs.getTabs().setAll(tab("imp-diff-tab-leads", vm.leadsTitleProperty(), leads(vm)),
                tab("imp-diff-tab-unmatched", vm.unmatchedTitleProperty(), unmatched(vm)));

        showWhen(roster, push.not());
        showWhen(pushTabs, push);
        StackPane both = new StackPane(roster, pushTabs);
        VBox.setVgrow(both, Priority.ALWAYS);
        VBox step = new VBox(12, both);
        step.getStyleClass().add("imp-step-page");
        root = step;
    }

    Node root() {
        return root;
    }

    private static Tab tab(String id, ObservableStringValue title, Node content) {
        Tab tab = new Tab();
        tab.setId(id);
        tab.textProperty().bind(title);
        tab.setContent(content);
        return tab;
    }

    private static Node diffTable(PreviewStepViewModel vm, DiffStatus s) {
        TableView<DiffRow> table = ImportWidgets.table("imp-diff-" + s.name(), "imp.diff.empty." + s.name());
        table.setItems(vm.diff(s));
        table.getColumns().add(column("imp.diff.col.no", DiffRow::householdNo, 150, false));
        table.getColumns().add(column("imp.diff.col.village", DiffRow::village, 100, false));
        table.getColumns().add(column("imp.diff.col.head", DiffRow::head, 90, false));
        if (s != DiffStatus.MISSING) {
            table.getColumns().add(column("imp.diff.col.persons", DiffRow::persons, 60, true));
        }
        TableColumn<DiffRow, String> details = ImportWidgets.wrapping(
                s == DiffStatus.HELD_BACK ? "imp.diff.col.reason" : "imp.diff.col.details", DiffRow::details, 480);
        table.getColumns().add(details);
        ImportWidgets.flex(table, details, 260);
        if (s != DiffStatus.MISSING) {
            return table;
        }
        Label hint = Widgets.styled(Messages.t("imp.diff.missingHint"), "hint");
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, hint, table);
    }

    private static TableView<PersonRow> leads(PreviewStepViewModel vm) {
        TableView<PersonRow> leads = ImportWidgets.table("imp-leads", "imp.diff.empty.leads");
        leads.setItems(vm.leads());
        leads.getColumns().add(column("imp.diff.col.name", PersonRow::name, 90, false));
        leads.getColumns().add(column("imp.diff.col.id", PersonRow::idNumber, 190, false));
        leads.getColumns().add(column("imp.diff.col.source", PersonRow::source, 140, false));
        TableColumn<PersonRow, String> reason = ImportWidgets.wrapping("imp.diff.col.pushReason", PersonRow::reason,
                260);
        leads.getColumns().add(reason);
        leads.getColumns().add(column("imp.diff.col.pushDate", PersonRow::pushedOn, 110, false));
        ImportWidgets.flex(leads, reason, 200);
        return leads;
    }

    private static TableView<PersonRow> unmatched(PreviewStepViewModel vm) {
        TableView<PersonRow> unmatched = ImportWidgets.table("imp-unmatched", "imp.diff.empty.unmatched");
        unmatched.setItems(vm.unmatched());
        unmatched.getColumns().add(column("imp.col.row", PersonRow::sheetRow, 100, true));
        unmatched.getColumns().add(column("imp.diff.col.name", PersonRow::name, 90, false));
        unmatched.getColumns().add(column("imp.diff.col.id", PersonRow::idNumber, 190, false));
        TableColumn<PersonRow, String> reason = ImportWidgets.wrapping("imp.diff.col.pushReason", PersonRow::reason,
                300);
        unmatched.getColumns().add(reason);
        ImportWidgets.flex(unmatched, reason, 200);
        return unmatched;
    }
}
