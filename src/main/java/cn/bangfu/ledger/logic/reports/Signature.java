package cn.bangfu.ledger.logic.reports;

import java.time.LocalDate;

/**
 * The block every printed form ends with: 填报单位（盖章）, 填报人, 审核人, 负责人, 填报日期. Empty names are left as
 * lines to sign by hand.
 */
public record Signature(String unit, String preparer, String reviewer, String head, LocalDate date) {

    public Signature {
        unit = unit == null ? "" : unit;
        preparer = preparer == null ? "" : preparer;
        reviewer = reviewer == null ? "" : reviewer;
        head = head == null ? "" : head;
    }
}
