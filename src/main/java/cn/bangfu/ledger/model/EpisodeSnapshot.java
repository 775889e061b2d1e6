package cn.bangfu.ledger.model;

/**
 * The income (fen) and 三保障 blocks of an episode at identification or after elimination.
 *
 * @param phase {@link #IDENTIFIED} or {@link #ELIMINATED}
 */
public record EpisodeSnapshot(long episodeId, String phase, long persons, long wageIncome, long businessIncome,
        long propertyIncome, long transferIncome, long businessExpense, long claimsIncome, long compliantSelfPaid,
        boolean schoolDropout, boolean housingSafe, boolean memberUninsured, boolean waterSafe) {

    public static final String IDENTIFIED = "identified";
    public static final String ELIMINATED = "eliminated";

    public long netIncome() {
        return wageIncome + businessIncome + propertyIncome + transferIncome - businessExpense;
    }

    public long netIncomePerPerson() {
        return persons <= 0 ? 0 : Math.floorDiv(netIncome(), persons);
    }
}
