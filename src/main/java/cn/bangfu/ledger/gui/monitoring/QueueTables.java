package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Queue;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.QueueRow;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;

/** The tables of the 监测帮扶 page's lists: the same columns for every list, its own detail column last. */
final class QueueTables {

    private QueueTables() {
    }

    /** A list's table; double-click or Enter on a row opens the household. */
    static TableView<QueueRow> of(Queue q, javafx.collections.ObservableList<QueueRow> rows, LongConsumer openHousehold) {
        TableView<QueueRow> table = new TableView<>(rows);
        table.setId("mon-queue-" + q.name());
        // the last column (the 问题, the rule, the lead) takes the width the others leave, and wraps
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(360);
        table.setPlaceholder(new Label(Messages.t("mon.queue.none." + q.name())));
        table.getColumns().add(text("mon.col.householdNo", QueueRow::householdNo, 196));
        table.getColumns().add(text("mon.col.village", QueueRow::village, 72));
        table.getColumns().add(text("mon.col.head", QueueRow::head, 70));
        boolean leads = q == Queue.LEADS;
        boolean month = q == Queue.NEW_THIS_MONTH || q == Queue.ELIMINATED_THIS_MONTH;
        table.getColumns().add(text(leads ? "mon.col.leadSource" : "mon.col.category", QueueRow::category, 122));
        table.getColumns().add(text(leads ? "mon.col.pushedOn" : "mon.col.identified", QueueRow::identifiedMonth,
                leads ? 106 : 92));
        table.getColumns().add(text(month ? "mon.col.status" : "mon.col.nextStep", QueueRow::nextStep, 110));
        TableColumn<QueueRow, Long> days = new TableColumn<>(Messages.t(leads ? "mon.col.daysSincePushed"
                : month ? "mon.col.sinceIdentifiedDays" : "mon.col.days"));
        days.getStyleClass().add("mon-num");
        days.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().daysSinceLastStep()));
        days.setCellFactory(c -> new CountCell<>());
        days.setPrefWidth(120);
        table.getColumns().add(days);
        String detail = switch (q) {
            case PUBLICITY -> "mon.col.publicityEnds";
            case PUBLICITY_ENDED -> "mon.col.publicityEnded";
            case ELIMINATION_DUE -> "mon.col.sinceIdentified";
            case ELIMINATION_BLOCKED -> "mon.col.blockedBy";
            case ATTENTION -> "mon.col.finding";
            case ELIMINATED_THIS_MONTH -> "mon.col.eliminatedIn";
            case NO_DEVELOPMENT, NEW_THIS_MONTH -> null;
            case LEADS -> "mon.col.lead";
        };
        if (detail != null) {
            TableColumn<QueueRow, String> col = text(detail, QueueRow::detail, 240);
            col.setMinWidth(200);
            col.setCellFactory(c -> new WrappingCell());
            table.getColumns().add(col);
        }
        table.setRowFactory(t -> {
            TableRow<QueueRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openHousehold.accept(row.getItem().householdId());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            QueueRow r = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && r != null) {
                openHousehold.accept(r.householdId());
                e.consume();
            }
        });
        return table;
    }

    /** A right-aligned count with thousands separators. */
    static final class CountCell<R> extends TableCell<R, Long> {
        @Override
        protected void updateItem(Long n, boolean isEmpty) {
            super.updateItem(n, isEmpty);
            setText(isEmpty || n == null ? null : Messages.count(n));
        }
    }

    /** Text that wraps to the column's width (the row grows), in the cell's own text colour (also when selected). */
    private static final class WrappingCell extends TableCell<QueueRow, String> {
        private final Text text = new Text();

        WrappingCell() {
            text.getStyleClass().add("mon-wrap-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(16));
            text.fillProperty().bind(textFillProperty());
            text.fontProperty().bind(fontProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            text.setText(isEmpty || item == null ? "" : item);
            setGraphic(isEmpty || item == null ? null : text);
        }
    }

    private static TableColumn<QueueRow, String> text(String key, Function<QueueRow, String> value, double width) {
        TableColumn<QueueRow, String> col = new TableColumn<>(Messages.t(key));
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setPrefWidth(width);
        return col;
    }
}
