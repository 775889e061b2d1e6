package cn.bangfu.ledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The members of one household with the day each left (死亡, 迁出 …; null while still a member), so a form can count
 * the persons of a past month's end.
 */
public record PersonSpans(long householdId, List<LocalDate> leftOn) {

    public PersonSpans {
        leftOn = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(leftOn));
    }

    /** Members on {@code day}: everyone who had not left by then. */
    public int personsOn(LocalDate day) {
        int n = 0;
        for (LocalDate left : leftOn) {
            if (left == null || left.isAfter(day)) {
                n++;
            }
        }
        return n;
    }
}
