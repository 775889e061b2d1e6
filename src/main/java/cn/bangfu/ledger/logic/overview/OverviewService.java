package cn.bangfu.ledger.logic.overview;

import cn.bangfu.ledger.logic.monitoring.WorkQueue;
import cn.bangfu.ledger.model.LedgerStats;
import cn.bangfu.ledger.store.Ledger;
import java.time.Clock;

/**
 * What the clerk sees at a glance: the headline counts shown on the home page and printed by
 * {@code stats --json}, and the clerk's work (the home page's to-dos and the 监测帮扶 page's lists).
 */
public final class OverviewService {

    private final Ledger ledger;
    private final WorkQueue work;

    /** On the clerk's local date ({@code Clock.systemDefaultZone()}, as the other services). */
    public OverviewService(Ledger ledger) {
        this(ledger, Clock.systemDefaultZone());
    }

    public OverviewService(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.work = new WorkQueue(ledger, clock);
    }

    public LedgerStats stats() {
        return ledger.read(v -> v.stats().stats());
    }

    /**
     * The clerk's work: every list of the 监测帮扶 page from one read. The home page's to-do cards count these
     * lists, so a card's number is the number of rows of the list it opens.
     */
    public WorkQueue.Lists work() {
        return work.read();
    }
}
