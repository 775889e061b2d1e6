package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.imports.ImportViewModel.BatchRow;
import cn.bangfu.ledger.gui.imports.ImportViewModel.DiffRow;
import cn.bangfu.ledger.gui.imports.ImportViewModel.MappingRow;
import cn.bangfu.ledger.gui.imports.ImportViewModel.Option;
import cn.bangfu.ledger.gui.imports.ImportViewModel.PersonRow;
import cn.bangfu.ledger.gui.imports.ImportViewModel.ProblemRow;
import cn.bangfu.ledger.gui.imports.ImportViewModel.Stat;
import cn.bangfu.ledger.gui.imports.ImportViewModel.Step;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.DiffStatus;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * 导入花名册: the wizard (选择文件 → 识别表头 → 检查 → 差异预览 → 确认导入) on one tab and the import history
 * (撤销本批) on the other. The view builds the nodes and binds them to {@link ImportViewModel}; the long work
 * runs as {@code javafx.concurrent.Task}s ({@link TaskRunner}).
 */
public final class ImportView {

    private static final String STYLESHEET = Objects.requireNonNull(
            ImportView.class.getResource("/cn/bangfu/ledger/gui/bangfu.css")).toExternalForm();

    private final ImportViewModel vm;
    private final Runnable openHouseholds;
    private final VBox root;
    private final TabPane tabs = new TabPane();
    private final Tab historyTab = new Tab(Messages.t("imp.tab.history"));
    private final Map<Step, Node> stepNodes = new EnumMap<>(Step.class);
    private final Map<Step, Label> stepLabels = new EnumMap<>(Step.class);
    private final StackPane stepContent = new StackPane();
    private final GridPane mappingGrid = new GridPane();
    private final List<Runnable> mappingUnbind = new ArrayList<>();
    private final Button choose = button("imp-choose", "imp.drop.choose", Feather.FOLDER);
    private final Button cancel = new Button(Messages.t("imp.cancel"));
    private final TableView<BatchRow> historyTable = new TableView<>();
    /** Per step, the controls the keyboard should land on, first usable wins. */
    private final Map<Step, List<Node>> focusOrder = new EnumMap<>(Step.class);
    private File lastFolder;

    /**
     * @param openHouseholds shows 农户台账 (after an import)
     * @param ledgerChanged  called after an import or a revert changed the ledger
     */
    public ImportView(LedgerServices services, Runnable openHouseholds, Runnable ledgerChanged) {
        this(new ImportViewModel(services, new TaskRunner(), ledgerChanged), openHouseholds);
    }

    ImportView(ImportViewModel vm, Runnable openHouseholds) {
        this.vm = vm;
        this.openHouseholds = openHouseholds;

        Label title = styled(Messages.t("imp.title"), "page-title");
        Label subtitle = styled(Messages.t("imp.subtitle"), "page-subtitle");
        subtitle.setWrapText(true);
        VBox header = new VBox(4, title, subtitle);

        Tab wizardTab = new Tab(Messages.t("imp.tab.wizard"), wizard());
        wizardTab.setId("imp-tab-wizard");
        historyTab.setId("imp-tab-history");
        historyTab.setContent(history());
        tabs.getTabs().setAll(wizardTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("imp-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == historyTab) {
                vm.refreshHistory();
                Focus.soon(historyTable);
            } else {
                focusStep();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);

        root = new VBox(12, header, tabs);
        root.getStyleClass().addAll("page", "imp-page");
        root.getProperties().put(ImportView.class, this); // tests reach the view from the page node
        // shown (again), a step changed or long work ended: the keyboard lands on the step's main control
        root.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                focusStep();
            }
        });
        vm.busyProperty().addListener((o, a, b) -> focusStep());
    }

    /** The page (a {@link Parent}, so that it can also be a scene's root). */
    public Parent root() {
        return root;
    }

    /** Reads the office's town and the history again; the wizard keeps its place. */
    public void refresh() {
        vm.refresh();
    }

    /** The page's model (for tests: the file chooser is a native dialog). */
    ImportViewModel viewModel() {
        return vm;
    }

    // ================================================================ the wizard

    private Node wizard() {
        HBox steps = new HBox(6);
        steps.getStyleClass().add("imp-steps");
        steps.setAlignment(Pos.CENTER_LEFT);
        for (Step s : Step.values()) {
            Label l = new Label((s.ordinal() + 1) + "  " + s.title());
            l.setId("imp-step-" + s.name());
            l.getStyleClass().add("imp-step");
            stepLabels.put(s, l);
            if (s.ordinal() > 0) {
                FontIcon arrow = new FontIcon(Feather.CHEVRON_RIGHT);
                arrow.getStyleClass().add("imp-step-arrow");
                steps.getChildren().add(arrow);
            }
            steps.getChildren().add(l);
        }
        stepNodes.put(Step.FILE, fileStep());
        stepNodes.put(Step.MAPPING, mappingStep());
        stepNodes.put(Step.CHECK, checkStep());
        stepNodes.put(Step.PREVIEW, previewStep());
        stepNodes.put(Step.CONFIRM, confirmStep());
        stepContent.getStyleClass().add("imp-step-content");
        vm.stepProperty().addListener((o, a, b) -> showStep(b));
        showStep(vm.stepProperty().get());

        BorderPane wizard = new BorderPane(new StackPane(stepContent, busyOverlay()), steps, null, footer(), null);
        wizard.getStyleClass().add("imp-wizard");
        return wizard;
    }

    private void showStep(Step step) {
        stepContent.getChildren().setAll(stepNodes.get(step));
        for (Step s : Step.values()) {
            Label l = stepLabels.get(s);
            l.getStyleClass().removeAll("imp-step-current", "imp-step-done");
            if (s == step) {
                l.getStyleClass().add("imp-step-current");
            } else if (s.ordinal() < step.ordinal()) {
                l.getStyleClass().add("imp-step-done");
            }
        }
        focusStep();
    }

    /** Puts the keyboard on the current step's main control (after the layout has settled). */
    private void focusStep() {
        javafx.application.Platform.runLater(() -> {
            if (root.getScene() == null || tabs.getSelectionModel().getSelectedIndex() != 0) {
                return;
            }
            // a control inside the step's fresh ScrollPane reaches the scene only in the next pulse: Focus waits
            for (Node n : focusOrder.getOrDefault(vm.stepProperty().get(), List.of())) {
                if (n.isVisible() && !n.isDisabled()) {
                    Focus.soon(n);
                    return;
                }
            }
        });
    }

    private Node footer() {
        Button back = button("imp-back", "imp.back", Feather.CHEVRON_LEFT);
        back.disableProperty().bind(vm.canBackProperty().not());
        back.setOnAction(e -> vm.onBack());

        Button next = primary("imp-next", "imp.next", Feather.CHEVRON_RIGHT,
                vm.stepProperty().isEqualTo(Step.FILE).or(vm.stepProperty().isEqualTo(Step.PREVIEW)));
        next.disableProperty().bind(vm.canNextProperty().not());
        next.setOnAction(e -> vm.onNext());
        // on 检查 without a result (cancelled, refused, or options changed) the check can be run again from there
        Button check = primary("imp-check", "imp.check", Feather.CHECK_SQUARE, vm.stepProperty().isEqualTo(Step.MAPPING)
                .or(vm.stepProperty().isEqualTo(Step.CHECK).and(vm.checkedProperty().not())));
        check.disableProperty().bind(vm.canCheckProperty().not());
        check.setOnAction(e -> vm.onCheck());
        Button preview = primary("imp-to-preview", "imp.toPreview", Feather.CHEVRON_RIGHT,
                vm.stepProperty().isEqualTo(Step.CHECK).and(vm.checkedProperty()));
        preview.disableProperty().bind(vm.canNextProperty().not());
        preview.setOnAction(e -> vm.onNext());
        Button apply = primary("imp-apply", "imp.apply", Feather.UPLOAD,
                vm.stepProperty().isEqualTo(Step.CONFIRM).and(vm.appliedProperty().not()));
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.onApply());
        Button restart = primary("imp-restart", "imp.restart", Feather.FILE_PLUS,
                vm.stepProperty().isEqualTo(Step.CONFIRM).and(vm.appliedProperty()));
        restart.setOnAction(e -> vm.onRestart());
        focusOrder.put(Step.FILE, List.of(choose));
        focusOrder.put(Step.MAPPING, List.of(check, back));
        focusOrder.put(Step.CHECK, List.of(cancel, preview, check, back));
        focusOrder.put(Step.PREVIEW, List.of(next, back));
        focusOrder.put(Step.CONFIRM, List.of(apply, restart, back));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar2 = new HBox(12, back, spacer, next, check, preview, apply, restart);
        bar2.setAlignment(Pos.CENTER_LEFT);
        bar2.getStyleClass().add("imp-footer");

        Label error = message("imp-error", vm.errorProperty(), "field-error");
        Label notice = message("imp-notice", vm.noticeProperty(), "field-ok");
        VBox box = new VBox(8, error, notice, bar2);
        box.getStyleClass().add("imp-footer-box");
        return box;
    }

    /** While long work runs: what it is doing, how far it is, and 取消 when it can stop. */
    private Node busyOverlay() {
        Label text = new Label();
        text.setId("imp-busy-text");
        text.getStyleClass().add("imp-busy-text");
        text.textProperty().bind(vm.busyTextProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("imp-progress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(vm.progressProperty());
        cancel.setId("imp-cancel");
        cancel.setOnAction(e -> vm.onCancel());
        showWhen(cancel, vm.cancellableProperty());
        cancel.cancelButtonProperty().bind(cancel.visibleProperty());
        VBox box = new VBox(14, text, bar, cancel);
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        box.getStyleClass().add("imp-busy-box");
        StackPane overlay = new StackPane(box);
        overlay.setId("imp-busy");
        overlay.getStyleClass().add("busy-overlay");
        showWhen(overlay, vm.busyProperty());
        return overlay;
    }

    private static Button primary(String id, String key, Feather icon,
            javafx.beans.value.ObservableBooleanValue shown) {
        Button b = button(id, key, icon);
        b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        showWhen(b, shown);
        b.defaultButtonProperty().bind(b.visibleProperty());
        return b;
    }

    // ---------------------------------------------------------------- 1 选择文件

    private Node fileStep() {
        FontIcon icon = new FontIcon(Feather.UPLOAD_CLOUD);
        icon.getStyleClass().add("imp-drop-icon");
        Label dropTitle = styled(Messages.t("imp.drop.title"), "imp-drop-title");
        Label or = styled(Messages.t("imp.drop.or"), "hint");
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> chooseFile());
        Label hint = styled(Messages.t("imp.drop.hint"), "hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        VBox drop = new VBox(10, icon, dropTitle, or, choose, hint);
        drop.setId("imp-drop");
        drop.setAlignment(Pos.CENTER);
        drop.getStyleClass().add("imp-drop");
        drop.setOnDragOver(this::dragOver);
        drop.setOnDragExited(e -> drop.getStyleClass().remove("imp-drop-hover"));
        drop.setOnDragDropped(this::dropped);
        drop.disableProperty().bind(vm.busyProperty());
        drop.setMinWidth(360);
        HBox.setHgrow(drop, Priority.ALWAYS);

        ComboBox<Option<ImportKind>> kind = new ComboBox<>();
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
        TextField source = sourceField("imp-source");
        CheckBox supplement = new CheckBox(Messages.t("imp.opt.supplement"));
        supplement.setId("imp-supplement");
        supplement.selectedProperty().bindBidirectional(vm.supplementProperty());
        Label supplementHint = new Label(Messages.t("imp.opt.supplementHint"));
        supplementHint.getStyleClass().add("hint");
        supplementHint.setWrapText(true);

        GridPane grid = formGrid();
        grid.addRow(0, styled(Messages.t("imp.opt.kind"), "imp-form-label"), kind);
        Label townLabel = styled(Messages.t("imp.opt.town"), "imp-form-label", "imp-top-label");
        GridPane.setValignment(townLabel, javafx.geometry.VPos.TOP);
        grid.addRow(1, townLabel, new VBox(4, ownTown, townHint));
        Label sourceLabel = styled(Messages.t("imp.opt.source"), "imp-form-label");
        grid.addRow(2, sourceLabel, source);
        var isPush = Bindings.createBooleanBinding(() -> vm.kindChoiceProperty().get() != null
                && vm.kindChoiceProperty().get().value() == ImportKind.PUSH, vm.kindChoiceProperty());
        showWhen(sourceLabel, isPush);
        showWhen(source, isPush);
        Label scopeLabel = styled(Messages.t("imp.opt.scope"), "imp-form-label", "imp-top-label");
        GridPane.setValignment(scopeLabel, javafx.geometry.VPos.TOP);
        VBox scope = new VBox(4, supplement, supplementHint);
        grid.addRow(3, scopeLabel, scope);
        showWhen(scopeLabel, isPush.not());
        showWhen(scope, isPush.not());
        VBox options = new VBox(12, styled(Messages.t("imp.options"), "section-title"), grid);
        options.getStyleClass().add("imp-options");
        options.setPrefWidth(460);
        options.setMinWidth(360);
        options.disableProperty().bind(vm.busyProperty());

        HBox top = new HBox(24, drop, options);
        top.setAlignment(Pos.TOP_LEFT);
        Label chosen = message("imp-file-line", vm.fileLineProperty(), "imp-file-line");
        VBox step = new VBox(16, top, chosen);
        step.getStyleClass().add("imp-step-page");
        return step;
    }

    private TextField sourceField(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(Messages.t("imp.opt.sourcePrompt"));
        f.textProperty().bindBidirectional(vm.sourceProperty());
        f.setPrefColumnCount(18);
        return f;
    }

    private void dragOver(DragEvent e) {
        Dragboard db = e.getDragboard();
        if (db.hasFiles() && !vm.busyProperty().get()) {
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
            lastFolder = f.getParentFile();
            vm.onFileChosen(f.toPath());
            done = true;
        }
        e.setDropCompleted(done);
        e.consume();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.t("imp.chooser.title"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.t("imp.chooser.tables"), "*.xlsx", "*.xls", "*.csv",
                        "*.XLSX", "*.XLS", "*.CSV"),
                new FileChooser.ExtensionFilter(Messages.t("imp.chooser.xlsx"), "*.xlsx", "*.XLSX"),
                new FileChooser.ExtensionFilter(Messages.t("imp.chooser.xls"), "*.xls", "*.XLS"),
                new FileChooser.ExtensionFilter(Messages.t("imp.chooser.csv"), "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter(Messages.t("imp.chooser.all"), "*.*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            lastFolder = f.getParentFile();
            vm.onFileChosen(f.toPath());
        }
    }

    // ---------------------------------------------------------------- 2 识别表头

    private Node mappingStep() {
        ComboBox<Option<String>> sheet = new ComboBox<>(vm.sheets());
        sheet.setId("imp-sheet");
        sheet.valueProperty().bindBidirectional(vm.sheetProperty());
        VBox headerLines = new VBox(2);
        headerLines.setId("imp-header-lines");
        Runnable fillHeaders = () -> headerLines.getChildren().setAll(
                vm.headerLines().stream().map(Label::new).toList());
        vm.headerLines().addListener((ListChangeListener<String>) c -> fillHeaders.run());
        fillHeaders.run();
        TextField source = sourceField("imp-source-2");

        GridPane info = formGrid();
        info.addRow(0, styled(Messages.t("imp.info.file"), "imp-form-label"), bound("imp-info-file",
                Bindings.createStringBinding(() -> vm.fileProperty().get() == null ? ""
                        : vm.fileProperty().get().getFileName().toString(), vm.fileProperty())));
        info.addRow(1, styled(Messages.t("imp.info.format"), "imp-form-label"), bound("imp-format", vm.formatTextProperty()));
        info.addRow(2, styled(Messages.t("imp.info.kind"), "imp-form-label"), bound("imp-kind-text", vm.kindTextProperty()));
        Label sheetLabel = styled(Messages.t("imp.info.sheet"), "imp-form-label");
        info.addRow(3, sheetLabel, sheet);
        var manySheets = Bindings.size(vm.sheets()).greaterThan(1);
        showWhen(sheetLabel, manySheets);
        showWhen(sheet, manySheets);
        Label headerLabel = styled(Messages.t("imp.info.header"), "imp-form-label");
        GridPane.setValignment(headerLabel, javafx.geometry.VPos.TOP);
        info.addRow(4, headerLabel, headerLines);
        info.addRow(5, styled(Messages.t("imp.info.town"), "imp-form-label"), bound("imp-town-line", vm.townLineProperty()));
        Label sourceLabel = styled(Messages.t("imp.opt.source"), "imp-form-label");
        Label sourceHint = styled(Messages.t("imp.map.sourceHint"), "hint");
        info.addRow(6, sourceLabel, new VBox(4, sourceHint, source));
        showWhen(sourceLabel, vm.sourceNeededProperty());
        showWhen(info.getChildren().getLast(), vm.sourceNeededProperty());

        Label note = message("imp-mapping-note", vm.mappingNoteProperty(), "imp-note");
        Label missing = message("imp-missing", vm.missingTextProperty(), "imp-missing-banner");

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

        Label unused = message("imp-unused", vm.unusedTextProperty(), "hint");
        Button save = button("imp-save-mapping", "imp.map.save", Feather.SAVE);
        save.setOnAction(e -> saveMapping());
        save.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.mappingRows())));

        HBox mapTitle = new HBox(16, styled(Messages.t("imp.map.section"), "section-title"));
        mapTitle.setAlignment(Pos.BOTTOM_LEFT);
        VBox page = new VBox(12, info, mapTitle, note, missing, mappingGrid, unused, save);
        page.getStyleClass().add("imp-step-page");
        return scroll(page);
    }

    private void fillMapping() {
        mappingUnbind.forEach(Runnable::run);
        mappingUnbind.clear();
        mappingGrid.getChildren().clear();
        if (vm.mappingRows().isEmpty()) {
            return;
        }
        mappingGrid.addRow(0, styled(Messages.t("imp.map.field"), "imp-grid-head"),
                styled(Messages.t("imp.map.column"), "imp-grid-head"),
                styled(Messages.t("imp.map.sample"), "imp-grid-head"));
        int r = 1;
        for (MappingRow row : vm.mappingRows()) {
            Label name = new Label(row.label());
            name.getStyleClass().add("imp-field-name");
            HBox label = new HBox(6, name);
            label.setAlignment(Pos.CENTER_LEFT);
            if (row.required()) {
                label.getChildren().add(styled(Messages.t("imp.map.required"), "imp-required"));
            }
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

    private void saveMapping() {
        TextInputDialog dialog = new TextInputDialog(vm.suggestedMappingName());
        dialog.initOwner(window());
        dialog.setTitle(Messages.t("imp.map.saveTitle"));
        dialog.setHeaderText(Messages.t("imp.map.saveHeader"));
        dialog.setContentText(Messages.t("imp.map.saveLabel"));
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("imp-save-mapping-ok");
        dialog.getEditor().setId("imp-save-mapping-name");
        dialog.getEditor().setPrefColumnCount(24);
        dialog.showAndWait().ifPresent(vm::onSaveMapping);
    }

    // ---------------------------------------------------------------- 3 检查

    private Node checkStep() {
        Label verdict = message("imp-verdict", vm.verdictProperty(), "imp-verdict");
        VBox skipped = new VBox(2);
        vm.skippedSheets().addListener((ListChangeListener<String>) c -> skipped.getChildren().setAll(
                vm.skippedSheets().stream().map(s -> styled(s, "hint")).toList()));

        FlowPane stats = new FlowPane(12, 12);
        stats.setId("imp-stats");
        Runnable fillStats = () -> stats.getChildren().setAll(vm.stats().stream().map(ImportView::stat).toList());
        vm.stats().addListener((ListChangeListener<Stat>) c -> fillStats.run());
        fillStats.run();

        Label problemsTitle = new Label();
        problemsTitle.setId("imp-problems-title");
        problemsTitle.textProperty().bind(vm.problemsTitleProperty());
        problemsTitle.getStyleClass().add("section-title");
        CheckBox onlyErrors = new CheckBox(Messages.t("imp.problems.onlyErrors"));
        onlyErrors.setId("imp-only-errors");
        onlyErrors.selectedProperty().bindBidirectional(vm.onlyErrorsProperty());
        Button export = button("imp-export-errors", "imp.problems.export", Feather.DOWNLOAD);
        export.disableProperty().bind(vm.canExportErrorsProperty().not().or(vm.busyProperty()));
        export.setOnAction(e -> exportErrors());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(16, problemsTitle, onlyErrors, spacer, export);
        toolbar.setAlignment(Pos.BOTTOM_LEFT);
        Label exported = message("imp-exported", vm.exportMessageProperty(), "field-ok");

        TableView<ProblemRow> table = table("imp-problems", "imp.problems.empty");
        table.setItems(vm.problems());
        table.getColumns().add(column("imp.col.sheet", ProblemRow::sheet, 100, false));
        table.getColumns().add(column("imp.col.row", ProblemRow::row, 60, true));
        table.getColumns().add(column("imp.col.column", ProblemRow::column, 110, false));
        table.getColumns().add(column("imp.col.code", ProblemRow::code, 150, false));
        TableColumn<ProblemRow, String> message = wrapping("imp.col.message", ProblemRow::message, 420);
        table.getColumns().add(message);
        TableColumn<ProblemRow, String> severity = column("imp.col.severity", ProblemRow::severity, 90, false);
        severity.getStyleClass().add("imp-severity");
        table.getColumns().add(severity);
        flex(table, message, 260);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProblemRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("imp-error-row", "imp-warning-row");
                if (!empty && item != null) {
                    getStyleClass().add(item.error() ? "imp-error-row" : "imp-warning-row");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox checkedOnly = new VBox(12, stats, toolbar, exported, table);
        showWhen(checkedOnly, vm.checkedProperty());
        VBox.setVgrow(checkedOnly, Priority.ALWAYS);
        VBox results = new VBox(12, verdict, skipped, checkedOnly);
        showWhen(results, vm.busyProperty().not());
        VBox.setVgrow(results, Priority.ALWAYS);
        VBox step = new VBox(12, results);
        step.getStyleClass().add("imp-step-page");
        return step;
    }

    private static Node stat(Stat s) {
        Label value = styled(s.value(), "imp-stat-value");
        value.setId("imp-stat-" + s.id());
        Label label = styled(s.label(), "imp-stat-label");
        VBox box = new VBox(2, value, label);
        box.getStyleClass().add("imp-stat");
        if (s.attention()) {
            box.getStyleClass().add("imp-stat-attention");
        }
        return box;
    }

    private void exportErrors() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.t("imp.problems.exportTitle"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(Messages.t("imp.chooser.xlsx"), "*.xlsx"));
        chooser.setInitialFileName(vm.suggestedErrorsName());
        Path source = vm.fileProperty().get();
        if (source != null && source.getParent() != null && source.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(source.getParent().toFile());
        }
        File out = chooser.showSaveDialog(window());
        if (out != null) {
            vm.onExportErrors(out.toPath());
        }
    }

    // ---------------------------------------------------------------- 4 差异预览

    private Node previewStep() {
        TabPane roster = new TabPane();
        roster.setId("imp-diff-tabs");
        roster.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (DiffStatus s : DiffStatus.values()) {
            TableView<DiffRow> table = table("imp-diff-" + s.name(), "imp.diff.empty." + s.name());
            table.setItems(vm.diff(s));
            table.getColumns().add(column("imp.diff.col.no", DiffRow::householdNo, 150, false));
            table.getColumns().add(column("imp.diff.col.village", DiffRow::village, 100, false));
            table.getColumns().add(column("imp.diff.col.head", DiffRow::head, 90, false));
            if (s != DiffStatus.MISSING) {
                table.getColumns().add(column("imp.diff.col.persons", DiffRow::persons, 60, true));
            }
            TableColumn<DiffRow, String> details = wrapping(
                    s == DiffStatus.HELD_BACK ? "imp.diff.col.reason" : "imp.diff.col.details", DiffRow::details, 480);
            table.getColumns().add(details);
            flex(table, details, 260);
            Node content = table;
            if (s == DiffStatus.MISSING) {
                Label hint = styled(Messages.t("imp.diff.missingHint"), "hint");
                hint.setWrapText(true);
                VBox.setVgrow(table, Priority.ALWAYS);
                content = new VBox(8, hint, table);
            }
            Tab tab = new Tab();
            tab.setId("imp-diff-tab-" + s.name());
            tab.textProperty().bind(vm.diffTitleProperty(s));
            tab.setContent(content);
            roster.getTabs().add(tab);
        }
        TabPane push = new TabPane();
        push.setId("imp-push-tabs");
        push.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TableView<PersonRow> leads = table("imp-leads", "imp.diff.empty.leads");
        leads.setItems(vm.leads());
        leads.getColumns().add(column("imp.diff.col.name", PersonRow::name, 90, false));
        leads.getColumns().add(column("imp.diff.col.id", PersonRow::idNumber, 190, false));
        leads.getColumns().add(column("imp.diff.col.source", PersonRow::source, 140, false));
        TableColumn<PersonRow, String> leadReason = wrapping("imp.diff.col.pushReason", PersonRow::reason, 260);
        leads.getColumns().add(leadReason);
        leads.getColumns().add(column("imp.diff.col.pushDate", PersonRow::pushedOn, 110, false));
        flex(leads, leadReason, 200);
        TableView<PersonRow> unmatched = table("imp-unmatched", "imp.diff.empty.unmatched");
        unmatched.setItems(vm.unmatched());
        unmatched.getColumns().add(column("imp.col.row", PersonRow::sheetRow, 100, true));
        unmatched.getColumns().add(column("imp.diff.col.name", PersonRow::name, 90, false));
        unmatched.getColumns().add(column("imp.diff.col.id", PersonRow::idNumber, 190, false));
        TableColumn<PersonRow, String> unmatchedReason = wrapping("imp.diff.col.pushReason", PersonRow::reason, 300);
        unmatched.getColumns().add(unmatchedReason);
        flex(unmatched, unmatchedReason, 200);
        Tab leadsTab = new Tab();
        leadsTab.setId("imp-diff-tab-leads");
        leadsTab.textProperty().bind(vm.leadsTitleProperty());
        leadsTab.setContent(leads);
        Tab unmatchedTab = new Tab();
        unmatchedTab.setId("imp-diff-tab-unmatched");
        unmatchedTab.textProperty().bind(vm.unmatchedTitleProperty());
        unmatchedTab.setContent(unmatched);
        push.getTabs().setAll(leadsTab, unmatchedTab);

        showWhen(roster, vm.pushProperty().not());
        showWhen(push, vm.pushProperty());
        StackPane both = new StackPane(roster, push);
        VBox.setVgrow(both, Priority.ALWAYS);
        VBox step = new VBox(12, both);
        step.getStyleClass().add("imp-step-page");
        return step;
    }

    // ---------------------------------------------------------------- 5 确认导入

    private Node confirmStep() {
        Label intro = styled(Messages.t("imp.confirm.intro"), "imp-confirm-intro");
        intro.setWrapText(true);
        VBox lines = new VBox(6);
        lines.setId("imp-confirm-lines");
        Runnable fill = () -> lines.getChildren().setAll(vm.confirmLines().stream().map(s -> {
            Label l = new Label("•  " + s);
            l.setWrapText(true);
            return (Node) l;
        }).toList());
        vm.confirmLines().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        VBox plan = new VBox(10, intro, lines);
        plan.getStyleClass().add("imp-confirm");
        showWhen(plan, vm.appliedProperty().not().and(Bindings.isNotEmpty(vm.confirmLines())));

        Label already = message("imp-already", vm.alreadyTextProperty(), "imp-already");

        FontIcon ok = new FontIcon(Feather.CHECK_CIRCLE);
        ok.getStyleClass().add("imp-done-icon");
        Label doneTitle = styled(Messages.t("imp.confirm.done"), "empty-title");
        Label result = new Label();
        result.setId("imp-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        Button households = button("imp-open-households", "imp.confirm.openHouseholds", Feather.USERS);
        households.setOnAction(e -> openHouseholds.run());
        Button history = button("imp-open-history", "imp.confirm.openHistory", Feather.CLOCK);
        history.setOnAction(e -> tabs.getSelectionModel().select(historyTab));
        VBox done = new VBox(10, new HBox(10, ok, doneTitle), result, new HBox(10, households, history));
        ((HBox) done.getChildren().getFirst()).setAlignment(Pos.CENTER_LEFT);
        done.setId("imp-done");
        done.getStyleClass().add("callout");
        showWhen(done, vm.resultProperty().isNotEmpty());

        VBox step = new VBox(16, plan, already, done);
        step.getStyleClass().add("imp-step-page");
        return scroll(step);
    }

    // ================================================================ the history

    private Node history() {
        Button revert = button("imp-revert", "imp.hist.revert", Feather.ROTATE_CCW);
        revert.disableProperty().bind(vm.canRevertProperty().not());
        revert.setOnAction(e -> confirmRevert());
        Button refresh = button("imp-history-refresh", "imp.hist.refresh", Feather.REFRESH_CW);
        refresh.setOnAction(e -> vm.refreshHistory());
        Label hint = styled(Messages.t("imp.hist.hint"), "hint");
        HBox toolbar = new HBox(12, revert, refresh, hint);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        Label done = message("imp-history-message", vm.historyMessageProperty(), "field-ok");
        Label error = message("imp-history-error", vm.historyErrorProperty(), "field-error");

        TableView<BatchRow> t = historyTable;
        t.setId("imp-history");
        t.setPlaceholder(emptyHistory());
        t.getStyleClass().add("dense");
        t.setItems(vm.history());
        t.getColumns().add(column("imp.hist.col.batch", BatchRow::batch, 56, true));
        t.getColumns().add(column("imp.hist.col.time", BatchRow::time, 136, false));
        t.getColumns().add(column("imp.hist.col.operator", BatchRow::operator, 76, false));
        TableColumn<BatchRow, String> file = column("imp.hist.col.file", BatchRow::file, 170, false);
        t.getColumns().add(file);
        t.getColumns().add(column("imp.hist.col.kind", BatchRow::kind, 110, false));
        t.getColumns().add(column("imp.hist.col.rows", BatchRow::rows, 64, true));
        t.getColumns().add(column("imp.hist.col.rejected", BatchRow::rejected, 56, true));
        t.getColumns().add(column("imp.hist.col.added", BatchRow::added, 64, true));
        t.getColumns().add(column("imp.hist.col.changed", BatchRow::changed, 64, true));
        t.getColumns().add(column("imp.hist.col.held", BatchRow::heldBack, 56, true));
        t.getColumns().add(column("imp.hist.col.leads", BatchRow::leads, 56, true));
        t.getColumns().add(column("imp.hist.col.status", BatchRow::status, 70, false));
        flex(t, file, 140);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!Objects.equals(vm.selectedBatchProperty().get(), b)) {
                vm.selectedBatchProperty().set(b);
            }
        });
        vm.selectedBatchProperty().addListener((o, a, b) -> {
            if (!Objects.equals(t.getSelectionModel().getSelectedItem(), b)) {
                if (b == null) {
                    t.getSelectionModel().clearSelection();
                } else {
                    t.getSelectionModel().select(b);
                }
            }
        });
        VBox.setVgrow(t, Priority.ALWAYS);
        VBox page = new VBox(10, toolbar, done, error, t);
        page.getStyleClass().add("imp-step-page");
        return page;
    }

    private static Node emptyHistory() {
        FontIcon icon = new FontIcon(Feather.CLOCK);
        icon.getStyleClass().add("empty-icon");
        Label body = styled(Messages.t("imp.hist.empty"), "empty-body");
        body.setWrapText(true);
        body.setMaxWidth(480);
        VBox box = new VBox(10, icon, body);
        box.setAlignment(Pos.CENTER);
        box.setId("imp-history-empty");
        return box;
    }

    private void confirmRevert() {
        BatchRow b = vm.selectedBatchProperty().get();
        if (b == null || !b.revertible()) {
            return;
        }
        ButtonType ok = new ButtonType(Messages.t("imp.hist.revertConfirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.t("imp.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, vm.revertBody(b), ok, cancel);
        alert.initOwner(window());
        alert.setTitle(Messages.t("imp.hist.revertTitle"));
        alert.setHeaderText(vm.revertHeader(b));
        alert.getDialogPane().getStylesheets().add(STYLESHEET);
        alert.getDialogPane().setPrefWidth(560);
        alert.getDialogPane().lookupButton(ok).setId("imp-revert-ok");
        alert.getDialogPane().lookupButton(cancel).setId("imp-revert-cancel");
        ((Button) alert.getDialogPane().lookupButton(ok)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == ok) {
            vm.onRevert(b);
        }
    }

    // ================================================================ small building blocks

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static Button button(String id, String key, Feather icon) {
        Button b = new Button(Messages.t(key), new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        return b;
    }

    private static Label styled(String text, String... classes) {
        Label l = new Label(text);
        l.getStyleClass().addAll(classes);
        return l;
    }

    private static Label bound(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    /** A label shown only when its text is not empty. */
    private static Label message(String id, ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.textProperty().bind(text);
        showWhen(l, l.textProperty().isNotEmpty());
        return l;
    }

    private static void showWhen(Node n, javafx.beans.value.ObservableBooleanValue shown) {
        n.visibleProperty().bind(shown);
        n.managedProperty().bind(n.visibleProperty());
    }

    private static GridPane formGrid() {
        return Widgets.formGrid(1);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("page-scroll");
        return s;
    }

    private static <S> TableView<S> table(String id, String emptyKey) {
        TableView<S> t = new TableView<>();
        t.setId(id);
        Label empty = styled(Messages.t(emptyKey), "empty-body");
        t.setPlaceholder(empty);
        t.getStyleClass().add("dense");
        return t;
    }

    /** One column takes the width the others leave (never less than {@code min}; then the table scrolls). */
    private static void flex(TableView<?> t, TableColumn<?, ?> grow, double min) {
        List<javafx.beans.Observable> deps = new ArrayList<>();
        deps.add(t.widthProperty());
        t.getColumns().stream().filter(c -> c != grow).forEach(c -> deps.add(c.widthProperty()));
        grow.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double others = t.getColumns().stream().filter(c -> c != grow).mapToDouble(TableColumn::getWidth).sum();
            return Math.max(min, t.getWidth() - others - 18);
        }, deps.toArray(javafx.beans.Observable[]::new)));
    }

    /** A text column; numbers right-aligned. */
    private static <S> TableColumn<S, String> column(String key, Function<S, String> value, double width,
            boolean right) {
        TableColumn<S, String> c = new TableColumn<>(Messages.t(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 48));
        if (right) {
            c.getStyleClass().add("imp-number");
        }
        return c;
    }

    /** A column whose text wraps to the column's width (long messages, several changes). */
    private static <S> TableColumn<S, String> wrapping(String key, Function<S, String> value, double width) {
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
}
