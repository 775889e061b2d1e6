package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.imports.ImportWidgets.bound;
import static cn.bangfu.ledger.gui.imports.ImportWidgets.showWhen;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Widgets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** Step 2 识别表头: what the file is, and the mapping grid (field, column, the column's first values). */
final class MappingStepView {

    private final MappingStepViewModel vm;
    private final GridPane mappingGrid = new GridPane();
    private final List<Runnable> mappingUnbind = new ArrayList<>();
    private final Node root;

    MappingStepView(MappingStepViewModel vm, ImportWizardViewModel wizard) {
        this.vm = vm;
        Label note = Widgets.message("imp-mapping-note", vm.mappingNoteProperty(), "imp-note");
        Label missing = Widgets.message("imp-missing", vm.missingTextProperty(), "imp-missing-banner");

        mappingGrid.setId("imp-mapping");
        mappingGrid.getStyleClass().add("imp-mapping-grid");
        mappingGrid.setHgap(16);
        mappingGrid.setVgap(6);
        ColumnConstraints field = new ColumnConstraints(150, 190, 240);
        ColumnConstraints column = new ColumnConstraints(200, 260, 340);
        ColumnConstraints sample = new ColumnConstraints(160, 320, Double.MAX_VALUE);
        sample.setHgrow(Priority.ALWAYS);
        mappingGrid.getColumnConstraints().setAll(field, column, sample);
        vm.mappingRows().addListener((ListChangeListener<MappingRow>) c -> fillMapping());
        fillMapping();

        Label unused = Widgets.message("imp-unused", vm.unusedTextProperty(), "hint");
        Button save = ImportWidgets.button("imp-save-mapping", "imp.map.save", Feather.SAVE);
        save.setOnAction(e -> vm.onSaveMapping());
        ObservableBooleanValue busy = wizard.busyProperty();
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> busy.get() || vm.mappingRows().isEmpty(),
                busy, vm.mappingRows()));

        HBox mapTitle = new HBox(16, Widgets.styled(Messages.t("imp.map.section"), "section-title"));
        mapTitle.setAlignment(Pos.BOTTOM_LEFT);
        VBox page = new VBox(12, info(wizard), mapTitle, note, missing, mappingGrid, unused, save);
        page.getStyleClass().add("imp-step-page");
        root = ImportWidgets.scroll(page);
    }

    Node root() {
        return root;
    }

    private GridPane info(ImportWizardViewModel wizard) {
        ComboBox<Choice<String>> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("imp-sheet");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        VBox headerLines = new VBox(2);
        headerLines.setId("imp-header-lines");
        Runnable fillHeaders = () -> headerLines.getChildren().setAll(
                vm.headerLines().stream().map(Label::new).toList());
        vm.headerLines().addListener((ListChangeListener<String>) c -> fillHeaders.run());
        fillHeaders.run();
        TextField source = FileStepView.sourceField(wizard.file(), "imp-source-2");

        GridPane info = Widgets.formGrid(1);
        Widgets.formRow(info, "imp.info.file", bound("imp-info-file", Bindings.createStringBinding(() -> {
            Path f = wizard.fileProperty().get();
            return f == null ? "" : f.getFileName().toString();
        }, wizard.fileProperty()))).getStyleClass().add("imp-form-label");
        Widgets.formRow(info, "imp.info.format", bound("imp-format", vm.formatTextProperty()))
                .getStyleClass().add("imp-form-label");
        Widgets.formRow(info, "imp.info.kind", bound("imp-kind-text", vm.kindTextProperty()))
                .getStyleClass().add("imp-form-label");
        Label sheetLabel = Widgets.formRow(info, "imp.info.sheet", sheet);
        sheetLabel.getStyleClass().add("imp-form-label");
        BooleanBinding manySheets = Bindings.size(vm.sheets()).greaterThan(1);
        showWhen(sheetLabel, manySheets);
        showWhen(sheet, manySheets);
        Label headerLabel = Widgets.formRow(info, "imp.info.header", headerLines);
        headerLabel.getStyleClass().add("imp-form-label");
        GridPane.setValignment(headerLabel, VPos.TOP);
        Widgets.formRow(info, "imp.info.town", bound("imp-town-line", vm.townLineProperty()))
                .getStyleClass().add("imp-form-label");
        VBox sourceBox = new VBox(4, Widgets.styled(Messages.t("imp.map.sourceHint"), "hint"), source);
        Label sourceLabel = Widgets.formRow(info, "imp.opt.source", sourceBox);
        sourceLabel.getStyleClass().add("imp-form-label");
        showWhen(sourceLabel, vm.sourceNeededProperty());
        showWhen(sourceBox, vm.sourceNeededProperty());
        return info;
    }

    private void fillMapping() {
        mappingUnbind.forEach(Runnable::run);
        mappingUnbind.clear();
        mappingGrid.getChildren().clear();
        if (vm.mappingRows().isEmpty()) {
            return;
        }
        mappingGrid.addRow(0, Widgets.styled(Messages.t("imp.map.field"), "imp-grid-head"),
                Widgets.styled(Messages.t("imp.map.column"), "imp-grid-head"),
                Widgets.styled(Messages.t("imp.map.sample"), "imp-grid-head"));
        int r = 1;
        for (MappingRow row : vm.mappingRows()) {
            Label name = new Label(row.label());
            name.getStyleClass().add("imp-field-name");
            HBox label = new HBox(6, name);
            label.setAlignment(Pos.CENTER_LEFT);
            if (row.required()) {
                label.getChildren().add(Widgets.styled(Messages.t("imp.map.required"), "imp-required"));
            }
            ComboBox<String> combo = columnCombo(row);
            combo.valueProperty().bindBidirectional(row.columnProperty());
            mappingUnbind.add(() -> combo.valueProperty().unbindBidirectional(row.columnProperty()));
            Label sample = new Label();
            sample.setId("imp-sample-" + row.field().name());
            sample.textProperty().bind(row.sampleProperty());
            sample.getStyleClass().add("imp-sample");
            Runnable missing = () -> {
                for (Node n : List.of(label, combo)) {
                    n.getStyleClass().remove("imp-missing");
                    if (row.missingProperty().get()) {
                        n.getStyleClass().add("imp-missing");
                    }
                }
            };
            row.missingProperty().addListener((o, a, b) -> missing.run());
            missing.run();
            mappingGrid.addRow(r++, label, combo, sample);
        }
    }

    /** The drop-down of the file's columns for a field, 不导入 for none. */
    private ComboBox<String> columnCombo(MappingRow row) {
        ComboBox<String> combo = new ComboBox<>(vm.columns());
        combo.setId("imp-map-" + row.field().name());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setVisibleRowCount(16);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null || s.isEmpty() ? Messages.t("imp.map.none") : s;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        combo.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : combo.getConverter().toString(item));
            }
        });
        combo.setButtonCell(combo.getCellFactory().call(null));
        return combo;
    }
}
