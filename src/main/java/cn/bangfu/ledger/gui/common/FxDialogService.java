package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The window's dialogs: JavaFX alerts and choosers, owned by the window, styled like the rest of it. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    /** @param owner the window the dialogs belong to (asked each time: it may change) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = Objects.requireNonNull(owner);
    }

    @Override
    public void showError(String title, String message) {
        show(alert(Alert.AlertType.ERROR, title, message, "dialog-error"));
    }

    @Override
    public void showInformation(String title, String message) {
        show(alert(Alert.AlertType.INFORMATION, title, message, "dialog-info"));
    }

    @Override
    public boolean confirm(String title, String message, String confirmText, String cancelText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(cancelText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, "dialog-confirm");
        alert.getButtonTypes().setAll(yes, no);
        alert.getDialogPane().lookupButton(yes).setId("dialog-confirm-yes");
        alert.getDialogPane().lookupButton(no).setId("dialog-confirm-no");
        // what cannot be undone lightly is not the default: Enter cancels
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(TextQuestion q) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, q.title());
        dialog.setHeaderText(q.header());
        dialog.getDialogPane().getStyleClass().add("dialog-ask");
        ButtonType ok = new ButtonType(Messages.t("common.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.t("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        TextField field = new TextField(q.initial() == null ? "" : q.initial());
        field.setId("dialog-ask-text");
        field.setPromptText(q.prompt());
        field.setPrefColumnCount(28);
        Label label = new Label(q.label());
        label.setLabelFor(field);
        label.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, label, field));
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("dialog-ask-ok");
        if (q.required()) {
            okButton.disableProperty().bind(field.textProperty().isEmpty()
                    .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> field.getText().isBlank(),
                            field.textProperty())));
        }
        dialog.getDialogPane().lookupButton(cancel).setId("dialog-ask-cancel");
        dialog.setResultConverter(type -> type == ok ? field.getText().strip() : null);
        Focus.soon(field);
        return dialog.showAndWait().filter(s -> !(q.required() && s.isBlank()));
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileQuestion q) {
        File f = chooser(q).showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileQuestion q) {
        File f = chooser(q).showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File f = chooser.showDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void openInSystem(Path fileOrFolder) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String path = fileOrFolder.toAbsolutePath().toString();
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", path)
                : os.contains("mac") ? List.of("open", path) : List.of("xdg-open", path);
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            showError(Messages.t("dialog.openFailed.title"), Messages.t("dialog.openFailed", path));
        }
    }

    private static FileChooser chooser(FileQuestion q) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(q.title());
        for (FileFilter filter : q.filters()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.label(), filter.patterns()));
        }
        if (!chooser.getExtensionFilters().isEmpty()) {
            chooser.setSelectedExtensionFilter(chooser.getExtensionFilters().getFirst());
        }
        if (q.folder() != null && Files.isDirectory(q.folder())) {
            chooser.setInitialDirectory(q.folder().toFile());
        }
        if (q.initialName() != null) {
            chooser.setInitialFileName(q.initialName());
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message, String styleClass) {
        Alert alert = new Alert(type);
        prepare(alert, title);
        alert.setHeaderText(title);
        Label body = new Label(message);
        body.setWrapText(true);
        body.setId(styleClass + "-text");
        body.setMaxWidth(560);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().getStyleClass().add(styleClass);
        alert.getDialogPane().setId(styleClass);
        return alert;
    }

    private void prepare(Dialog<?> dialog, String title) {
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.initModality(w != null ? Modality.WINDOW_MODAL : Modality.APPLICATION_MODAL);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().add(Widgets.STYLESHEET);
    }

    private static void show(Alert alert) {
        alert.showAndWait();
    }
}
