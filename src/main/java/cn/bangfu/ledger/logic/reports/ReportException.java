package cn.bangfu.ledger.logic.reports;

import cn.bangfu.ledger.model.LedgerException;

/**
 * A report that cannot be written as asked: a template that does not fit the form (a sheet or a column too
 * few or too many), a template file that cannot be opened. The message is in Chinese and names the template
 * file, the sheet and what to do; nothing has been written to the caller's stream then.
 */
public class ReportException extends LedgerException {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
