package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.gui.Messages;
import java.util.List;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The foot of a form, the view of its {@link FindingsGate}: the reason (shown while only warnings stand, focused
 * when the gate asks for it), the form's message, 保存 and 取消. Node ids: {@code prefix-reason},
 * {@code prefix-message}, {@code prefix-save}, {@code prefix-cancel}.
 */
public final class SaveBar {

    private final HBox reasonRow;
    private final Label message;
    private final HBox buttons;
    private final Runnable save;

    /**
     * @param blocked  when 保存 is disabled
     * @param onSave   what 保存 (or Enter) does while it is enabled
     * @param onCancel what 取消 (or Esc) does
     */
    public SaveBar(String prefix, FindingsGate gate, ObservableBooleanValue blocked, Runnable onSave, Runnable onCancel) {
        TextField reason = Widgets.textField(prefix + "-reason", "common.gate.reasonPrompt");
        reason.textProperty().bindBidirectional(gate.reasonProperty());
        Label reasonLabel = new Label(Messages.t("common.gate.reason"));
        reasonLabel.setLabelFor(reason);
        HBox.setHgrow(reason, Priority.ALWAYS);
        reasonRow = new HBox(10, reasonLabel, reason);
        reasonRow.setAlignment(Pos.CENTER_LEFT);
        reasonRow.visibleProperty().bind(gate.hasWarningsProperty().and(gate.hasErrorsProperty().not()));
        reasonRow.managedProperty().bind(reasonRow.visibleProperty());
        gate.reasonMissingProperty().addListener((o, a, b) -> {
            if (b) {
                reason.requestFocus();
            }
        });
        message = Widgets.message(prefix + "-message", gate.messageProperty(), "field-error");

        Button saveButton = new Button();
        saveButton.setId(prefix + "-save");
        saveButton.getStyleClass().add("accent");
        saveButton.textProperty().bind(gate.saveLabelProperty());
        saveButton.disableProperty().bind(blocked);
        save = () -> {
            if (!saveButton.isDisabled()) {
                onSave.run();
            }
        };
        saveButton.setOnAction(e -> save.run());
        Button cancel = Widgets.button(prefix + "-cancel", "common.cancel", null);
        cancel.setOnAction(e -> onCancel.run());
        buttons = new HBox(10, saveButton, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
    }

    /** The reason row, the message and the buttons, in that order. */
    public List<Node> nodes() {
        return List.of(reasonRow, message, buttons);
    }

    /** Saves when 保存 is enabled (for Enter). */
    public Runnable save() {
        return save;
    }
}
