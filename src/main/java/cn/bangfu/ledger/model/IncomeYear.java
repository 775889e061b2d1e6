package cn.bangfu.ledger.model;

/** A household's income block for one year; every amount in fen. */
public record IncomeYear(long householdId, int year, long wageIncome, long businessIncome, long propertyIncome,
        long transferIncome, long businessExpense, long claimsIncome, long compliantSelfPaid) {

    /** 家庭纯收入 = the four incomes − 生产经营性支出, in fen. */
    public long netIncome() {
        return wageIncome + businessIncome + propertyIncome + transferIncome - businessExpense;
    }

    /** 人均纯收入 in fen (rounded down to the fen), or 0 for a household with no persons. */
    public long netIncomePerPerson(int persons) {
        return persons <= 0 ? 0 : Math.floorDiv(netIncome(), persons);
    }
}
