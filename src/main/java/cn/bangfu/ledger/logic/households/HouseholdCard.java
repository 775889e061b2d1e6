package cn.bangfu.ledger.logic.households;

import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.util.List;
import java.util.Optional;

/**
 * 一户一档: everything about one household, as its card shows it.
 *
 * @param findings  problems of the household as a whole (no head, two heads, no members)
 * @param attention the cross-field checks (DOMAIN §3) that need the clerk's attention, all warnings
 */
public record HouseholdCard(Household household, String village, List<Member> members, List<IncomeYear> incomes,
        List<GuaranteeCheck> checks, List<EpisodeView> episodes, List<Measure> measures, List<AuditEntry> history,
        List<Finding> findings, List<Finding> attention) {

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
