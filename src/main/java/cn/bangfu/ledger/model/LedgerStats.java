package cn.bangfu.ledger.model;

import java.util.Map;

/**
 * Headline counts of a ledger.
 *
 * @param members    current members (who have not left)
 * @param monitored  open episodes by category, every category of the code list present (0 when none)
 * @param eliminated episodes whose risk has been eliminated (户次: a household eliminated twice counts twice)
 * @param eliminatedHouseholds households whose latest episode is eliminated: no longer monitored, as the household
 *                   list's 已消除 filter counts them (a household monitored again after an elimination is not one)
 */
public record LedgerStats(long villages, long households, long members, Map<String, Long> monitored,
        long eliminated, long eliminatedHouseholds, long measures) {

    public long monitoredTotal() {
        return monitored.values().stream().mapToLong(Long::longValue).sum();
    }
}
