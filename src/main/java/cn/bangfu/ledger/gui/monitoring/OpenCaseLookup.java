package cn.bangfu.ledger.gui.monitoring;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.CaseStatus;
import cn.bangfu.ledger.model.LedgerException;

/**
 * Finds an open episode with its household, members, steps and workflow status. The monitoring service has no
 * public read of one episode by id, so this looks it up in the work queue (every open case).
 */
final class OpenCaseLookup {

    private OpenCaseLookup() {
    }

    static CaseStatus find(LedgerServices services, long episodeId) {
        return services.monitoring().workQueue().stream()
                .filter(c -> c.openCase().episode().id() == episodeId)
                .findFirst()
                .orElseThrow(() -> new LedgerException(cn.bangfu.ledger.gui.Messages.t("mon.episodeNotOpen", 
                        Long.toString(episodeId))));
    }
}
