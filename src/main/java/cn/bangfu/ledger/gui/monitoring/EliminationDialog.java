package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.monitoring.EliminationViewModel.RuleRow;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * 风险消除: month, method, the post-elimination snapshot, the marking date, and the live rule list (✔ green,
 * ✘ red for a firm rule, ✘ amber for a warned one). Node ids start with {@code el-}.
 */
final class EliminationDialog {

    private EliminationDialog() {
    }

    static Dialog<Boolean> create(Window owner, EliminationViewModel vm) {
        Label episode = new Label(vm.episodeLine());
        episode.getStyleClass().add("mon-status-line");
        GridPane g = Forms.grid();
        Forms.row(g, "mon.el.month", Forms.month("el-month-year", "el-month", vm.month()));
        Forms.row(g, "mon.el.method", Forms.combo("el-method", vm.methods(), vm.methodProperty(), Function.identity()));
        Forms.row(g, "mon.el.markedOn", Forms.date("el-marked", vm.markedOnProperty()));

        Label threshold = new Label();
        threshold.setId("el-threshold");
        threshold.getStyleClass().add("mon-threshold");
        threshold.textProperty().bind(vm.thresholdProperty());

        VBox rules = new VBox(6);
        rules.setId("el-rules");
        rules.getStyleClass().add("mon-rules");
        Runnable render = () -> rules.getChildren().setAll(vm.rules().stream().map(EliminationDialog::rule).toList());
        vm.rules().addListener((ListChangeListener<RuleRow>) c -> render.run());
        render.run();

        Label reasonLabel = new Label(Messages.t("mon.el.reason"));
        TextField reason = Forms.text("el-reason", vm.reasonProperty());
        reason.setPromptText(Messages.t("mon.el.reasonPrompt"));
        reason.disableProperty().bind(vm.reasonEnabledProperty().not());
        reasonLabel.disableProperty().bind(vm.reasonEnabledProperty().not());
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox reasonRow = new HBox(10, reasonLabel, reason);
        reasonRow.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(12, episode, g, Forms.section("mon.el.after"), SnapshotForm.create("el", vm.snapshot()),
                Forms.findings("el-findings", vm.findings()), Forms.section("mon.el.rules"), threshold, rules,
                reasonRow);
        return DialogShell.create(owner, Messages.t("mon.el.title"), vm.householdLine(), body,
                Messages.t("mon.el.confirm"), "el", vm);
    }

    private static Node rule(RuleRow r) {
        Label mark = new Label(r.state() == EliminationViewModel.RuleState.PASSED ? "✔" : "✘");
        mark.getStyleClass().add("mon-rule-mark");
        Label label = new Label(r.label());
        label.getStyleClass().add("mon-rule-label");
        Label message = new Label(r.message());
        message.setWrapText(true);
        message.getStyleClass().add("mon-rule-message");
        VBox text = new VBox(2, label, message);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(10, mark, text);
        row.setId("el-rule-" + r.code());
        row.getStyleClass().addAll("mon-rule", switch (r.state()) {
            case PASSED -> "mon-rule-pass";
            case FAILED_FIRM -> "mon-rule-firm";
            case FAILED_WARNED -> "mon-rule-warn";
        });
        return row;
    }
}
