package cn.bangfu.ledger.gui.common;

import cn.bangfu.ledger.model.Finding;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** What the rules say about one form field: the message shown next to it, and whether it is an error. */
public final class FieldState {

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper();

    /** Shows these findings (all about this field); none clears it. */
    public void show(List<Finding> findings) {
        boolean anyError = findings.stream().anyMatch(Finding::isError);
        // errors first: they are what blocks saving
        message.set(findings.stream().sorted((a, b) -> Boolean.compare(b.isError(), a.isError()))
                .map(Finding::message).distinct().collect(Collectors.joining("\n")));
        error.set(anyError);
        warning.set(!anyError && !findings.isEmpty());
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the field has an error (red); a field with only warnings is amber. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public String message() {
        return message.get();
    }

    public boolean isError() {
        return error.get();
    }
}
