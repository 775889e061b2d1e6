package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.common.Widgets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;

/** The import views' small pieces on top of {@link Widgets}: wrapping columns, a growing column, scrolling. */
final class ImportWidgets {

    private ImportWidgets() {
    }

    /** A button with its mnemonic (开始检查(_N)). */
    static Button button(String id, String key, Feather icon) {
        Button b = Widgets.button(id, key, icon);
        b.setMnemonicParsing(true);
        return b;
    }

    /** A label bound to a text, wrapping. */
    static Label bound(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    static void showWhen(Node n, ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(n.visibleProperty());
    }

    static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("page-scroll");
        return s;
    }

    /** The kit's table, its empty text in the muted style of the page. */
    static <S> TableView<S> table(String id, String emptyKey) {
        TableView<S> t = Widgets.table(id, emptyKey);
        t.getPlaceholder().getStyleClass().add("empty-body");
        return t;
    }

    /** The kit's column (numbers right-aligned, their header too), sortable and never narrower than 48. */
    static <S> TableColumn<S, String> column(String key, Function<S, String> value, double width, boolean right) {
        TableColumn<S, String> c = Widgets.column(key, value, width, right);
        c.setMinWidth(Math.min(width, 48));
        c.setSortable(true);
        if (right) {
            c.getStyleClass().add("imp-number");
        }
        return c;
    }

    /** A column whose text wraps to the column's width (long messages, several changes). */
    static <S> TableColumn<S, String> wrapping(String key, Function<S, String> value, double width) {
        TableColumn<S, String> c = column(key, value, width, false);
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("imp-wrap-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(20));
                setStyle("-fx-padding: 6 8 6 8;");
                setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
        return c;
    }

    /** One column takes the width the others leave (never less than {@code min}; then the table scrolls). */
    static void flex(TableView<?> t, TableColumn<?, ?> grow, double min) {
        List<Observable> deps = new ArrayList<>();
        deps.add(t.widthProperty());
        t.getColumns().stream().filter(c -> c != grow).forEach(c -> deps.add(c.widthProperty()));
        grow.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double others = t.getColumns().stream().filter(c -> c != grow).mapToDouble(TableColumn::getWidth).sum();
            return Math.max(min, t.getWidth() - others - 18);
        }, deps.toArray(Observable[]::new)));
    }
}
