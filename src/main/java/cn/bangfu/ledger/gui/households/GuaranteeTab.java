package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.CheckRow;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** 三保障: the household's dated checks as ticks (newest first), 新增核查 in place of the list. */
final class GuaranteeTab {

    private final HouseholdCardViewModel vm;
    private final Consumer<Runnable> changed;
    private final CardPages.Swap swap;

    /** @param changed after a save: the card and the list read the ledger again, then the given step runs */
    GuaranteeTab(HouseholdCardViewModel vm, Consumer<Runnable> changed) {
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
        Button add = Widgets.button("hh-add-check", "hh.check.add", Feather.PLUS);
        add.setOnAction(e -> openForm());
        TableView<CheckRow> table = Widgets.table("hh-checks", "hh.check.none");
        table.getColumns().setAll(List.of(
                Widgets.column("hh.check.col.date", CheckRow::date, 110, false),
                CardPages.centered(Widgets.column("hh.check.col.education", CheckRow::education, 120, false)),
                CardPages.centered(Widgets.column("hh.check.col.housing", CheckRow::housing, 140, false)),
                CardPages.centered(Widgets.column("hh.check.col.medical", CheckRow::medical, 120, false)),
                CardPages.centered(Widgets.column("hh.check.col.water", CheckRow::water, 100, false)),
                Widgets.column("hh.check.col.note", CheckRow::note, 240, false)));
        table.setItems(vm.checks());
        return CardPages.tabPage(CardPages.toolbar(add, new Region(),
                Widgets.styled(Messages.t("hh.check.legend"), "hint")), CardPages.counted(table));
    }

    private void openForm() {
        GuaranteeFormViewModel form = vm.guaranteeForm();
        if (form == null) {
            return;
        }
        GuaranteeFormView view = new GuaranteeFormView(form, () -> changed.accept(swap::back), swap::back);
        swap.show(CardPages.formPage(view.root()));
        view.focus();
    }
}
