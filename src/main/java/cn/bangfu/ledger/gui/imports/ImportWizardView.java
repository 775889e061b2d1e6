package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.imports.ImportWidgets.showWhen;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The wizard's frame: the row of steps, the current step's view, the busy overlay (what the work is doing, how
 * far, 取消) and the footer (上一步, the step's main button, the error and notice lines).
 */
final class ImportWizardView {

    private final ImportWizardViewModel vm;
    private final BooleanSupplier shown;
    private final Map<WizardStep, Node> stepNodes = new EnumMap<>(WizardStep.class);
    private final Map<WizardStep, Label> stepLabels = new EnumMap<>(WizardStep.class);
    /** Per step, the controls the keyboard should land on, first usable wins. */
    private final Map<WizardStep, List<Node>> focusOrder = new EnumMap<>(WizardStep.class);
    private final StackPane stepContent = new StackPane();
    private final Button cancel = new Button(Messages.t("imp.cancel"));
    private final Node root;

    /**
     * @param shown          whether the wizard is on screen (its tab selected)
     * @param openHouseholds shows 农户台账 (after an import)
     * @param openHistory    shows the import history
     */
    ImportWizardView(ImportWizardViewModel vm, BooleanSupplier shown, Runnable openHouseholds, Runnable openHistory) {
        this.vm = vm;
        this.shown = shown;
        HBox steps = new HBox(6);
        steps.getStyleClass().add("imp-steps");
        steps.setAlignment(Pos.CENTER_LEFT);
        for (WizardStep s : WizardStep.values()) {
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
        FileStepView file = new FileStepView(vm.file(), vm.busyProperty());
        stepNodes.put(WizardStep.FILE, file.root());
        stepNodes.put(WizardStep.MAPPING, new MappingStepView(vm.mapping(), vm).root());
        stepNodes.put(WizardStep.CHECK, new CheckStepView(vm.check(), vm).root());
        stepNodes.put(WizardStep.PREVIEW, new PreviewStepView(vm.preview(), vm.mapping().pushProperty()).root());
        stepNodes.put(WizardStep.CONFIRM, new ConfirmStepView(vm.confirm(), vm.appliedProperty(), openHouseholds,
                openHistory).root());
        stepContent.getStyleClass().add("imp-step-content");
        Node footer = footer(file);
        vm.stepProperty().addListener((o, a, b) -> showStep(b));
        showStep(vm.stepProperty().get());
        // a step changed or long work ended: the keyboard lands on the step's main control
        vm.busyProperty().addListener((o, a, b) -> focusStep());

        BorderPane wizard = new BorderPane(new StackPane(stepContent, busyOverlay()), steps, null, footer, null);
        wizard.getStyleClass().add("imp-wizard");
        root = wizard;
    }

    Node root() {
        return root;
    }

    private void showStep(WizardStep step) {
        stepContent.getChildren().setAll(stepNodes.get(step));
        for (WizardStep s : WizardStep.values()) {
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
    void focusStep() {
        Platform.runLater(() -> {
            if (root.getScene() == null) { // the tab's content reaches the scene when the tab pane's skin is made
                root.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                            javafx.scene.Scene was, javafx.scene.Scene now) {
                        if (now != null) {
                            o.removeListener(this);
                            focusStep();
                        }
                    }
                });
                return;
            }
            if (!shown.getAsBoolean()) {
                return;
            }
            // a control inside the step's fresh ScrollPane reaches the scene only in the next pulse: Focus waits
            for (Node n : focusOrder.getOrDefault(vm.stepProperty().get(), List.of())) {
                if (n.isVisible() && !n.isDisabled()) {
                    Focus.settle(n, root);
                    return;
                }
            }
        });
    }

    private Node footer(FileStepView file) {
        var step = vm.stepProperty();
        Button back = ImportWidgets.button("imp-back", "imp.back", Feather.CHEVRON_LEFT);
        back.disableProperty().bind(vm.canBackProperty().not());
        back.setOnAction(e -> vm.onBack());

        Button next = primary("imp-next", "imp.next", Feather.CHEVRON_RIGHT,
                step.isEqualTo(WizardStep.FILE).or(step.isEqualTo(WizardStep.PREVIEW)));
        next.disableProperty().bind(vm.canNextProperty().not());
        next.setOnAction(e -> vm.onNext());
        // on 检查 without a result (cancelled, refused, or options changed) the check can be run again from there
        Button check = primary("imp-check", "imp.check", Feather.CHECK_SQUARE, step.isEqualTo(WizardStep.MAPPING)
                .or(step.isEqualTo(WizardStep.CHECK).and(vm.checkedProperty().not())));
        check.disableProperty().bind(vm.canCheckProperty().not());
        check.setOnAction(e -> vm.check().onCheck());
        Button preview = primary("imp-to-preview", "imp.toPreview", Feather.CHEVRON_RIGHT,
                step.isEqualTo(WizardStep.CHECK).and(vm.checkedProperty()));
        preview.disableProperty().bind(vm.canNextProperty().not());
        preview.setOnAction(e -> vm.onNext());
        Button apply = primary("imp-apply", "imp.apply", Feather.UPLOAD,
                step.isEqualTo(WizardStep.CONFIRM).and(vm.appliedProperty().not()));
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(vm.canApplyProperty().not());
        apply.setOnAction(e -> vm.confirm().onApply());
        Button restart = primary("imp-restart", "imp.restart", Feather.FILE_PLUS,
                step.isEqualTo(WizardStep.CONFIRM).and(vm.appliedProperty()));
        restart.setOnAction(e -> vm.onRestart());
        focusOrder.put(WizardStep.FILE, List.of(file.chooseButton()));
        focusOrder.put(WizardStep.MAPPING, List.of(check, back));
        focusOrder.put(WizardStep.CHECK, List.of(cancel, preview, check, back));
        focusOrder.put(WizardStep.PREVIEW, List.of(next, back));
        focusOrder.put(WizardStep.CONFIRM, List.of(apply, restart, back));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, back, spacer, next, check, preview, apply, restart);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("imp-footer");

        Label error = Widgets.message("imp-error", vm.errorProperty(), "field-error");
        Label notice = Widgets.message("imp-notice", vm.noticeProperty(), "field-ok");
        VBox box = new VBox(8, error, notice, bar);
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

    private static Button primary(String id, String key, Feather icon, ObservableBooleanValue shown) {
        Button b = ImportWidgets.button(id, key, icon);
        b.setContentDisplay(ContentDisplay.RIGHT);
        showWhen(b, shown);
        b.defaultButtonProperty().bind(b.visibleProperty());
        return b;
    }
}
