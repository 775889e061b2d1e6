package cn.bangfu.ledger.gui.funds;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The frame of every form of the 帮扶资金 page: its title and hint, its body, the message of a refusal, and
 * 保存 / 取消 (Enter saves, Esc cancels). Node ids: {@code prefix-save}, {@code prefix-cancel}, {@code prefix-message}.
 */
final class FormPage {

    private FormPage() {
    }

    static Node of(String prefix, String title, String hint, FundForm form, String saveKey, Runnable onCancel,
            Node... body) {
        Label heading = Widgets.styled(title, "section-title");
        Label help = Widgets.styled(hint, "hint");
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // the whole hint, never cut to one line
        Label message = Widgets.message(prefix + "-message", form.messageProperty(), "field-error");
        Button save = Widgets.button(prefix + "-save", saveKey, null);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.blockedProperty().or(form.savingProperty()));
        Runnable doSave = () -> {
            if (!save.isDisabled()) {
                form.onSave();
            }
        };
        save.setOnAction(e -> doSave.run());
        Button cancel = Widgets.button(prefix + "-cancel", "common.cancel", null);
        cancel.setOnAction(e -> onCancel.run());
        cancel.disableProperty().bind(form.savingProperty()); // a running save is not undone by leaving the form
        HBox buttons = new HBox(10, save, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10);
        box.getChildren().addAll(heading, help);
        box.getChildren().addAll(body);
        box.getChildren().addAll(message, buttons);
        box.getStyleClass().add("form-page");
        keys(box, doSave, () -> {
            if (!form.savingProperty().get()) {
                onCancel.run();
            }
        });
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /**
     * Enter saves and Esc cancels, as on every form of the window — except where Enter belongs to the control: an
     * open drop-down, an editable drop-down's typed text, a table's rows (money is not posted by a stray Enter).
     */
    private static void keys(Node form, Runnable save, Runnable cancel) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Object t = e.getTarget();
            if (t instanceof ComboBoxBase<?> c && c.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                if (t instanceof TableView<?> || t instanceof ComboBox<?> c && c.isEditable()
                        || t instanceof TextField f && f.getParent() instanceof ComboBox<?>) {
                    return;
                }
                e.consume();
                if (t instanceof Button b) {
                    b.fire();
                    return;
                }
                if (t instanceof DatePicker p) {
                    Widgets.commit(p);
                }
                save.run();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel.run();
            }
        });
    }

    /** A label for a field (its text from the bundle), tied to it for the screen reader and Alt keys. */
    static Label label(String key, Node field) {
        Label l = new Label(Messages.t(key));
        l.setLabelFor(field);
        return l;
    }
}
