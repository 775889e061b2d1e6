package cn.bangfu.ledger.model;

import java.time.YearMonth;

/** A month the clerk closed (结账) after filing its reports; re-opened with a reason, the row stays. */
public record MonthClose(Long id, YearMonth closedMonth, String closedAt, String closedBy, String reopenedAt,
        String reopenedBy, String reopenReason) {

    public boolean isClosed() {
        return reopenedAt == null;
    }
}
