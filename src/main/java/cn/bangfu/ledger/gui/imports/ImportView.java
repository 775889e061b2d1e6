package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Focus;
import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.logic.LedgerServices;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 导入花名册, the page: the wizard ({@link ImportWizardView}: 选择文件 → 识别表头 → 检查 → 差异预览 → 确认导入) on
 * one tab and the import history ({@link ImportHistoryView}, 撤销本批) on the other, bound to
 * {@link ImportViewModel}.
 */
public final class ImportView {

    private final ImportViewModel vm;
    private final TabPane tabs = new TabPane();
    private final Tab historyTab = new Tab(Messages.t("imp.tab.history"));
    private final ImportWizardView wizard;
    private final VBox root;

    /**
     * @param dialogs        the window's dialogs (file choosers, the revert's confirmation, the mapping's name)
     * @param openHouseholds shows 农户台账 (after an import)
     * @param ledgerChanged  called after an import or a revert changed the ledger
     */
    public ImportView(LedgerServices services, DialogService dialogs, Runnable openHouseholds,
            Runnable ledgerChanged) {
        this(ImportViewModel.inWindow(services, dialogs, ledgerChanged), openHouseholds);
    }

    ImportView(ImportViewModel vm, Runnable openHouseholds) {
        this.vm = vm;
        Label title = Widgets.styled(Messages.t("imp.title"), "page-title");
        Label subtitle = Widgets.styled(Messages.t("imp.subtitle"), "page-subtitle");
        subtitle.setWrapText(true);
        VBox header = new VBox(4, title, subtitle);

        wizard = new ImportWizardView(vm.wizard(), this::wizardShown, openHouseholds,
                () -> tabs.getSelectionModel().select(historyTab));
        ImportHistoryView history = new ImportHistoryView(vm.history());
        Tab wizardTab = new Tab(Messages.t("imp.tab.wizard"), wizard.root());
        wizardTab.setId("imp-tab-wizard");
        historyTab.setId("imp-tab-history");
        historyTab.setContent(history.root());
        tabs.getTabs().setAll(wizardTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("imp-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == historyTab) {
                vm.history().refresh();
                Focus.soon(history.table());
            } else {
                wizard.focusStep();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);

        root = new VBox(12, header, tabs);
        root.getStyleClass().addAll("page", "imp-page");
        root.getProperties().put(ImportView.class, this); // tests reach the view from the page node
        // shown (again): the keyboard lands on the step's main control
        root.sceneProperty().addListener((o, a, b) -> {
            if (b != null) {
                wizard.focusStep();
            }
        });
    }

    /** The page (a {@link Parent}, so that it can also be a scene's root). */
    public Parent root() {
        return root;
    }

    /** Reads the office's town and the history again; the wizard keeps its place. */
    public void refresh() {
        vm.refresh();
    }

    /** The page's model (for tests: the file chooser is a native dialog). */
    ImportViewModel viewModel() {
        return vm;
    }

    private boolean wizardShown() {
        return tabs.getSelectionModel().getSelectedIndex() == 0;
    }
}
