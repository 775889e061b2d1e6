package cn.bangfu.ledger.model;

/**
 * One line of the household list.
 *
 * @param category  monitoring category of the latest episode, or null for a household never monitored
 * @param monitored true while that episode is open (risk not eliminated)
 * @param risks     the open episode's risks joined with "、", or null
 * @param changedAt when anything of the household last changed (UTC ISO), or null
 * @param matched   for a search by text: the member other than the current head through whom the household
 *                  matched, or null (the head matched, or the 户编号 or phone did)
 */
public record HouseholdRow(long id, String householdNo, String village, String head, long persons,
        String householdType, String category, boolean monitored, String risks, String phone, String changedAt,
        MemberMatch matched) {

    /** A row without a member match. */
    public HouseholdRow(long id, String householdNo, String village, String head, long persons, String householdType,
            String category, boolean monitored, String risks, String phone, String changedAt) {
        this(id, householdNo, village, head, persons, householdType, category, monitored, risks, phone, changedAt,
                null);
    }

    public HouseholdRow withMatch(MemberMatch m) {
        return new HouseholdRow(id, householdNo, village, head, persons, householdType, category, monitored, risks,
                phone, changedAt, m);
    }
}
