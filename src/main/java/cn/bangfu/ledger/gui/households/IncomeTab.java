package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.IncomeRow;
import cn.bangfu.ledger.model.IncomeYear;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** 收入: the household's yearly income blocks (newest first), 新增收入 / 编辑收入 in place of the list. */
final class IncomeTab {

    private final HouseholdCardViewModel vm;
    private final Consumer<Runnable> changed;
    private final TableView<IncomeRow> table = Widgets.table("hh-incomes", "hh.income.none");
    private final CardPages.Swap swap;

    /** @param changed after a save: the card and the list read the ledger again, then the given step runs */
    IncomeTab(HouseholdCardViewModel vm, Consumer<Runnable> changed) {
        this.vm = vm;
        this.changed = changed;
        swap = new CardPages.Swap(list());
    }

    Node root() {
        return swap.root();
    }

    boolean editing() {
        return swap.editing();
    }

    void closeEditors() {
        swap.back();
    }

    private VBox list() {
        Button add = Widgets.button("hh-add-income", "hh.income.add", Feather.PLUS);
        Button edit = Widgets.button("hh-edit-income", "hh.income.edit", Feather.EDIT_2);
        var selected = table.getSelectionModel().selectedItemProperty();
        edit.disableProperty().bind(selected.isNull());
        add.setOnAction(e -> openForm(null));
        edit.setOnAction(e -> openForm(selected.get() == null ? null : selected.get().income()));
        table.getColumns().setAll(List.of(
                Widgets.column("hh.income.col.year", IncomeRow::year, 64, false),
                Widgets.column("hh.income.col.net", IncomeRow::net, 120, true),
                Widgets.column("hh.income.col.perPerson", IncomeRow::perPerson, 120, true),
                Widgets.column("hh.income.wageIncome", IncomeRow::wage, 110, true),
                Widgets.column("hh.income.businessIncome", IncomeRow::business, 130, true),
                Widgets.column("hh.income.propertyIncome", IncomeRow::property, 110, true),
                Widgets.column("hh.income.transferIncome", IncomeRow::transfer, 110, true),
                Widgets.column("hh.income.businessExpense", IncomeRow::expense, 130, true),
                Widgets.column("hh.income.claimsIncome", IncomeRow::claims, 100, true),
                Widgets.column("hh.income.compliantSelfPaid", IncomeRow::selfPaid, 110, true)));
        table.setItems(vm.incomes());
        table.setRowFactory(t -> {
            TableRow<IncomeRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openForm(row.getItem().income());
                }
            });
            return row;
        });
        Label unit = Widgets.styled(Messages.t("hh.income.unit"), "hint");
        return CardPages.tabPage(CardPages.toolbar(add, edit, new Region(), unit), CardPages.counted(table));
    }

    private void openForm(IncomeYear existing) {
        IncomeFormViewModel form = vm.incomeForm(existing);
        if (form == null) {
            return;
        }
        IncomeFormView view = new IncomeFormView(form, () -> changed.accept(swap::back), swap::back);
        swap.show(CardPages.formPage(view.root()));
        view.focus();
    }
}
