package cn.bangfu.ledger.model;

import java.util.Objects;

/**
 * One finding of a rule about a record: an {@link Severity#ERROR} blocks saving, a
 * {@link Severity#WARNING} may be saved with a reason (which goes to the audit row).
 *
 * @param field   the field it is about (the record component name, e.g. {@code idNumber}), or null for the
 *                whole record
 * @param code    a stable English code, e.g. {@code RELATION_GENDER}
 * @param message a short Simplified Chinese sentence: what is wrong and what to do
 */
public record Finding(Severity severity, String field, String code, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(String field, String code, String message) {
        return new Finding(Severity.ERROR, field, code, message);
    }

    public static Finding warning(String field, String code, String message) {
        return new Finding(Severity.WARNING, field, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
