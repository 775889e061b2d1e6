package cn.bangfu.ledger.logic.overview;

import cn.bangfu.ledger.model.LedgerStats;
import cn.bangfu.ledger.store.Ledger;

/** The headline counts shown on the home page and printed by {@code stats --json}. */
public final class OverviewService {

    private final Ledger ledger;

    public OverviewService(Ledger ledger) {
        this.ledger = ledger;
    }

    public LedgerStats stats() {
        return ledger.read(v -> v.stats().stats());
    }
}
