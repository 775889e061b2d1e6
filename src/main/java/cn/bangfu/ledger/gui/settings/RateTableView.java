package cn.bangfu.ledger.gui.settings;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.settings.RateTableViewModel.Row;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A yearly table of 设置 (监测标准 or 低保档次): the rows, 新增 / 修改 / 删除, and a small form under the table.
 * Node ids start with {@code mon-thr-} or {@code mon-dibao-}.
 */
public final class RateTableView {

    private static final double ROW_HEIGHT = 32;

    private final RateTableViewModel vm;
    private final VBox root;

    public RateTableView(RateTableViewModel vm) {
        this.vm = vm;
        String p = "mon-" + vm.kind().key();
        String k = "mon.settings." + vm.kind().key();

        TableView<Row> table = new TableView<>(vm.rows());
        table.setId(p + "-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(ROW_HEIGHT);
        table.setMaxWidth(760);
        table.prefHeightProperty().bind(Bindings.max(3, Bindings.size(vm.rows())).add(1.4).multiply(ROW_HEIGHT).add(6));
        table.setPlaceholder(new Label(Messages.t(k + ".empty")));
        table.getColumns().add(column(Messages.t("mon.settings.year"), r -> Integer.toString(r.year()), 80, false));
        table.getColumns().add(column(Messages.t(k + ".key"), Row::key, 160, false));
        table.getColumns().add(column(Messages.t(k + ".amount"), Row::amountYuan, 170, true));
        table.getColumns().add(column(Messages.t("mon.settings.docNo"), r -> r.docNo() == null ? "" : r.docNo(), 240,
                false));
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.onEdit(row.getItem());
                }
            });
            return row;
        });

        Button add = new Button(Messages.t("mon.settings.add"));
        add.setId(p + "-add");
        add.setOnAction(e -> vm.onAdd());
        Button edit = new Button(Messages.t("mon.settings.edit"));
        edit.setId(p + "-edit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> vm.onEdit(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button(Messages.t("mon.settings.delete"));
        delete.setId(p + "-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.onDeleteAsked(table.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.setId(p + "-message");
        message.getStyleClass().add("field-ok");
        message.textProperty().bind(vm.messageProperty());
        HBox buttons = new HBox(10, add, edit, delete, message);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label error = Widgets.message(p + "-error", vm.errorProperty(), "field-error");

        root = new VBox(10, Widgets.countedTable(table, "common.table.count"), buttons, form(p, k), error);
        root.getStyleClass().add("mon-rate-table");
    }

    public Node root() {
        return root;
    }

    private Node form(String p, String k) {
        GridPane g = Widgets.formGrid(1);
        g.setMaxWidth(560);
        TextField year = field(p + "-year", vm.yearProperty(), "2026");
        TextField key = field(p + "-key", vm.keyProperty(), Messages.t(k + ".keyPrompt"));
        // the year and the area/grade are the row's key: fixed while editing a row
        year.disableProperty().bind(vm.editingProperty().isNotNull());
        key.disableProperty().bind(vm.editingProperty().isNotNull());
        TextField amount = field(p + "-amount", vm.amountProperty(), Messages.t("mon.settings.amountPrompt"));
        amount.setAlignment(Pos.CENTER_RIGHT);
        TextField doc = field(p + "-doc", vm.docNoProperty(), Messages.t("mon.settings.docPrompt"));
        Widgets.formRow(g, "mon.settings.year", year);
        Widgets.formRow(g, k + ".key", key);
        Widgets.formRow(g, k + ".amount", amount);
        Widgets.formRow(g, "mon.settings.docNo", doc);
        Button save = new Button(Messages.t("mon.settings.save"));
        save.setId(p + "-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> vm.onSave());
        Button cancel = new Button(Messages.t("mon.settings.cancel"));
        cancel.setId(p + "-cancel");
        cancel.setOnAction(e -> vm.onCancel());
        HBox buttons = new HBox(10, save, cancel);
        g.add(buttons, 1, g.getRowCount());
        VBox box = new VBox(8, g);
        box.setId(p + "-form");
        box.getStyleClass().add("mon-rate-form");
        box.visibleProperty().bind(vm.formOpenProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double width,
            boolean number) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(value.apply(x.getValue())));
        c.setPrefWidth(width);
        if (number) {
            c.getStyleClass().add("mon-num");
        }
        return c;
    }
}
