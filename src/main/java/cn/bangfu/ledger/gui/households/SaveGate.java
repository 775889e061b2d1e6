package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.LedgerException;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;

/**
 * The save button of a form (member, 新建农户, 编辑户信息): errors block saving; warnings may be saved with a
 * reason, which the service writes to the audit row. Holds the reason, what the button says, and the form's
 * message.
 */
final class SaveGate {

    private final String saveText;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper hasErrors = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasWarnings = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper saveLabel;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper reasonMissing = new ReadOnlyBooleanWrapper();

    /** @param saveText what the button says when there is nothing to explain (e.g. 保存) */
    SaveGate(String saveText) {
        this.saveText = saveText;
        this.saveLabel = new ReadOnlyStringWrapper(saveText);
        reason.addListener((o, a, b) -> {
            if (!HhFormat.isBlank(b)) {
                reasonMissing.set(false);
                message.set("");
            }
        });
    }

    /** The form's findings changed: with only warnings left, the button reads 仍然保存（填写原因）. */
    void show(List<Finding> findings) {
        boolean errors = findings.stream().anyMatch(Finding::isError);
        boolean warnings = findings.stream().anyMatch(f -> !f.isError());
        hasErrors.set(errors);
        hasWarnings.set(warnings);
        saveLabel.set(!errors && warnings ? Messages.t("hh.form.saveAnyway") : saveText);
        if (!warnings) {
            reasonMissing.set(false);
        }
        message.set("");
    }

    /** True (and the message says so) while an error blocks saving. */
    boolean blockedByErrors() {
        if (hasErrors.get()) {
            message.set(Messages.t("hh.form.fixErrors"));
        }
        return hasErrors.get();
    }

    /** True (and the form asks for it) while warnings stand and no reason was given. */
    boolean needsReason() {
        if (hasWarnings.get() && HhFormat.orEmpty(reason.get()).isBlank()) {
            reasonMissing.set(true);
            message.set(Messages.t("hh.form.reasonNeeded"));
            return true;
        }
        return false;
    }

    /** The reason to save with: the clerk's, when there are warnings; null when there is nothing to explain. */
    String reasonToSave() {
        return hasWarnings.get() ? HhFormat.orEmpty(reason.get()).strip() : null;
    }

    /** Shows why the ledger refused (its Chinese message), or logs an unexpected failure and says so. */
    void failed(RuntimeException e, Logger log, String what) {
        if (e instanceof LedgerException) {
            message.set(e.getMessage());
        } else {
            log.error(what, e);
            message.set(Messages.t("hh.error", e.getMessage()));
        }
    }

    void say(String text) {
        message.set(text);
    }

    StringProperty reasonProperty() {
        return reason;
    }

    ReadOnlyBooleanProperty hasErrorsProperty() {
        return hasErrors.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty hasWarningsProperty() {
        return hasWarnings.getReadOnlyProperty();
    }

    ReadOnlyStringProperty saveLabelProperty() {
        return saveLabel.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty reasonMissingProperty() {
        return reasonMissing.getReadOnlyProperty();
    }
}
