package cn.bangfu.ledger.logic.reports;

import java.time.YearMonth;

/**
 * What the clerk asked for: a form for a month, full or 公示, and for the forms of one household or one village,
 * which one.
 *
 * @param month       the report month: figures are the state at its last day
 * @param masked      the 公示 variant
 * @param householdNo 户编号, for a form of one household ({@code household-card}); null otherwise
 * @param village     a village's name, for the forms that can be limited to one village; null for the town
 */
public record ReportRequest(YearMonth month, boolean masked, String householdNo, String village) {

    public static ReportRequest of(YearMonth month, boolean masked) {
        return new ReportRequest(month, masked, null, null);
    }
}
