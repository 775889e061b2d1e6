package cn.bangfu.ledger.model;

/**
 * An entry's postings summed by fund, account, project and payee, as a journal page lists them: a 发放到户 roster of
 * 5,000 households is one line with its count, not 5,000.
 *
 * @param count the postings summed into the line
 */
public record PostingLine(long entryId, long fundId, String account, Long projectId, String payee, long count,
        long amountFen) {
}
