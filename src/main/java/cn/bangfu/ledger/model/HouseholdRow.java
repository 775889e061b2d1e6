package cn.bangfu.ledger.model;

/**
 * One line of the household list.
 *
 * @param category  monitoring category of the latest episode, or null for a household never monitored
 * @param monitored true while that episode is open (risk not eliminated)
 * @param risks     the open episode's risks joined with "、", or null
 * @param changedAt when anything of the household last changed (UTC ISO), or null
 */
public record HouseholdRow(long id, String householdNo, String village, String head, long persons,
        String householdType, String category, boolean monitored, String risks, String phone, String changedAt) {
}
