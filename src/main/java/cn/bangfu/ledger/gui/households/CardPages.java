package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * The pieces every tab of the household card is built from: a toolbar over a body, a table with its count line,
 * a form page in a scroll pane, and the column styles of the card's tables.
 */
final class CardPages {

    private CardPages() {
    }

    static HBox toolbar(Node... nodes) {
        HBox bar = new HBox(8, nodes);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("hh-toolbar");
        return bar;
    }

    static VBox tabPage(Node toolbar, Node body) {
        VBox page = new VBox(10, toolbar, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        page.getStyleClass().add("hh-tab-page");
        return page;
    }

    /** A table with its count line (共 N 条) and its empty-state text. */
    static <S> VBox counted(TableView<S> table) {
        return Widgets.countedTable(table, "common.table.count");
    }

    /** A form page (its title first) in a scroll pane, in place of a tab's list. */
    static ScrollPane formPage(Node... children) {
        VBox page = new VBox(10, children);
        page.getStyleClass().add("hh-tab-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    /** A tab of what is not built yet, saying so. */
    static Node later(String key) {
        Label l = Widgets.styled(Messages.t(key), "empty-body");
        l.setWrapText(true);
        VBox box = new VBox(l);
        box.getStyleClass().add("hh-tab-page");
        return box;
    }

    /**
     * A tab's body that shows its list, or in its place one editor (a form) until the editor closes.
     */
    static final class Swap {
        private final StackPane pane = new StackPane();
        private final Node list;

        Swap(Node list) {
            this.list = list;
            pane.getChildren().setAll(list);
        }

        Node root() {
            return pane;
        }

        void show(Node editor) {
            pane.getChildren().setAll(editor);
        }

        void back() {
            pane.getChildren().setAll(list);
        }

        boolean editing() {
            return !pane.getChildren().contains(list);
        }
    }

    static <S> TableColumn<S, String> centered(TableColumn<S, String> c) {
        c.setStyle("-fx-alignment: CENTER;");
        return c;
    }

    static <S> TableColumn<S, String> atLeast(TableColumn<S, String> c, double min) {
        c.setMinWidth(min);
        return c;
    }

    static <S> TableColumn<S, String> fixed(TableColumn<S, String> c) {
        c.setMinWidth(c.getPrefWidth());
        c.setMaxWidth(c.getPrefWidth());
        return c;
    }

    /** Long text wraps inside its column (the row grows) instead of being cut off. */
    static <S> TableColumn<S, String> wrapping(TableColumn<S, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                text.getStyleClass().add("hh-wrap-text");
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(16));
                setPrefHeight(Region.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null || item.isEmpty()) {
                    setGraphic(null);
                } else {
                    text.setText(item);
                    setGraphic(text);
                }
            }
        });
        return c;
    }
}
