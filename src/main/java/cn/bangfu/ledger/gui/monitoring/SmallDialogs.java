package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.model.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** 风险消除回退 ({@code rb-}), 新增帮扶措施 ({@code ms-}) and 结束措施 ({@code em-}). */
final class SmallDialogs {

    private SmallDialogs() {
    }

    static Dialog<Boolean> rollback(Window owner, RollbackViewModel vm) {
        GridPane g = Forms.grid();
        Forms.row(g, "mon.rb.date", Forms.date("rb-date", vm.dateProperty()));
        TextField reason = Forms.text("rb-reason", vm.reasonProperty());
        reason.setPromptText(Messages.t("mon.rb.reasonPrompt"));
        Forms.row(g, "mon.rb.reason", reason);
        Label hint = new Label(Messages.t("mon.rb.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        return DialogShell.create(owner, Messages.t("mon.rb.title"), Messages.t("mon.rb.header"),
                new VBox(12, hint, g), Messages.t("mon.rb.confirm"), "rb", vm);
    }

    static Dialog<Boolean> addMeasure(Window owner, MeasureViewModel vm) {
        GridPane g = Forms.grid();
        Forms.row(g, "mon.ms.family", Forms.combo("ms-family", vm.families(), vm.familyProperty(), Function.identity()));
        TextField detail = Forms.text("ms-detail", vm.detailProperty());
        detail.setPromptText(Messages.t("mon.ms.detailPrompt"));
        Forms.row(g, "mon.ms.detail", detail);
        Forms.row(g, "mon.ms.member", memberCombo(vm));
        Forms.row(g, "mon.ms.start", Forms.date("ms-start", vm.startOnProperty()));
        var end = Forms.date("ms-end", vm.endOnProperty());
        end.setPromptText(Messages.t("mon.ms.endPrompt"));
        Forms.row(g, "mon.ms.end", end);
        TextField amount = Forms.yuan("ms-amount", vm.amountProperty());
        amount.setPromptText(Messages.t("mon.ms.amountPrompt"));
        Forms.row(g, "mon.ms.amount", amount);
        var fund = Widgets.combo("ms-fund", vm.funds(), vm.fundIdProperty());
        if (vm.hasFunds()) {
            Forms.row(g, "mon.ms.fund", fund);
        } else {
            Label none = Widgets.styled(Messages.t("mon.ms.fundNoFunds"), "hint");
            none.setWrapText(true);
            Forms.row(g, "mon.ms.fund", new VBox(4, fund, none));
        }
        Forms.row(g, "mon.ms.cadre", Forms.text("ms-cadre", vm.cadreProperty()));
        Forms.row(g, "mon.ms.note", Forms.text("ms-note", vm.noteProperty()));
        VBox body = new VBox(12, g, Forms.findings("ms-findings", vm.findings()), Forms.reason("ms-reason", vm));
        return DialogShell.create(owner, Messages.t("mon.ms.title"), vm.householdLine(), body,
                Messages.t("mon.ms.confirm"), "ms", vm);
    }

    private static ComboBox<Member> memberCombo(MeasureViewModel vm) {
        List<Member> items = new ArrayList<>();
        items.add(null); // 全户
        items.addAll(vm.members());
        ComboBox<Member> c = new ComboBox<>();
        c.setId("ms-member");
        c.getItems().setAll(items);
        String whole = Messages.t("mon.ms.wholeHousehold");
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(Member m) {
                return m == null ? whole : m.name() + (m.relation() == null ? "" : "（" + m.relation() + "）");
            }

            @Override
            public Member fromString(String s) {
                return vm.members().stream().filter(m -> toString(m).equals(s)).findFirst().orElse(null);
            }
        });
        c.setPromptText(whole);
        c.valueProperty().bindBidirectional(vm.memberProperty());
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    static Dialog<Boolean> endMeasure(Window owner, EndMeasureViewModel vm) {
        GridPane g = Forms.grid();
        Forms.row(g, "mon.em.date", Forms.date("em-date", vm.dateProperty()));
        return DialogShell.create(owner, Messages.t("mon.em.title"), Messages.t("mon.em.header"), g,
                Messages.t("mon.em.confirm"), "em", vm);
    }

    static Dialog<Boolean> disposeLead(Window owner, LeadViewModel vm) {
        GridPane g = Forms.grid();
        javafx.scene.control.TextArea visit = new javafx.scene.control.TextArea();
        visit.setId("ld-visit");
        visit.setPrefRowCount(3);
        visit.setPrefColumnCount(30);
        visit.setWrapText(true);
        visit.textProperty().bindBidirectional(vm.visitResultProperty());
        visit.setPromptText(Messages.t("mon.lead.visitPrompt"));
        Forms.row(g, "mon.lead.visit", visit);
        Forms.row(g, "mon.lead.decision", Forms.combo("ld-decision", LeadViewModel.DECISIONS, vm.decisionProperty(),
                d -> d == null || d.isEmpty() ? Messages.t("mon.lead.undecided") : d));
        TextField reason = Forms.text("ld-reason", vm.decisionReasonProperty());
        reason.setPromptText(Messages.t("mon.lead.reasonPrompt"));
        Forms.row(g, "mon.lead.reason", reason);
        Forms.row(g, "mon.lead.date", Forms.date("ld-date", vm.decidedOnProperty()));
        Label hint = new Label(Messages.t("mon.lead.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox body = new VBox(12, hint, g);
        body.setPadding(new javafx.geometry.Insets(4, 8, 0, 8));
        body.setPrefWidth(560);
        return DialogShell.create(owner, Messages.t("mon.lead.title"), vm.leadLine(), body,
                Messages.t("mon.lead.confirm"), "ld", vm);
    }
}
