package cn.bangfu.ledger.model;

import java.time.LocalDate;

/**
 * An assistance measure (一户一策) of a household, or of one member when personal.
 *
 * @param family   code of list {@code measure_family}
 * @param amount   fen, may be null
 * @param fundText the paying fund as it was typed before funds were kept (old rows; new ones leave it empty)
 * @param fundId   the fund (帮扶资金) a measure with an amount is paid from, or null when not given
 */
public record Measure(Long id, long householdId, Long memberId, String family, String detail, LocalDate startOn,
        LocalDate endOn, Long amount, String fundText, Long fundId, String cadre,
        String note) {
}
