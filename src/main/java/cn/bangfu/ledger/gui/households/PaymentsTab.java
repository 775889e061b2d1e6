package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.households.HouseholdCardViewModel.PaymentRow;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * 资金到户: what the funds journal paid the household (发放到户, and their 冲销 as negative lines), newest first, with
 * the total under the list. Read with the card (off the FX thread); the money itself is entered on 帮扶资金.
 */
final class PaymentsTab {

    private final Node root;

    PaymentsTab(HouseholdCardViewModel vm) {
        TableView<PaymentRow> table = Widgets.table("hh-payments", "hh.payment.none");
        table.getColumns().setAll(List.of(
                CardPages.atLeast(Widgets.column("hh.payment.col.date", PaymentRow::date, 100, false), 94),
                CardPages.atLeast(Widgets.column("hh.payment.col.kind", PaymentRow::kind, 84, false), 78),
                CardPages.atLeast(Widgets.column("hh.payment.col.voucher", PaymentRow::voucher, 90, false), 64),
                CardPages.atLeast(CardPages.wrapping(
                        Widgets.column("hh.payment.col.fund", PaymentRow::fund, 200, false)), 100),
                CardPages.atLeast(CardPages.wrapping(
                        Widgets.column("hh.payment.col.project", PaymentRow::project, 160, false)), 80),
                CardPages.atLeast(Widgets.column("hh.payment.col.member", PaymentRow::member, 72, false), 56),
                CardPages.atLeast(Widgets.column("hh.payment.col.amount", PaymentRow::amount, 110, true), 90),
                CardPages.atLeast(Widgets.column("hh.payment.col.account", PaymentRow::account, 100, false), 84)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.payments());
        Label hint = Widgets.styled(Messages.t("hh.payment.hint"), "hint");
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Label total = new Label();
        total.setId("hh-payments-total");
        total.getStyleClass().add("hh-total");
        total.textProperty().bind(vm.paymentsTotalProperty());
        total.setMinWidth(Region.USE_PREF_SIZE); // the hint wraps, the total is never cut off
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        root = CardPages.tabPage(CardPages.toolbar(hint, spacer, total), CardPages.counted(table));
    }

    Node root() {
        return root;
    }
}
