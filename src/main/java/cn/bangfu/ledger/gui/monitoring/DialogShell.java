package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The frame of a monitoring dialog: title, the household in the header, the body, the ledger's refusal in red
 * under it, and the confirm and cancel buttons. Confirming calls the model's {@code onSave()}; when the ledger
 * refuses, the dialog stays open with everything typed. The result is true when something was saved.
 */
final class DialogShell {

    private DialogShell() {
    }

    /**
     * @param prefix node ids: {@code prefix-confirm}, {@code prefix-cancel}, {@code prefix-error}
     */
    static Dialog<Boolean> create(Window owner, String title, String header, Node body, String okText, String prefix,
            FormViewModel vm) {
        Dialog<Boolean> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.APPLICATION_MODAL);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(Forms.STYLESHEET);
        pane.getStyleClass().add("mon-dialog");
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.t("mon.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(ok, cancel);

        Label error = new Label();
        error.setId(prefix + "-error");
        error.setWrapText(true);
        error.getStyleClass().add("mon-refused");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        VBox content = new VBox(12, body, error);
        content.getStyleClass().add("mon-dialog-body");
        // never taller than the screen: a long form scrolls inside the dialog
        double limit = Screen.getPrimary().getVisualBounds().getHeight() * 0.72;
        ScrollPane scroll = new ScrollPane(content) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), limit);
            }
        };
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("mon-dialog-scroll");
        pane.setContent(scroll);
        pane.setPrefWidth(720);

        Button okButton = (Button) pane.lookupButton(ok);
        okButton.setId(prefix + "-confirm");
        okButton.getStyleClass().add("accent");
        okButton.disableProperty().bind(vm.canSaveProperty().not());
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.onSave()) {
                e.consume(); // refused: stay open, nothing lost
            }
        });
        pane.lookupButton(cancel).setId(prefix + "-cancel");
        dialog.setResultConverter(type -> type == ok && vm.isSaved());
        return dialog;
    }
}
