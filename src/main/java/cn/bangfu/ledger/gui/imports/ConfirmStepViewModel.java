package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.rosters.DiffStatus;
import cn.bangfu.ledger.logic.rosters.ImportKind;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.ImportResult;
import cn.bangfu.ledger.model.Timestamps;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 5 确认导入: what the apply will write (or why nothing will be written), the apply itself — one transaction
 * on the wizard's background, with its progress — and its result.
 */
public final class ConfirmStepViewModel {

    private final ImportWizardViewModel wizard;
    private final ObservableList<String> confirmLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper alreadyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    ConfirmStepViewModel(ImportWizardViewModel wizard) {
        this.wizard = wizard;
    }

    void show(ImportPlan p) {
        var c = p.counts();
        List<String> lines = new ArrayList<>();
        if (p.kind() == ImportKind.ROSTER) {
            long addedPersons = p.households().stream().filter(d -> d.status() == DiffStatus.ADDED)
                    .mapToLong(d -> d.persons().size()).sum();
            lines.add(Messages.t("imp.confirm.roster", Messages.count(c.householdsAdded()), Messages.count(addedPersons),
                    Messages.count(c.householdsChanged()), Messages.count(c.personsAdded() - addedPersons),
                    Messages.count(c.personsChanged())));
            if (c.householdsHeldBack() > 0) {
                lines.add(Messages.t("imp.confirm.held", Messages.count(c.householdsHeldBack())));
            }
            if (c.householdsMissing() > 0) {
                lines.add(Messages.t("imp.confirm.missing", Messages.count(c.householdsMissing())));
            }
        } else {
            lines.add(Messages.t("imp.confirm.push", Messages.count(c.leadsAdded())));
            if (c.unmatched() > 0) {
                lines.add(Messages.t("imp.confirm.unmatched", Messages.count(c.unmatched())));
            }
        }
        confirmLines.setAll(lines);
        alreadyText.set(p.alreadyImported().map(b -> Messages.t("imp.confirm.already", Timestamps.local(b.importedAt()),
                b.operator(), String.valueOf(b.id()))).orElse(p.hasChanges() ? ""
                : Messages.t(p.kind() == ImportKind.PUSH ? "imp.confirm.nothingPush" : "imp.confirm.nothing")));
    }

    void clear() {
        confirmLines.clear();
        alreadyText.set("");
    }

    void clearResult() {
        result.set("");
    }

    /** 确认导入: writes the checked plan into the ledger (one transaction), then shows the result. */
    public void onApply() {
        if (!wizard.canApplyProperty().get()) {
            return;
        }
        ImportPlan p = wizard.plan();
        wizard.start("imp.busy.apply", false, pr -> wizard.services().importApplying().apply(p, pr), (ImportResult r) -> {
            result.set(r.message());
            wizard.appliedOrNot(r.applied());
        }, wizard::fail);
    }

    public ObservableList<String> confirmLines() {
        return confirmLines;
    }

    /** Why nothing will be written (already imported, or nothing to write); empty otherwise. */
    public ReadOnlyStringProperty alreadyTextProperty() {
        return alreadyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
