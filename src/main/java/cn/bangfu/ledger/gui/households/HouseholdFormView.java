package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.SaveBar;
import cn.bangfu.ledger.gui.common.Widgets;
import javafx.scene.Node;
import javafx.scene.layout.VBox;

/**
 * 编辑户信息: the household's own fields (shared with 新建农户), the reason when the rules warn, 保存 and 取消.
 * Enter saves, Esc cancels.
 */
final class HouseholdFormView {

    private final HouseholdFieldsView fields;
    private final VBox root;

    /**
     * @param onSaved        after a successful save
     * @param onCancelled    when the clerk cancels
     * @param onVillageAdded after a village was added (the list's village filter reloads)
     */
    HouseholdFormView(HouseholdFormViewModel vm, Runnable onSaved, Runnable onCancelled, Runnable onVillageAdded) {
        fields = new HouseholdFieldsView(vm.household(), "hf", "hf-number", true, onVillageAdded);

        SaveBar bar = new SaveBar("hf", vm.gate(), vm.canSaveProperty().not().or(vm.savingProperty()), vm::onSave,
                onCancelled);
        vm.savedProperty().addListener((o, a, b) -> {
            if (b) {
                onSaved.run();
            }
        });

        root = new VBox(10, fields.root());
        root.getChildren().addAll(bar.nodes());
        root.getStyleClass().add("hh-household-form");
        Widgets.formKeys(root, bar.save(), onCancelled);
    }

    Node root() {
        return root;
    }

    /** Puts the cursor into 户编号. */
    void focus() {
        fields.focus();
    }
}
