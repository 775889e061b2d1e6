package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.logic.rules.Findings;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.LedgerException;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;

/**
 * The one rule of every form that saves: <b>an error blocks; a warning saves with a reason</b>, which the
 * service writes to the audit row. The gate holds the form's findings, the reason, whether saving is possible
 * ({@link #canSaveProperty()}: fields complete, no error, a reason for the warnings), what the save button says
 * (仍然保存（填写原因） while only warnings stand), and the form's message (why a click did not save, or the
 * ledger's refusal).
 *
 * <p>Two ways to use it, the same rule: a form whose button stays enabled calls {@link #mayProceed()} on click
 * and the gate says what is missing (the household forms); a dialog binds its button to {@link #canSaveProperty()}
 * (the monitoring dialogs).
 */
public final class FindingsGate {

    private final String saveText;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** One read-only view, kept: a view listens to it (its listener on the list is weak). */
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasWarnings = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper needsReason = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveLabel;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reasonMissing = new ReadOnlyBooleanWrapper();
    private BooleanSupplier fieldsComplete = () -> true;

    /** @param saveText what the button says when there is nothing to explain (e.g. 保存) */
    public FindingsGate(String saveText) {
        this.saveText = saveText;
        this.saveLabel = new ReadOnlyStringWrapper(saveText);
        reason.addListener((o, a, b) -> {
            if (b != null && !b.isBlank() && reasonMissing.get()) {
                reasonMissing.set(false);
                message.set("");
            }
            update();
        });
        update();
    }

    /**
     * Whether the form's own fields allow a save, besides the findings and the reason (asked on each change).
     * It is not asked now (a form calls this from its constructor, before its fields exist): saving stays off
     * until the next {@link #update()} or {@link #show}.
     */
    public void setFieldsComplete(BooleanSupplier complete) {
        this.fieldsComplete = complete;
        canSave.set(false);
    }

    /** The form's findings changed (this clears a previous message: the clerk changed something). */
    public void show(List<Finding> list) {
        findings.setAll(list);
        boolean errors = Findings.hasErrors(list);
        boolean warnings = !Findings.warnings(list).isEmpty();
        hasErrors.set(errors);
        hasWarnings.set(warnings);
        needsReason.set(!errors && warnings);
        saveLabel.set(!errors && warnings ? Messages.t("common.gate.saveAnyway") : saveText);
        if (!warnings) {
            reasonMissing.set(false);
        }
        message.set("");
        update();
    }

    /** Recomputes {@link #canSaveProperty()} (call when a field that {@link #setFieldsComplete} reads changed). */
    public void update() {
        canSave.set(fieldsComplete.getAsBoolean() && !hasErrors.get()
                && (!hasWarnings.get() || !blank(reason.get())));
    }

    /** On a click: true when the save may go ahead; otherwise the message says why not (and asks for the reason). */
    public boolean mayProceed() {
        return !blockedByErrors() && !needsReasonNow();
    }

    /** True (and the message says so) while an error blocks saving. */
    public boolean blockedByErrors() {
        if (hasErrors.get()) {
            message.set(Messages.t("common.gate.fixErrors"));
        }
        return hasErrors.get();
    }

    /** True (and the form asks for it) while warnings stand and no reason was given. */
    public boolean needsReasonNow() {
        if (hasWarnings.get() && blank(reason.get())) {
            reasonMissing.set(true);
            message.set(Messages.t("common.gate.reasonNeeded"));
            return true;
        }
        return false;
    }

    /** The reason to save with: the clerk's, when there are warnings; null when there is nothing to explain. */
    public String reasonToSave() {
        return hasWarnings.get() ? strip(reason.get()) : null;
    }

    /** The reason as typed, whether or not a warning asks for it: null when blank. */
    public String reasonOrNull() {
        String r = strip(reason.get());
        return r.isEmpty() ? null : r;
    }

    /**
     * Shows why the save did not happen: the ledger's Chinese refusal (or a parse error's message) as it is; an
     * unexpected failure is logged and named.
     */
    public void refused(RuntimeException e, Logger log, String what) {
        if (e instanceof LedgerException || e instanceof IllegalArgumentException) {
            message.set(e.getMessage());
        } else {
            log.error(what, e);
            message.set(Messages.t("common.unexpectedWork", e.getMessage()));
        }
    }

    /** Puts a message of the form's own under the buttons. */
    public void say(String text) {
        message.set(text == null ? "" : text);
    }

    public ObservableList<Finding> findings() {
        return findingsView;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasWarningsProperty() {
        return hasWarnings.getReadOnlyProperty();
    }

    /** Only warnings stand: the reason field is shown. */
    public ReadOnlyBooleanProperty needsReasonProperty() {
        return needsReason.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public boolean canSave() {
        return canSave.get();
    }

    public ReadOnlyStringProperty saveLabelProperty() {
        return saveLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reasonMissingProperty() {
        return reasonMissing.getReadOnlyProperty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
