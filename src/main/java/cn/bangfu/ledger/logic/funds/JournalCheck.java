package cn.bangfu.ledger.logic.funds;

import cn.bangfu.ledger.model.Fen;
import cn.bangfu.ledger.store.LedgerView;
import java.util.ArrayList;
import java.util.List;

/** The funds journal's part of {@code check}. */
public final class JournalCheck {

    private JournalCheck() {
    }

    /**
     * The funds journal: every entry balances for each fund and has all its postings; for every fund, received =
     * allocated + unallocated and allocated = paid + unpaid, to the fen, with nothing allocated or paid that had
     * not arrived; nothing dated in a closed month was written after its close; the journal's triggers are there.
     */
    public static List<String> problems(LedgerView v) {
        List<String> problems = new ArrayList<>();
        v.integrity().missingJournalTriggers().forEach(t -> problems.add("资金账的防篡改触发器缺失：" + t));
        v.journal().unbalanced().forEach(id -> problems.add("凭证 " + id + "：分录借贷不平衡或不全"));
        long orphans = v.journal().orphanPostings();
        if (orphans > 0) {
            problems.add("资金账有 " + orphans + " 笔分录找不到所属凭证");
        }
        v.journal().writtenIntoClosedMonths().forEach(id -> problems.add("凭证 " + id + "：记入了已结账的月份（结账之后写入）"));
        java.util.Map<Long, long[]> sums = new java.util.HashMap<>(); // source, unallocated, project, paid
        for (var b : v.journal().balances()) {
            long[] s = sums.computeIfAbsent(b.fundId(), k -> new long[4]);
            switch (b.account()) {
                case JournalService.SOURCE -> s[0] += b.amountFen();
                case JournalService.UNALLOCATED -> s[1] += b.amountFen();
                case JournalService.PROJECT -> {
                    s[2] += b.amountFen();
                    if (b.amountFen() < 0) {
                        problems.add("资金 " + b.fundId() + " 的项目 " + b.projectId() + "：拨付超过了分配（未拨付余额为负 "
                                + new Fen(b.amountFen()).toYuanString() + " 元）");
                    }
                }
                default -> s[3] += b.amountFen();
            }
        }
        for (var e : sums.entrySet()) {
            long[] s = e.getValue();
            long received = -s[0];
            long allocated = s[2] + s[3];
            if (received != allocated + s[1]) {
                problems.add("资金 " + e.getKey() + "：到位 " + new Fen(received).toYuanString() + " 元 ≠ 已分配 "
                        + new Fen(allocated).toYuanString() + " 元 + 未分配 " + new Fen(s[1]).toYuanString() + " 元");
            }
            if (s[1] < 0) {
                problems.add("资金 " + e.getKey() + "：未分配余额为负（" + new Fen(s[1]).toYuanString() + " 元），分配或拨付超过了到位");
            }
        }
        return problems;
    }
}
