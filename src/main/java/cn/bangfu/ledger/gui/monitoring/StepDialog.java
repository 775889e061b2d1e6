package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 登记流程步骤. Node ids start with {@code st-}. */
final class StepDialog {

    private StepDialog() {
    }

    static Dialog<Boolean> create(Window owner, StepViewModel vm) {
        Label status = new Label(vm.statusLine());
        status.setId("st-status");
        status.getStyleClass().add("mon-status-line");
        GridPane g = Forms.grid();
        Forms.row(g, "mon.st.kind", Forms.combo("st-kind", vm.kinds(), vm.kindProperty(), vm::label));
        Forms.row(g, "mon.st.date", Forms.date("st-date", vm.dateProperty()));
        DatePicker end = Forms.date("st-end", vm.endDateProperty());
        Forms.row(g, "mon.st.end", end);
        Label endLabel = (Label) g.getChildren().get(g.getChildren().size() - 2);
        for (var n : new javafx.scene.Node[] {end, endLabel}) {
            n.visibleProperty().bind(vm.publicityProperty());
            n.managedProperty().bind(vm.publicityProperty());
        }
        Forms.row(g, "mon.st.note", Forms.text("st-note", vm.noteProperty()));
        VBox body = new VBox(12, status, g, Forms.findings("st-findings", vm.findings()), Forms.reason("st-reason", vm));
        return DialogShell.create(owner, Messages.t("mon.st.title"), vm.householdLine(), body,
                Messages.t("mon.st.confirm"), "st", vm);
    }
}
