package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.logic.LedgerServices;

/**
 * 导入花名册, the page: the wizard on one tab and the import history on the other, each with its own
 * {@link Background}. An apply the wizard tried is followed by a fresh history. The model never touches a node.
 */
public final class ImportViewModel {

    private final ImportWizardViewModel wizard;
    private final ImportHistoryViewModel history;

    /** Every task runs in place (tests and scripts). */
    public ImportViewModel(LedgerServices services, DialogService dialogs) {
        this(services, dialogs, Background.inPlace(), Background.inPlace(), () -> { });
    }

    /**
     * @param wizardWork    runs the wizard's work (reading, checking, exporting, applying)
     * @param historyWork   runs the history's reads and reverts
     * @param ledgerChanged called (on the FX thread) after an import or a revert changed the ledger
     */
    public ImportViewModel(LedgerServices services, DialogService dialogs, Background wizardWork,
            Background historyWork, Runnable ledgerChanged) {
        history = new ImportHistoryViewModel(services, historyWork, dialogs, ledgerChanged);
        wizard = new ImportWizardViewModel(services, wizardWork, dialogs, ledgerChanged, history::refresh);
        refresh();
    }

    /** For the window: the work on background threads, the outcome on the FX thread. */
    public static ImportViewModel inWindow(LedgerServices services, DialogService dialogs, Runnable ledgerChanged) {
        return new ImportViewModel(services, dialogs, Background.fx(), Background.fx(), ledgerChanged);
    }

    /** Reads the office's town and the history again (when the page is shown); the wizard keeps its place. */
    public void refresh() {
        wizard.refresh();
        history.refresh();
    }

    public ImportWizardViewModel wizard() {
        return wizard;
    }

    public ImportHistoryViewModel history() {
        return history;
    }
}
