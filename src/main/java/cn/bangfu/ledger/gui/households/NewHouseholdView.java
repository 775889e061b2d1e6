package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.gui.Messages;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** 新建农户: the household's fields and its head, created together; then its card opens. */
final class NewHouseholdView {

    private final ScrollPane root;
    private final HouseholdFieldsView household;

    /**
     * @param onCreated     with the new household's id
     * @param onCancelled   when the clerk cancels
     * @param onVillageAdded after a village was added (the list's village filter reloads)
     */
    NewHouseholdView(NewHouseholdViewModel vm, LongConsumer onCreated, Runnable onCancelled,
            Runnable onVillageAdded) {
        Label title = Widgets.styled(Messages.t("hh.new.title"), "hh-card-title");
        Label hint = Widgets.styled(Messages.t("hh.new.hint"), "hint");
        hint.setWrapText(true);

        household = new HouseholdFieldsView(vm.household(), "nh", "nh-no", false, onVillageAdded);
        MemberFormView head = new MemberFormView(vm.head(), null, null);

        SaveBar bar = new SaveBar("nh", vm.gate(), vm.hasErrorsProperty().or(vm.savingProperty()), vm::onSave,
                onCancelled);
        vm.createdProperty().addListener((o, a, id) -> {
            if (id != null) {
                onCreated.accept(id);
            }
        });

        VBox page = new VBox(12, title, hint, Widgets.styled(Messages.t("hh.new.householdSection"), "section-title"),
                household.root(), Widgets.styled(Messages.t("hh.new.headSection"), "section-title"), head.root());
        page.getChildren().addAll(bar.nodes());
        page.getStyleClass().add("hh-card-page");
        Widgets.formKeys(page, bar.save(), onCancelled);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("page-scroll");
        root.setId("hh-new-form");
    }

    Node root() {
        return root;
    }

    void focus() {
        household.focus();
    }
}
