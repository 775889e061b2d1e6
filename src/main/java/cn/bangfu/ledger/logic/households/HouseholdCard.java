package cn.bangfu.ledger.logic.households;

import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 一户一档: everything about one household, as its card shows it.
 *
 * @param findings  problems of the household as a whole (no head, two heads, no members)
 * @param attention the cross-field checks (DOMAIN §3) that need the clerk's attention, all warnings
 * @param payments  资金到户: what the funds journal paid the household, newest first
 * @param funds     the funds the measures and payments name, by id
 */
public record HouseholdCard(Household household, String village, List<Member> members, List<IncomeYear> incomes,
        List<GuaranteeCheck> checks, List<EpisodeView> episodes, List<Measure> measures, List<AuditEntry> history,
        List<Finding> findings, List<Finding> attention, List<Payment> payments, Map<Long, Fund> funds) {

    /**
     * One payment to the household: a 农户 posting of the funds journal with its entry (a 冲销 of a payment is a
     * negative one).
     *
     * @param project       the project's name, or null when paid from the fund's unallocated money
     * @param memberId      the receiving member, or null when paid to the household
     * @param maskedAccount the 一卡通 account with all but its last 4 characters masked (****1234), or null
     */
    public record Payment(long entryId, LocalDate on, String kind, String voucherNo, Fund fund, String project,
            Long memberId, String maskedAccount, long amountFen) {
    }

    /** Σ of the payments (net of reversals), in fen. */
    public long paidFen() {
        return payments.stream().mapToLong(Payment::amountFen).sum();
    }

    /** The fund a measure names ("2026 · 衔接推进乡村振兴补助资金"), else its old typed text, else "". */
    public String fundOf(Measure m) {
        Fund f = m.fundId() == null ? null : funds.get(m.fundId());
        if (f != null) {
            return fundLabel(f);
        }
        return m.fundText() == null ? "" : m.fundText();
    }

    /** How a fund is named in a picker or a list: its year and name ("2026 · 驻镇帮镇扶村资金"). */
    public static String fundLabel(Fund f) {
        return f.year() + " · " + f.name();
    }

    /** An account with all but its last 4 characters masked: 6217000012345678 → ****5678; null stays null. */
    public static String maskAccount(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        String a = account.strip().replaceAll("\\s", "");
        return a.length() <= 4 ? "****" : "****" + a.substring(a.length() - 4);
    }

    /** An episode with its risks, snapshots, steps and where its workflow stands. */
    public record EpisodeView(Episode episode, List<String> risks, List<EpisodeSnapshot> snapshots,
            List<EpisodeStep> steps, Workflow.Status status) {
    }

    public List<Member> currentMembers() {
        return members.stream().filter(Member::isCurrent).toList();
    }

    public Optional<Member> head() {
        return currentMembers().stream().filter(m -> Member.HEAD.equals(m.relation())).findFirst();
    }

    /** The open episode, if the household is monitored now. */
    public Optional<EpisodeView> openEpisode() {
        return episodes.stream().filter(e -> !e.episode().eliminated()).findFirst();
    }
}
