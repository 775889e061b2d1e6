package cn.bangfu.ledger.model;

import java.time.LocalDate;

/**
 * One entry of the funds journal (记账凭证): its postings balance for each fund. Never changed once written; a
 * correction is a 冲销 entry that {@code reverses} it.
 *
 * @param kind       资金到位, 分配到项目, 拨付, 发放到户, 收回, 结余调整 or 冲销
 * @param voucherNo  凭证号 (may be null)
 * @param createdAt  when it was written (UTC)
 * @param reversesId for a 冲销 entry, the entry it reverses
 */
public record JournalEntry(Long id, LocalDate entryOn, String kind, String voucherNo, String memo, String operator,
        String createdAt, Long reversesId, long postingCount) {
}
