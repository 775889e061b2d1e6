package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.logic.rules.Findings;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.LedgerException;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every monitoring dialog's model has: live findings (errors block, warnings need a reason), the
 * ledger's refusal when a save fails (the dialog stays open, nothing typed is lost), and whether it saved.
 */
public abstract class FormViewModel {

    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** One read-only view, kept: a view listens to it (its listener on the list is weak). */
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper needsReason = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private boolean saved;

    protected FormViewModel() {
        reason.addListener((o, a, b) -> updateCanSave());
    }

    /** Saves through the services; a {@link LedgerException} (or a parse error) is kept in {@link #errorProperty()}. */
    protected abstract void save();

    /** Whether the form's own fields allow a save (besides the findings and the reason). */
    protected abstract boolean fieldsComplete();

    /** Tries to save; false (and the service's Chinese message in {@link #errorProperty()}) when refused. */
    public final boolean onSave() {
        if (!canSave.get()) {
            return false;
        }
        try {
            save();
        } catch (LedgerException | IllegalArgumentException e) {
            error.set(e.getMessage());
            return false;
        }
        error.set("");
        saved = true;
        return true;
    }

    /** Whether something was saved. */
    public boolean isSaved() {
        return saved;
    }

    /** Replaces the live findings (and clears a previous refusal: the clerk changed something). */
    protected final void setFindings(List<Finding> list) {
        findings.setAll(list);
        needsReason.set(!Findings.hasErrors(list) && !Findings.warnings(list).isEmpty());
        error.set("");
        updateCanSave();
    }

    /** Recomputes whether the save button is enabled. */
    protected final void updateCanSave() {
        boolean ok = fieldsComplete() && !Findings.hasErrors(findings)
                && (Findings.warnings(findings).isEmpty() || !reason.get().isBlank());
        canSave.set(ok);
    }

    /** The reason to pass to the service: null when blank. */
    protected final String reasonOrNull() {
        String r = reason.get();
        return r == null || r.isBlank() ? null : r.strip();
    }

    protected final void setError(String message) {
        error.set(message);
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty needsReasonProperty() {
        return needsReason.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }
}
