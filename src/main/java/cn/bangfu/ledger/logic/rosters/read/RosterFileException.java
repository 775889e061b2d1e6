package cn.bangfu.ledger.logic.rosters.read;

import cn.bangfu.ledger.model.LedgerException;

/**
 * A roster file that cannot be read at all (refused as a whole: nothing is imported). The message is in
 * Chinese and says what the file is and what to do.
 */
public class RosterFileException extends LedgerException {

    public RosterFileException(String message) {
        super(message);
    }

    public RosterFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
