package cn.bangfu.ledger.model;

import java.time.YearMonth;

/**
 * How a month is written for the clerk, on every screen and in every rule message: 2026年3月. (The national
 * system's 202603 is what rosters carry; the ledger reads it but never shows it.)
 */
public final class Months {

    private Months() {
    }

    /** 2026年3月, or "" for none. */
    public static String text(YearMonth m) {
        return m == null ? "" : m.getYear() + "年" + m.getMonthValue() + "月";
    }
}
