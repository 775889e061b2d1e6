package cn.bangfu.ledger.model;

/**
 * A problem the clerk must be told about, with a message in Simplified Chinese that says what is wrong
 * and what to do. Everything else that escapes is a bug.
 */
public class LedgerException extends RuntimeException {

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
