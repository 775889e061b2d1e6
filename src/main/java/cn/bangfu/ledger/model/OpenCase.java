package cn.bangfu.ledger.model;

import java.util.List;

/**
 * A household with an open monitoring episode and everything the monitoring work queues need about it.
 *
 * @param latestCheck  the most recent 三保障 check, or null
 * @param latestIncome the most recent year's income, or null
 */
public record OpenCase(Household household, String village, String head, Episode episode, List<String> risks,
        List<EpisodeStep> steps, List<Member> members, List<Measure> measures, GuaranteeCheck latestCheck,
        IncomeYear latestIncome) {
}
