package cn.bangfu.ledger.model;

import java.time.YearMonth;

/**
 * A monitoring episode (防返贫动态监测) of a household: identified in a month, eliminated (or not) later.
 *
 * @param category          code of list {@code monitor_category}
 * @param channel           code of list {@code discovery_channel}
 * @param previousEpisodeId for 风险再标注: the eliminated episode this one follows
 */
public record Episode(Long id, long householdId, String category, String channel, YearMonth identifiedMonth,
        String contactName, String contactPhone, boolean eliminated, String eliminationMethod,
        YearMonth eliminatedMonth, String overrideReason, Long previousEpisodeId) {

    public static final String ASSISTED = "帮扶消除";
    public static final String NATURAL = "自然消除";
}
