package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.imports.ImportWidgets.showWhen;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Step 5 确认导入: what will be written (or why nothing will), then the result with the ways on. */
final class ConfirmStepView {

    private final Node root;

    /**
     * @param openHouseholds shows 农户台账
     * @param openHistory    shows the import history tab
     */
    ConfirmStepView(ConfirmStepViewModel vm, ObservableBooleanValue applied, Runnable openHouseholds,
            Runnable openHistory) {
        Label intro = Widgets.styled(Messages.t("imp.confirm.intro"), "imp-confirm-intro");
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
        showWhen(plan, Bindings.createBooleanBinding(() -> !applied.get() && !vm.confirmLines().isEmpty(),
                applied, vm.confirmLines()));

        Label already = Widgets.message("imp-already", vm.alreadyTextProperty(), "imp-already");

        FontIcon ok = new FontIcon(Feather.CHECK_CIRCLE);
        ok.getStyleClass().add("imp-done-icon");
        Label doneTitle = Widgets.styled(Messages.t("imp.confirm.done"), "empty-title");
        Label result = new Label();
        result.setId("imp-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.resultProperty());
        Button households = ImportWidgets.button("imp-open-households", "imp.confirm.openHouseholds", Feather.USERS);
        households.setOnAction(e -> openHouseholds.run());
        Button history = ImportWidgets.button("imp-open-history", "imp.confirm.openHistory", Feather.CLOCK);
        history.setOnAction(e -> openHistory.run());
        HBox title = new HBox(10, ok, doneTitle);
        title.setAlignment(Pos.CENTER_LEFT);
        VBox done = new VBox(10, title, result, new HBox(10, households, history));
        done.setId("imp-done");
        done.getStyleClass().add("callout");
        showWhen(done, vm.resultProperty().isNotEmpty());

        VBox step = new VBox(16, plan, already, done);
        step.getStyleClass().add("imp-step-page");
        root = ImportWidgets.scroll(step);
    }

    Node root() {
        return root;
    }
}
