package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.MeasureRow;
import cn.bangfu.ledger.gui.monitoring.MonitoringDialogs;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;

/** 帮扶措施: the household's measures (newest first), 新增措施 and 结束措施 through the 监测帮扶 dialogs. */
final class MeasuresTab {

    private final Node root;

    /** @param changed after a dialog saved something (the card and the list read the ledger again) */
    MeasuresTab(HouseholdCardViewModel vm, Runnable changed) {
        TableView<MeasureRow> table = Widgets.table("hh-measures", "hh.measure.none");
        Button add = Widgets.button("hh-add-measure", "hh.measure.add", Feather.PLUS);
        Button end = Widgets.button("hh-end-measure", "hh.measure.end", Feather.SQUARE);
        var selected = table.getSelectionModel().selectedItemProperty();
        end.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().active(), selected));
        add.setOnAction(e -> {
            if (vm.householdId() != null
                    && MonitoringDialogs.addMeasure(table.getScene().getWindow(), vm.services(), vm.householdId())) {
                changed.run();
            }
        });
        end.setOnAction(e -> {
            MeasureRow row = selected.get();
            if (row != null && MonitoringDialogs.endMeasure(table.getScene().getWindow(), vm.services(),
                    row.measure().id())) {
                changed.run();
            }
        });
        // the columns that matter first (金额 beside 内容), every column at least as wide as its content needs, and
        // all of them fitted to the card's width: at 1280 px nothing is off to the right
        table.getColumns().setAll(List.of(
                CardPages.atLeast(Widgets.column("hh.measure.col.family", MeasureRow::family, 96, false), 72),
                CardPages.atLeast(CardPages.wrapping(
                        Widgets.column("hh.measure.col.detail", MeasureRow::detail, 200, false)), 100),
                CardPages.atLeast(Widgets.column("hh.measure.col.amount", MeasureRow::amount, 100, true), 88),
                CardPages.atLeast(Widgets.column("hh.measure.col.start", MeasureRow::start, 100, false), 90),
                CardPages.atLeast(Widgets.column("hh.measure.col.end", MeasureRow::end, 100, false), 90),
                CardPages.atLeast(Widgets.column("hh.measure.col.state", MeasureRow::state, 64, false), 58),
                CardPages.atLeast(Widgets.column("hh.measure.col.member", MeasureRow::member, 72, false), 56),
                CardPages.atLeast(CardPages.wrapping(
                        Widgets.column("hh.measure.col.fund", MeasureRow::fund, 140, false)), 80),
                CardPages.atLeast(Widgets.column("hh.measure.col.cadre", MeasureRow::cadre, 72, false), 60)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.measures());
        root = CardPages.tabPage(CardPages.toolbar(add, end), CardPages.counted(table));
    }

    Node root() {
        return root;
    }
}
