package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.imports.ImportWidgets.showWhen;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 1 选择文件: the drop zone with 选择文件…, and the import's options. */
final class FileStepView {

    private final FileStepViewModel vm;
    private final Button choose = ImportWidgets.button("imp-choose", "imp.drop.choose", Feather.FOLDER);
    private final Node root;

    FileStepView(FileStepViewModel vm, ObservableBooleanValue busy) {
        this.vm = vm;
        FontIcon icon = new FontIcon(Feather.UPLOAD_CLOUD);
        icon.getStyleClass().add("imp-drop-icon");
        Label dropTitle = Widgets.styled(Messages.t("imp.drop.title"), "imp-drop-title");
        Label or = Widgets.styled(Messages.t("imp.drop.or"), "hint");
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> vm.onChoose());
        Label hint = Widgets.styled(Messages.t("imp.drop.hint"), "hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        VBox drop = new VBox(10, icon, dropTitle, or, choose, hint);
        drop.setId("imp-drop");
        drop.setAlignment(Pos.CENTER);
        drop.getStyleClass().add("imp-drop");
        drop.setOnDragOver(e -> dragOver(e, busy.get()));
        drop.setOnDragExited(e -> drop.getStyleClass().remove("imp-drop-hover"));
        drop.setOnDragDropped(this::dropped);
        drop.disableProperty().bind(busy);
        drop.setMinWidth(360);
        HBox.setHgrow(drop, Priority.ALWAYS);

        VBox options = new VBox(12, Widgets.styled(Messages.t("imp.options"), "section-title"), options());
        options.getStyleClass().add("imp-options");
        options.setPrefWidth(460);
        options.setMinWidth(360);
        options.disableProperty().bind(busy);

        HBox top = new HBox(24, drop, options);
        top.setAlignment(Pos.TOP_LEFT);
        Label chosen = Widgets.message("imp-file-line", vm.fileLineProperty(), "imp-file-line");
        VBox step = new VBox(16, top, chosen);
        step.getStyleClass().add("imp-step-page");
        root = step;
    }

    Node root() {
        return root;
    }

    /** Where the keyboard lands on this step. */
    Button chooseButton() {
        return choose;
    }

    private GridPane options() {
        ComboBox<Choice<ImportKind>> kind = new ComboBox<>();
        kind.setId("imp-kind");
        kind.getItems().setAll(vm.kinds());
        kind.valueProperty().bindBidirectional(vm.kindChoiceProperty());
        CheckBox ownTown = new CheckBox();
        ownTown.setId("imp-own-town");
        ownTown.textProperty().bind(vm.townOptionTextProperty());
        ownTown.selectedProperty().bindBidirectional(vm.ownTownOnlyProperty());
        ownTown.disableProperty().bind(vm.officeTownProperty().isEmpty());
        Label townHint = new Label();
        townHint.setId("imp-town-hint");
        townHint.textProperty().bind(vm.townOptionHintProperty());
        townHint.getStyleClass().add("hint");
        townHint.setWrapText(true);
        TextField source = sourceField(vm, "imp-source");
        CheckBox supplement = new CheckBox(Messages.t("imp.opt.supplement"));
        supplement.setId("imp-supplement");
        supplement.selectedProperty().bindBidirectional(vm.supplementProperty());
        Label supplementHint = Widgets.styled(Messages.t("imp.opt.supplementHint"), "hint");
        supplementHint.setWrapText(true);

        GridPane grid = Widgets.formGrid(1);
        Widgets.formRow(grid, "imp.opt.kind", kind).getStyleClass().add("imp-form-label");
        Label townLabel = Widgets.formRow(grid, "imp.opt.town", new VBox(4, ownTown, townHint));
        townLabel.getStyleClass().addAll("imp-form-label", "imp-top-label");
        GridPane.setValignment(townLabel, VPos.TOP);
        Label sourceLabel = Widgets.formRow(grid, "imp.opt.source", source);
        sourceLabel.getStyleClass().add("imp-form-label");
        BooleanBinding isPush = Bindings.createBooleanBinding(() -> vm.kindChoiceProperty().get() != null
                && vm.kindChoiceProperty().get().value() == ImportKind.PUSH, vm.kindChoiceProperty());
        showWhen(sourceLabel, isPush);
        showWhen(source, isPush);
        VBox scope = new VBox(4, supplement, supplementHint);
        Label scopeLabel = Widgets.formRow(grid, "imp.opt.scope", scope);
        scopeLabel.getStyleClass().addAll("imp-form-label", "imp-top-label");
        GridPane.setValignment(scopeLabel, VPos.TOP);
        showWhen(scopeLabel, isPush.not());
        showWhen(scope, isPush.not());
        return grid;
    }

    /** The push department's field (on step 1 and, when the file has no such column, on step 2). */
    static TextField sourceField(FileStepViewModel vm, String id) {
        TextField f = Widgets.textField(id, "imp.opt.sourcePrompt");
        f.textProperty().bindBidirectional(vm.sourceProperty());
        f.setPrefColumnCount(18);
        return f;
    }

    private static void dragOver(DragEvent e, boolean busy) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() && !busy) {
            e.acceptTransferModes(TransferMode.COPY);
            Node n = (Node) e.getSource();
            if (!n.getStyleClass().contains("imp-drop-hover")) {
                n.getStyleClass().add("imp-drop-hover");
            }
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        Dragboard db = e.getDragboard();
        boolean done = false;
        if (db.hasFiles() && !db.getFiles().isEmpty()) {
            File f = db.getFiles().getFirst();
            vm.onFileChosen(f.toPath());
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }
}
