package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.FindingsGate;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.LedgerException;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * What every monitoring dialog's model has: the shared {@link FindingsGate} (errors block, warnings need a
 * reason), the ledger's refusal when a save fails (the dialog stays open, nothing typed is lost), and whether
 * it saved.
 */
public abstract class FormViewModel {

    private final FindingsGate gate = new FindingsGate(Messages.t("common.ok"));
    private boolean saved;

    protected FormViewModel() {
        gate.setFieldsComplete(this::fieldsComplete);
    }

    /** Saves through the services; a {@link LedgerException} (or a parse error) is kept in {@link #errorProperty()}. */
    protected abstract void save();

    /** Whether the form's own fields allow a save (besides the findings and the reason). */
    protected abstract boolean fieldsComplete();

    /** Tries to save; false (and the service's Chinese message in {@link #errorProperty()}) when refused. */
    public final boolean onSave() {
        if (!gate.canSave()) {
            return false;
        }
        try {
            save();
        } catch (LedgerException | IllegalArgumentException e) {
            gate.say(e.getMessage());
            return false;
        }
        gate.say("");
        saved = true;
        return true;
    }

    /** Whether something was saved. */
    public boolean isSaved() {
        return saved;
    }

    /** Replaces the live findings (and clears a previous refusal: the clerk changed something). */
    protected final void setFindings(List<Finding> list) {
        gate.show(list);
    }

    /** Recomputes whether the save button is enabled. */
    protected final void updateCanSave() {
        gate.update();
    }

    /** The reason to pass to the service: null when blank. */
    protected final String reasonOrNull() {
        return gate.reasonOrNull();
    }

    protected final void setError(String message) {
        gate.say(message);
    }

    public ObservableList<Finding> findings() {
        return gate.findings();
    }

    public StringProperty reasonProperty() {
        return gate.reasonProperty();
    }

    public ReadOnlyBooleanProperty needsReasonProperty() {
        return gate.needsReasonProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return gate.messageProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return gate.canSaveProperty();
    }
}
