package cn.bangfu.ledger.model;

import java.time.LocalDate;

/** 三保障 + 饮水 as checked on a date. */
public record GuaranteeCheck(Long id, long householdId, LocalDate checkedOn, boolean schoolDropout,
        boolean housingSafe, String housingGrade, boolean memberUninsured, boolean waterSafe, String note) {

    /** All four secured: no dropout, safe housing, everyone insured, safe water. */
    public boolean allSecured() {
        return !schoolDropout && housingSafe && !memberUninsured && waterSafe;
    }
}
