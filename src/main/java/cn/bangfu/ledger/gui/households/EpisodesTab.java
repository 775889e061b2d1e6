package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.EpisodeInfo;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.StepRow;
import cn.bangfu.ledger.gui.monitoring.MonitoringDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * 监测记录: the household's monitoring episodes (newest first) with their risks, incomes and dated steps, and the
 * buttons that open the 监测帮扶 dialogs (纳入监测, 登记步骤, 消除风险, 回退, 标注返贫风险).
 */
final class EpisodesTab {

    /** What a monitoring button does: show the 监测帮扶 dialog; true when something was saved. */
    interface DialogCall {
        boolean run(Window owner, LedgerServices services);
    }

    private final HouseholdCardViewModel vm;
    private final Runnable changed;
    private final VBox episodesBox = new VBox(16);
    private final Node root;

    /** @param changed after a dialog saved something (the card and the list read the ledger again) */
    EpisodesTab(HouseholdCardViewModel vm, Runnable changed) {
        this.vm = vm;
        this.changed = changed;
        Button open = button("hh-open-episode", "hh.episode.openEpisode", Feather.FLAG,
                vm.canOpenEpisodeProperty(), (w, s) -> MonitoringDialogs.openEpisode(w, s, vm.householdId()));
        Button step = button("hh-record-step", "hh.episode.recordStep", Feather.CHECK_SQUARE,
                vm.canRecordStepProperty(), (w, s) -> MonitoringDialogs.recordStep(w, s, vm.openEpisodeId()));
        Button eliminate = button("hh-eliminate", "hh.episode.eliminate", Feather.CHECK_CIRCLE,
                vm.canEliminateProperty(), (w, s) -> MonitoringDialogs.eliminate(w, s, vm.openEpisodeId()));
        Button rollback = button("hh-rollback", "hh.episode.rollback", Feather.ROTATE_CCW,
                vm.canRollbackProperty(), (w, s) -> MonitoringDialogs.rollback(w, s, vm.latestEpisodeId()));
        Button remark = button("hh-remark", "hh.episode.remark", Feather.ALERT_TRIANGLE,
                vm.canRemarkProperty(), (w, s) -> MonitoringDialogs.remark(w, s, vm.householdId()));
        episodesBox.setId("hh-episodes");
        vm.episodes().addListener((ListChangeListener<EpisodeInfo>) c -> fill());
        fill();
        ScrollPane scroll = new ScrollPane(episodesBox);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        FlowPane bar = new FlowPane(8, 8, open, step, eliminate, rollback, remark);
        bar.getStyleClass().add("hh-toolbar");
        root = CardPages.tabPage(bar, scroll);
    }

    Node root() {
        return root;
    }

    private Button button(String id, String key, Feather icon, ObservableBooleanValue enabled, DialogCall call) {
        Button b = Widgets.button(id, key, icon);
        b.disableProperty().bind(Bindings.not(enabled));
        b.setOnAction(e -> {
            if (vm.householdId() != null && call.run(root.getScene().getWindow(), vm.services())) {
                changed.run();
            }
        });
        return b;
    }

    private void fill() {
        if (vm.episodes().isEmpty()) {
            episodesBox.getChildren().setAll(Widgets.styled(Messages.t("hh.episode.none"), "empty-body"));
            return;
        }
        episodesBox.getChildren().setAll(vm.episodes().stream().map(EpisodesTab::section).toList());
    }

    private static Node section(EpisodeInfo e) {
        Label title = Widgets.styled(e.title(), "hh-strong");
        Label status = Widgets.styled(e.status(), "hh-badge");
        status.pseudoClassStateChanged(PseudoClass.getPseudoClass("monitored"), e.open());
        HBox line1 = new HBox(10, title, status);
        line1.setAlignment(Pos.CENTER_LEFT);
        FlowPane risks = new FlowPane(6, 6);
        risks.getChildren().add(new Label(Messages.t("hh.episode.risks")));
        e.risks().forEach(r -> risks.getChildren().add(Widgets.styled(r, "hh-chip")));
        VBox box = new VBox(6, line1,
                new Label(Messages.t("hh.episode.identifiedOn", e.identified())
                        + (e.contact().isEmpty() ? "" : "　·　" + Messages.t("hh.episode.contact", e.contact()))),
                risks);
        if (!e.next().isEmpty()) {
            box.getChildren().add(Widgets.styled(e.next(), e.open() ? "hh-next" : "hint"));
        }
        if (!e.identifiedIncome().isEmpty()) {
            box.getChildren().add(new Label(Messages.t("hh.episode.incomeIdentified", e.identifiedIncome())));
        }
        if (!e.eliminatedIncome().isEmpty()) {
            box.getChildren().add(new Label(Messages.t("hh.episode.incomeEliminated", e.eliminatedIncome())));
        }
        if (!e.override().isEmpty()) {
            box.getChildren().add(Widgets.styled(Messages.t("hh.episode.override", e.override()), "field-warning"));
        }
        if (!e.steps().isEmpty()) {
            GridPane steps = new GridPane();
            steps.setHgap(16);
            steps.setVgap(4);
            steps.getStyleClass().add("hh-steps");
            int r = 0;
            for (StepRow s : e.steps()) {
                String dates = s.endDate().isEmpty() ? s.date() : Messages.t("hh.episode.dateRange", s.date(),
                        s.endDate());
                steps.addRow(r++, Widgets.styled(dates, "hh-mono"), new Label(s.step()), Widgets.styled(s.note(), "hint"));
            }
            box.getChildren().add(steps);
        }
        box.getStyleClass().add("hh-episode");
        return box;
    }
}
