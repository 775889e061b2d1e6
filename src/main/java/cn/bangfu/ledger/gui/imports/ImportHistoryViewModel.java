package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.Timestamps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 导入记录: every batch imported (and every revert), and 撤销本批 after a confirmation that says what will be
 * undone. Its own {@link Background} reads the history and runs the revert, so the wizard is not held up by it.
 */
public final class ImportHistoryViewModel {

    private final LedgerServices services;
    private final Background background;
    private final DialogService dialogs;
    private final Runnable ledgerChanged;
    private final ObservableList<BatchRow> history = FXCollections.observableArrayList();
    private final ObjectProperty<BatchRow> selectedBatch = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper historyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historyError = new ReadOnlyStringWrapper("");

    /** @param ledgerChanged called (on the FX thread) after a revert changed the ledger */
    private cn.bangfu.ledger.gui.common.ListExporter exporter;

    /** 导出Excel of the history as shown. */
    public void onExport(cn.bangfu.ledger.gui.common.ListExport list) {
        if (exporter == null) {
            exporter = cn.bangfu.ledger.gui.common.ListExporter.of(services, dialogs, background);
        }
        exporter.export(list);
    }

    public ImportHistoryViewModel(LedgerServices services, Background background, DialogService dialogs,
            Runnable ledgerChanged) {
        this.services = services;
        this.background = background;
        this.dialogs = dialogs;
        this.ledgerChanged = ledgerChanged;
        selectedBatch.addListener((o, a, b) -> {
            historyError.set("");
            updateState();
        });
        background.runningProperty().addListener((o, a, b) -> updateState());
    }

    /** Reads the import history again (a short read, in the background; the selection stays). */
    public void refresh() {
        background.task(p -> services.importHistory().history()).quiet().latest("history")
                .onSuccess(this::show)
                .onFailure(e -> historyError.set(ImportWizardViewModel.message(e)))
                .start();
    }

    private void show(List<ImportBatch> batches) {
        Set<Long> reverted = new HashSet<>();
        for (ImportBatch b : batches) {
            if (ImportBatch.REVERT.equals(b.kind()) && b.revertsBatchId() != null) {
                reverted.add(b.revertsBatchId());
            }
        }
        Long selected = selectedBatch.get() == null ? null : selectedBatch.get().id();
        List<BatchRow> rows = batches.stream().map(b -> batchRow(b, reverted.contains(b.id()))).toList();
        history.setAll(rows);
        selectedBatch.set(rows.stream().filter(r -> selected != null && r.id() == selected).findFirst().orElse(null));
        updateState();
    }

    static BatchRow batchRow(ImportBatch b, boolean reverted) {
        boolean isRevert = ImportBatch.REVERT.equals(b.kind());
        String kind = switch (b.kind()) {
            case ImportBatch.ROSTER -> ImportKind.ROSTER.label();
            case ImportBatch.PUSH -> ImportKind.PUSH.label();
            default -> Messages.t("imp.hist.kind.revert", String.valueOf(b.revertsBatchId()));
        };
        String none = Messages.t("imp.hist.none");
        LongFunction<String> n = v -> isRevert ? "" : Messages.count(v);
        return new BatchRow(b.id(), String.valueOf(b.id()), Timestamps.local(b.importedAt()), b.operator(),
                b.fileName(), kind, n.apply(b.rowsRead()), n.apply(b.rowsRejected()), n.apply(b.householdsAdded()),
                n.apply(b.householdsChanged()), n.apply(b.householdsHeldBack()), n.apply(b.leadsAdded()),
                reverted ? Messages.t("imp.hist.reverted") : none, !isRevert && !reverted, b);
    }

    /** What the confirmation of 撤销本批 asks: which batch. */
    public String revertHeader(BatchRow b) {
        return Messages.t("imp.hist.revertHeader", b.batch(), b.file());
    }

    /** What the confirmation of 撤销本批 says will be undone. */
    public String revertBody(BatchRow b) {
        ImportBatch s = b.source();
        String what;
        if (ImportBatch.PUSH.equals(s.kind())) {
            what = Messages.t("imp.hist.revertPush", Messages.count(s.leadsAdded()));
        } else {
            List<String> parts = new ArrayList<>();
            if (s.householdsAdded() > 0) {
                parts.add(Messages.t("imp.hist.revertAdded", Messages.count(s.householdsAdded())));
            }
            if (s.householdsChanged() > 0) {
                parts.add(Messages.t("imp.hist.revertChanged", Messages.count(s.householdsChanged())));
            }
            what = parts.isEmpty() ? Messages.t("imp.hist.revertNothing")
                    : Messages.t("imp.hist.revertRoster", String.join("；", parts));
        }
        return Messages.t("imp.hist.revertBody", s.operator(), b.time()) + "\n\n" + what + "\n\n"
                + Messages.t("imp.hist.revertAudit");
    }

    /** 撤销本批 on the selected batch. */
    public void onRevert() {
        onRevert(selectedBatch.get());
    }

    /**
     * Undoes a batch once the clerk confirmed (Enter cancels); a refusal is shown in the history's error line.
     */
    public void onRevert(BatchRow b) {
        if (b == null || !b.revertible() || background.isRunning()) {
            return;
        }
        if (!dialogs.confirm(revertHeader(b), revertBody(b), Messages.t("imp.hist.revertConfirm"),
                Messages.t("imp.cancel"))) {
            return;
        }
        historyMessage.set("");
        historyError.set("");
        background.task(p -> services.importHistory().revert(b.id())).busyText(Messages.t("imp.busy.revert"))
                .onSuccess(revertId -> {
                    historyMessage.set(Messages.t("imp.hist.reverted.done", b.batch(), String.valueOf(revertId)));
                    ledgerChanged.run();
                    refresh();
                })
                .onFailure(e -> historyError.set(ImportWizardViewModel.message(e)))
                .start();
    }

    private void updateState() {
        BatchRow b = selectedBatch.get();
        canRevert.set(!background.isRunning() && b != null && b.revertible());
    }

    public ObservableList<BatchRow> history() {
        return history;
    }

    public ObjectProperty<BatchRow> selectedBatchProperty() {
        return selectedBatch;
    }

    public ReadOnlyBooleanProperty canRevertProperty() {
        return canRevert.getReadOnlyProperty();
    }

    /** A revert is running (its busy line). */
    public ReadOnlyBooleanProperty busyProperty() {
        return background.runningProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return background.messageProperty();
    }

    public ReadOnlyStringProperty historyMessageProperty() {
        return historyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty historyErrorProperty() {
        return historyError.getReadOnlyProperty();
    }
}
