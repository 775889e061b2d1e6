package cn.bangfu.ledger.logic.households;

import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdPage;
import cn.bangfu.ledger.store.Ledger;

/** The household list: search as you type and filter, computed in SQL. */
public final class HouseholdSearch {

    private final Ledger ledger;

    public HouseholdSearch(Ledger ledger) {
        this.ledger = ledger;
    }

    public HouseholdPage search(HouseholdFilter filter) {
        return ledger.read(v -> v.householdQueries().search(filter, AttentionChecks.DEVELOPMENTAL_FAMILIES));
    }
}
