package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.monitoring.EpisodeFormViewModel.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** 开始监测 / 风险再标注. Node ids start with {@code ep-}. */
final class EpisodeDialog {

    /** At most this many risks. */
    private static final int MAX_RISKS = 5;

    private EpisodeDialog() {
    }

    static Dialog<Boolean> create(Window owner, EpisodeFormViewModel vm) {
        GridPane g = Forms.grid();
        Forms.row(g, "mon.ep.category", Forms.combo("ep-category", vm.categories(), vm.categoryProperty(), Function.identity()));
        Forms.row(g, "mon.ep.channel", Forms.combo("ep-channel", vm.channels(), vm.channelProperty(), Function.identity()));
        Forms.row(g, "mon.ep.month", Forms.month("ep-month-year", "ep-month", vm.month()));
        Forms.row(g, "mon.ep.risks", risks(vm));
        Forms.row(g, "mon.ep.contact", Forms.text("ep-contact", vm.contactNameProperty()));
        TextField phone = Forms.text("ep-phone", vm.contactPhoneProperty());
        phone.setPromptText(Messages.t("mon.ep.phonePrompt"));
        Forms.row(g, "mon.ep.phone", phone);

        VBox body = new VBox(12, g, Forms.section("mon.ep.snapshot"), SnapshotForm.create("ep", vm.snapshot()),
                Forms.findings("ep-findings", vm.findings()), Forms.reason("ep-reason", vm));
        boolean open = vm.mode() == Mode.OPEN;
        return DialogShell.create(owner, Messages.t(open ? "mon.ep.title" : "mon.rm.title"), vm.householdLine(), body,
                Messages.t(open ? "mon.ep.confirm" : "mon.rm.confirm"), "ep", vm);
    }

    /** The risks as check boxes in code-list order; each ticked one shows its position in the order ticked. */
    private static VBox risks(EpisodeFormViewModel vm) {
        List<CheckBox> boxes = new ArrayList<>();
        FlowPane pane = new FlowPane(14, 6);
        for (int i = 0; i < vm.riskOptions().size(); i++) {
            String risk = vm.riskOptions().get(i);
            CheckBox c = new CheckBox(risk);
            c.setId("ep-risk-" + i);
            c.setUserData(risk);
            c.setSelected(vm.risks().contains(risk));
            c.selectedProperty().addListener((o, a, b) -> vm.toggleRisk(risk, b));
            boxes.add(c);
            pane.getChildren().add(c);
        }
        Label order = new Label();
        order.setId("ep-risk-order");
        order.getStyleClass().add("hint");
        Runnable render = () -> {
            for (CheckBox c : boxes) {
                String risk = (String) c.getUserData();
                int pos = vm.riskPosition(risk);
                c.setText(pos > 0 ? Messages.t("mon.ep.riskNumbered", Integer.toString(pos), risk) : risk);
                c.setDisable(pos == 0 && vm.risks().size() >= MAX_RISKS);
            }
            order.setText(vm.risks().isEmpty() ? Messages.t("mon.ep.risksHint")
                    : Messages.t("mon.ep.risksChosen", String.join(" → ", vm.risks())));
        };
        vm.risks().addListener((ListChangeListener<String>) ch -> render.run());
        render.run();
        return new VBox(6, pane, order);
    }
}
