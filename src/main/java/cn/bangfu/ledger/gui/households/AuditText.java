package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.logic.history.ChangeText;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Village;
import java.time.ZoneId;
import java.util.List;

/**
 * The audit rows of a household in the clerk's words, for the 变更记录 tab: the lines of
 * {@link ChangeText} (which the 一户一档 form reads too), in this computer's time zone.
 */
public final class AuditText {

    /** One line of the 变更记录 tab. */
    public record Line(String at, String operator, String what, String changes, String reason) {
    }

    private final ChangeText text;

    AuditText(List<Member> members, List<Village> villages) {
        this(members, villages, List.of());
    }

    /** @param funds the funds a measure may name (its 支付资金 is shown by name) */
    AuditText(List<Member> members, List<Village> villages, java.util.Collection<Fund> funds) {
        text = new ChangeText(members, villages, ZoneId.systemDefault()).withFunds(funds);
    }

    List<Line> lines(List<AuditEntry> entries) {
        return entries.stream().map(this::line).toList();
    }

    Line line(AuditEntry e) {
        ChangeText.Line l = text.line(e);
        return new Line(l.at(), l.operator(), l.what(), l.changes(), l.reason());
    }
}
