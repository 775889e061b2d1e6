package cn.bangfu.ledger.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** A measure as the month's forms read it: whose, which family, from when to when, and its amount in fen. */
public record MeasureSpan(long householdId, String family, String detail, LocalDate startOn, LocalDate endOn,
        Long amountFen) {

    /** Whether it had started by the end of {@code m} and not ended before that month began. */
    public boolean activeIn(YearMonth m) {
        return !startOn.isAfter(m.atEndOfMonth()) && (endOn == null || !endOn.isBefore(m.atDay(1)));
    }

    /** Whether it started in {@code m}. */
    public boolean startedIn(YearMonth m) {
        return YearMonth.from(startOn).equals(m);
    }
}
