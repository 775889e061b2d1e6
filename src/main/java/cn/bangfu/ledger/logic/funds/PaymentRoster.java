package cn.bangfu.ledger.logic.funds;

import cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine;
import java.util.List;

/**
 * A 发放到户 roster before it is posted: every line as read (from a bank's or county's list, or from the measures)
 * with the member it was matched to, or why it was not. Lines are never guessed: a name that fits several members,
 * an ID nobody holds, an ID whose holder has another name are shown for the clerk to resolve, and a roster with any
 * such line is not posted until they are fixed in the list or left out on purpose.
 *
 * @param source what the roster came from ("file.xlsx", "公益性岗位 2026年11月")
 */
public record PaymentRoster(String source, List<Line> lines) {

    public PaymentRoster {
        lines = List.copyOf(lines);
    }

    /** What became of a line. */
    public enum Status {
        /** Matched to one member, with an amount: it will be paid. */
        PAYABLE("可发放"),
        /** No current member has this ID number (or this name, when the line has none). */
        UNMATCHED("未匹配"),
        /** The name fits several current members and the line has no ID number to tell them apart. */
        AMBIGUOUS("多人同名"),
        /** The line cannot be read: its amount, its ID number or its account is wrong, or it repeats a line. */
        INVALID("有误"),
        /** Left out by the clerk: not paid, kept in the preview. */
        LEFT_OUT("已剔除");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One line of the roster.
     *
     * @param row         where it stands in the list (its row in the file, or its place in the measures)
     * @param name        the name as the list writes it
     * @param idText      the ID number as the list writes it ("" when it has none)
     * @param bankAccount the 惠民惠农一卡通 account as the list writes it, or the member's last one (may be null)
     * @param amountFen   the amount, or null when it could not be read
     * @param memberId    the matched member (null unless matched)
     * @param householdId the matched member's household (null unless matched)
     * @param householdNo the matched household's 户编号 ("" unless matched)
     * @param village     the matched household's village, or the list's village ("" when neither)
     * @param headName    the matched household's 户主 ("" unless matched)
     * @param note        why it is not payable, or a warning worth reading on a payable line ("" when none)
     */
    public record Line(int row, String name, String idText, String bankAccount, Long amountFen, Long memberId,
            Long householdId, String householdNo, String village, String headName, Status status, String note) {

        public boolean payable() {
            return status == Status.PAYABLE;
        }

        /** Whether the clerk must do something about it (fix the list, or leave it out). */
        public boolean problem() {
            return status != Status.PAYABLE && status != Status.LEFT_OUT;
        }

        Line leftOut() {
            return new Line(row, name, idText, bankAccount, amountFen, memberId, householdId, householdNo, village,
                    headName, Status.LEFT_OUT, note.isEmpty() ? "已剔除" : "已剔除：" + note);
        }
    }

    /** How many lines will be paid. */
    public int payableCount() {
        return (int) lines.stream().filter(Line::payable).count();
    }

    /** How many lines still need the clerk. */
    public int problemCount() {
        return (int) lines.stream().filter(Line::problem).count();
    }

    /** The sum of the payable lines, in fen. */
    public long payableFen() {
        return lines.stream().filter(Line::payable).mapToLong(Line::amountFen).sum();
    }

    /** The same roster with every line that needs the clerk left out (the clerk chose so, after seeing them). */
    public PaymentRoster withProblemsLeftOut() {
        return new PaymentRoster(source, lines.stream().map(l -> l.problem() ? l.leftOut() : l).toList());
    }

    /** The lines to post: only when no line needs the clerk any more. */
    public List<HouseholdLine> householdLines() {
        if (problemCount() > 0) {
            throw new IllegalStateException("roster has unresolved lines");
        }
        return lines.stream().filter(Line::payable)
                .map(l -> new HouseholdLine(l.householdId(), l.memberId(), l.bankAccount(), l.amountFen()))
                .toList();
    }
}
