package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.imports.ImportWidgets.column;
import static cn.bangfu.ledger.gui.imports.ImportWidgets.showWhen;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Step 3 检查: the verdict, the counts, and the problem rows (all or only errors; 导出问题行…). */
final class CheckStepView {

    private final Node root;

    CheckStepView(CheckStepViewModel vm, ImportWizardViewModel wizard) {
        Label verdict = Widgets.message("imp-verdict", vm.verdictProperty(), "imp-verdict");
        VBox skipped = new VBox(2);
        vm.skippedSheets().addListener((ListChangeListener<String>) c -> skipped.getChildren().setAll(
                vm.skippedSheets().stream().map(s -> Widgets.styled(s, "hint")).toList()));

        FlowPane stats = new FlowPane(12, 12);
        stats.setId("imp-stats");
        Runnable fillStats = () -> stats.getChildren().setAll(vm.stats().stream().map(CheckStepView::stat).toList());
        vm.stats().addListener((ListChangeListener<Stat>) c -> fillStats.run());
        fillStats.run();

        Label problemsTitle = new Label();
        problemsTitle.setId("imp-problems-title");
        problemsTitle.textProperty().bind(vm.problemsTitleProperty());
        problemsTitle.getStyleClass().add("section-title");
        CheckBox onlyErrors = new CheckBox(Messages.t("imp.problems.onlyErrors"));
        onlyErrors.setId("imp-only-errors");
        onlyErrors.selectedProperty().bindBidirectional(vm.onlyErrorsProperty());
        Button export = ImportWidgets.button("imp-export-errors", "imp.problems.export", Feather.DOWNLOAD);
        export.disableProperty().bind(vm.canExportErrorsProperty().not().or(wizard.busyProperty()));
        export.setOnAction(e -> vm.onExportErrors());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(16, problemsTitle, onlyErrors, spacer, export);
        toolbar.setAlignment(Pos.BOTTOM_LEFT);
        Label exported = Widgets.message("imp-exported", vm.exportMessageProperty(), "field-ok");

        var problemTable = problems(vm);
        VBox table = Widgets.countedTable(problemTable, "imp.problems.shown", () -> vm.onExportList(
                Widgets.listExport(Messages.t("imp.problems.listTitle"), problemTable, problemTable.getItems())));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox checkedOnly = new VBox(12, stats, toolbar, exported, table);
        showWhen(checkedOnly, wizard.checkedProperty());
        VBox.setVgrow(checkedOnly, Priority.ALWAYS);
        VBox results = new VBox(12, verdict, skipped, checkedOnly);
        showWhen(results, wizard.busyProperty().not());
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox step = new VBox(12, results);
        step.getStyleClass().add("imp-step-page");
        root = step;
    }

    Node root() {
        return root;
    }

    private static TableView<ProblemRow> problems(CheckStepViewModel vm) {
        TableView<ProblemRow> table = ImportWidgets.table("imp-problems", "imp.problems.empty");
        table.setItems(vm.problems());
        table.getColumns().add(column("imp.col.sheet", ProblemRow::sheet, 100, false));
        table.getColumns().add(column("imp.col.row", ProblemRow::row, 60, true));
        table.getColumns().add(column("imp.col.column", ProblemRow::column, 110, false));
        table.getColumns().add(column("imp.col.code", ProblemRow::code, 150, false));
        TableColumn<ProblemRow, String> message = ImportWidgets.wrapping("imp.col.message", ProblemRow::message, 420);
        table.getColumns().add(message);
        TableColumn<ProblemRow, String> severity = column("imp.col.severity", ProblemRow::severity, 90, false);
        severity.getStyleClass().add("imp-severity");
        table.getColumns().add(severity);
        ImportWidgets.flex(table, message, 260);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProblemRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("imp-error-row", "imp-warning-row");
                if (!empty && item != null) {
                    getStyleClass().add(item.error() ? "imp-error-row" : "imp-warning-row");
                }
            }
        });
        return table;
    }

    private static Node stat(Stat s) {
        Label value = Widgets.styled(s.value(), "imp-stat-value");
        value.setId("imp-stat-" + s.id());
        Label label = Widgets.styled(s.label(), "imp-stat-label");
        VBox box = new VBox(2, value, label);
        box.getStyleClass().add("imp-stat");
        if (s.attention()) {
            box.getStyleClass().add("imp-stat-attention");
        }
        return box;
    }
}
