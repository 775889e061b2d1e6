package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/** 变更记录: who changed what of the household, when and why (newest first), in the clerk's words. */
final class HistoryTab {

    private final Node root;

    HistoryTab(HouseholdCardViewModel vm) {
        TableView<AuditText.Line> table = Widgets.table("hh-history", "hh.history.none");
        table.getColumns().setAll(List.of(
                CardPages.fixed(Widgets.column("hh.history.col.at", AuditText.Line::at, 136, false)),
                CardPages.fixed(Widgets.column("hh.history.col.operator", AuditText.Line::operator, 84, false)),
                CardPages.fixed(CardPages.wrapping(
                        Widgets.column("hh.history.col.what", AuditText.Line::what, 150, false))),
                CardPages.wrapping(Widgets.column("hh.history.col.changes", AuditText.Line::changes, 360, false)),
                CardPages.wrapping(Widgets.column("hh.history.col.reason", AuditText.Line::reason, 140, false))));
        table.getColumns().get(3).setMinWidth(200);
        table.getColumns().get(4).setMinWidth(100);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.history());
        root = CardPages.tabPage(Widgets.styled(Messages.t("hh.history.hint"), "hint"), CardPages.counted(table));
    }

    Node root() {
        return root;
    }
}
