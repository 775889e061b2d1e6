package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.LeadRow;
import cn.bangfu.ledger.gui.monitoring.MonitoringDialogs;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;

/** 推送线索: the leads pushed about the household, 处置线索 through the 监测帮扶 dialog. */
final class LeadsTab {

    private final Node root;

    /** @param changed after the dialog saved something (the card and the list read the ledger again) */
    LeadsTab(HouseholdCardViewModel vm, Runnable changed) {
        TableView<LeadRow> table = Widgets.table("hh-leads", "hh.lead.none");
        Button dispose = Widgets.button("hh-dispose-lead", "hh.lead.dispose", Feather.CLIPBOARD);
        var selected = table.getSelectionModel().selectedItemProperty();
        dispose.disableProperty().bind(selected.isNull());
        dispose.setOnAction(e -> {
            LeadRow row = selected.get();
            if (row != null && MonitoringDialogs.disposeLead(table.getScene().getWindow(), vm.services(), row.id())) {
                changed.run();
            }
        });
        table.getColumns().setAll(List.of(
                Widgets.column("hh.lead.col.pushedOn", LeadRow::pushedOn, 100, false),
                Widgets.column("hh.lead.col.source", LeadRow::source, 100, false),
                Widgets.column("hh.lead.col.person", LeadRow::person, 80, false),
                CardPages.wrapping(Widgets.column("hh.lead.col.reason", LeadRow::reason, 180, false)),
                Widgets.column("hh.lead.col.state", LeadRow::state, 110, false),
                CardPages.wrapping(Widgets.column("hh.lead.col.visit", LeadRow::visitResult, 200, false)),
                CardPages.wrapping(Widgets.column("hh.lead.col.why", LeadRow::decisionReason, 140, false)),
                Widgets.column("hh.lead.col.decidedOn", LeadRow::decidedOn, 100, false)));
        table.setItems(vm.leads());
        root = CardPages.tabPage(CardPages.toolbar(dispose), CardPages.counted(table));
    }

    Node root() {
        return root;
    }
}
