package cn.bangfu.ledger.model;

/**
 * One line of a journal entry: an amount moved into (positive) or out of (negative) one account of one fund.
 *
 * @param account     来源, 未分配, 项目, 收款方 or 农户
 * @param bankAccount the receiving member's 惠民惠农一卡通 account (农户 postings), for the bank's roster only
 */
public record Posting(Long id, Long entryId, long fundId, String account, Long projectId, String payee,
        Long householdId, Long memberId, String bankAccount, long amountFen) {
}
