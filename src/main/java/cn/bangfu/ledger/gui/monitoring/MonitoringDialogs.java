package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FxDialogService;
import cn.bangfu.ledger.gui.monitoring.EpisodeFormViewModel.Mode;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.LedgerException;
import java.util.function.Supplier;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The monitoring dialogs (开始监测, 登记流程步骤, 风险消除, 风险消除回退, 风险再标注, 新增帮扶措施, 结束措施). Each
 * shows a modal dialog owned by {@code owner}, saves through the services (a refusal is shown in the dialog,
 * which stays open), and returns true when something was saved.
 *
 * <p>The package-private {@code …Dialog} methods build the same dialogs without showing them, for callers
 * that need {@code show()} instead of {@code showAndWait()} (tests).
 */
public final class MonitoringDialogs {

    private MonitoringDialogs() {
    }

    /** 开始监测: opens a monitoring episode for a household. */
    public static boolean openEpisode(Window owner, LedgerServices s, long householdId) {
        return openEpisode(owner, fx(owner), s, householdId);
    }

    public static boolean openEpisode(Window owner, DialogService dialogs, LedgerServices s, long householdId) {
        return showAndWait(dialogs, () -> openEpisodeDialog(owner, s, householdId));
    }

    /** 登记流程步骤 for an open episode. */
    public static boolean recordStep(Window owner, LedgerServices s, long episodeId) {
        return recordStep(owner, fx(owner), s, episodeId);
    }

    public static boolean recordStep(Window owner, DialogService dialogs, LedgerServices s, long episodeId) {
        return showAndWait(dialogs, () -> recordStepDialog(owner, s, episodeId));
    }

    /** 风险消除 of an open episode, through the elimination rules. */
    public static boolean eliminate(Window owner, LedgerServices s, long episodeId) {
        return eliminate(owner, fx(owner), s, episodeId);
    }

    public static boolean eliminate(Window owner, DialogService dialogs, LedgerServices s, long episodeId) {
        return showAndWait(dialogs, () -> eliminateDialog(owner, s, episodeId));
    }

    /** 风险消除回退 of an eliminated episode. */
    public static boolean rollback(Window owner, LedgerServices s, long episodeId) {
        return showAndWait(fx(owner), () -> rollbackDialog(owner, s, episodeId));
    }

    /** 风险再标注 of a household whose risk was eliminated: a new episode after the last. */
    public static boolean remark(Window owner, LedgerServices s, long householdId) {
        return remark(owner, fx(owner), s, householdId);
    }

    public static boolean remark(Window owner, DialogService dialogs, LedgerServices s, long householdId) {
        return showAndWait(dialogs, () -> remarkDialog(owner, s, householdId));
    }

    /** 新增帮扶措施 (一户一策) for a household. */
    public static boolean addMeasure(Window owner, LedgerServices s, long householdId) {
        return addMeasure(owner, fx(owner), s, householdId);
    }

    public static boolean addMeasure(Window owner, DialogService dialogs, LedgerServices s, long householdId) {
        return showAndWait(dialogs, () -> addMeasureDialog(owner, s, householdId));
    }

    /** 结束措施: ends a measure on a date. */
    public static boolean endMeasure(Window owner, LedgerServices s, long measureId) {
        return showAndWait(fx(owner), () -> endMeasureDialog(owner, s, measureId));
    }

    /**
     * 处置推送线索: records the 入户核查结果 and the decision; after 纳入监测, offers to open a monitoring episode
     * for the household when it has none open.
     */
    public static boolean disposeLead(Window owner, LedgerServices s, long leadId) {
        return disposeLead(owner, fx(owner), s, leadId);
    }

    /** As {@link #disposeLead(Window, LedgerServices, long)}, asking through {@code dialogs}. */
    public static boolean disposeLead(Window owner, DialogService dialogs, LedgerServices s, long leadId) {
        LeadViewModel[] vm = new LeadViewModel[1];
        boolean saved = showAndWait(dialogs, () -> SmallDialogs.disposeLead(owner, vm[0] = new LeadViewModel(s, leadId)));
        if (saved) {
            switch (vm[0].askNext(dialogs)) {
                case REMARK -> remark(owner, dialogs, s, vm[0].householdId());
                case OPEN_EPISODE -> openEpisode(owner, dialogs, s, vm[0].householdId());
                case NONE -> {
                }
            }
        }
        return saved;
    }

    static Dialog<Boolean> openEpisodeDialog(Window owner, LedgerServices s, long householdId) {
        return EpisodeDialog.create(owner, new EpisodeFormViewModel(s, householdId, Mode.OPEN));
    }

    static Dialog<Boolean> remarkDialog(Window owner, LedgerServices s, long householdId) {
        return EpisodeDialog.create(owner, new EpisodeFormViewModel(s, householdId, Mode.REMARK));
    }

    static Dialog<Boolean> recordStepDialog(Window owner, LedgerServices s, long episodeId) {
        return StepDialog.create(owner, new StepViewModel(s, episodeId));
    }

    static Dialog<Boolean> eliminateDialog(Window owner, LedgerServices s, long episodeId) {
        return EliminationDialog.create(owner, new EliminationViewModel(s, episodeId));
    }

    static Dialog<Boolean> rollbackDialog(Window owner, LedgerServices s, long episodeId) {
        return SmallDialogs.rollback(owner, new RollbackViewModel(s, episodeId));
    }

    static Dialog<Boolean> addMeasureDialog(Window owner, LedgerServices s, long householdId) {
        return SmallDialogs.addMeasure(owner, new MeasureViewModel(s, householdId));
    }

    static Dialog<Boolean> endMeasureDialog(Window owner, LedgerServices s, long measureId) {
        return SmallDialogs.endMeasure(owner, new EndMeasureViewModel(s, measureId));
    }

    /** The window's dialogs, owned by {@code owner}. */
    private static DialogService fx(Window owner) {
        return new FxDialogService(() -> owner);
    }

    /** Builds and shows a dialog; when it cannot even be built (e.g. the episode is gone), says why. */
    private static boolean showAndWait(DialogService dialogs, Supplier<Dialog<Boolean>> build) {
        Dialog<Boolean> dialog;
        try {
            dialog = build.get();
        } catch (LedgerException e) {
            dialogs.showError(Messages.t("mon.cannotOpen"), e.getMessage());
            return false;
        }
        return dialog.showAndWait().orElse(false);
    }
}
