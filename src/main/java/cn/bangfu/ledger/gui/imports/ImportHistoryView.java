package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.imports.ImportWidgets.column;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** 导入记录: the batches, 撤销本批 (the model asks for the confirmation) and 刷新. */
final class ImportHistoryView {

    private final TableView<BatchRow> table;
    private final Node root;

    ImportHistoryView(ImportHistoryViewModel vm) {
        Button revert = ImportWidgets.button("imp-revert", "imp.hist.revert", Feather.ROTATE_CCW);
        revert.disableProperty().bind(vm.canRevertProperty().not());
        revert.setOnAction(e -> vm.onRevert());
        Button refresh = ImportWidgets.button("imp-history-refresh", "imp.hist.refresh", Feather.REFRESH_CW);
        refresh.setOnAction(e -> vm.refresh());
        Label hint = Widgets.styled(Messages.t("imp.hist.hint"), "hint");
        Label busy = Widgets.message("imp-history-busy", vm.busyTextProperty(), "hint");
        HBox toolbar = new HBox(12, revert, refresh, hint, busy);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Label done = Widgets.message("imp-history-message", vm.historyMessageProperty(), "field-ok");
        Label error = Widgets.message("imp-history-error", vm.historyErrorProperty(), "field-error");

        table = ImportWidgets.table("imp-history", "imp.hist.empty");
        table.setPlaceholder(emptyHistory());
        table.setItems(vm.history());
        table.getColumns().add(column("imp.hist.col.batch", BatchRow::batch, 56, true));
        table.getColumns().add(column("imp.hist.col.time", BatchRow::time, 136, false));
        table.getColumns().add(column("imp.hist.col.operator", BatchRow::operator, 76, false));
        TableColumn<BatchRow, String> file = column("imp.hist.col.file", BatchRow::file, 170, false);
        table.getColumns().add(file);
        table.getColumns().add(column("imp.hist.col.kind", BatchRow::kind, 110, false));
        table.getColumns().add(column("imp.hist.col.rows", BatchRow::rows, 64, true));
        table.getColumns().add(column("imp.hist.col.rejected", BatchRow::rejected, 56, true));
        table.getColumns().add(column("imp.hist.col.added", BatchRow::added, 64, true));
        table.getColumns().add(column("imp.hist.col.changed", BatchRow::changed, 64, true));
        table.getColumns().add(column("imp.hist.col.held", BatchRow::heldBack, 56, true));
        table.getColumns().add(column("imp.hist.col.leads", BatchRow::leads, 56, true));
        table.getColumns().add(column("imp.hist.col.status", BatchRow::status, 70, false));
        ImportWidgets.flex(table, file, 140);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!Objects.equals(vm.selectedBatchProperty().get(), b)) {
                vm.selectedBatchProperty().set(b);
            }
        });
        vm.selectedBatchProperty().addListener((o, a, b) -> {
            if (!Objects.equals(table.getSelectionModel().getSelectedItem(), b)) {
                if (b == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(b);
                }
            }
        });
        VBox counted = Widgets.countedTable(table, "imp.hist.count",
                () -> vm.onExport(Widgets.listExport(Messages.t("imp.hist.exportTitle"), table, table.getItems())));
        VBox.setVgrow(counted, Priority.ALWAYS);
        VBox page = new VBox(10, toolbar, done, error, counted);
        page.getStyleClass().add("imp-step-page");
        root = page;
    }

    Node root() {
        return root;
    }

    /** Where the keyboard lands on this tab. */
    Node table() {
        return table;
    }

    private static Node emptyHistory() {
        FontIcon icon = new FontIcon(Feather.CLOCK);
        icon.getStyleClass().add("empty-icon");
        Label body = Widgets.styled(Messages.t("imp.hist.empty"), "empty-body");
        body.setWrapText(true);
        body.setMaxWidth(480);
        VBox box = new VBox(10, icon, body);
        box.setAlignment(Pos.CENTER);
        box.setId("imp-history-empty");
        return box;
    }
}
