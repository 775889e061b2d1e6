package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.logic.history.ChangeLabels;
import cn.bangfu.ledger.logic.settings.SettingsService;
import cn.bangfu.ledger.model.AuditEntry;
import cn.bangfu.ledger.model.ImportBatch;
import cn.bangfu.ledger.model.ImportIssue;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Timestamps;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerTx;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The import history (导入记录): every import and revert with its row problems, and reverting a batch by new
 * audited changes.
 */
public final class ImportHistory {

    private final Ledger ledger;
    private final SettingsService settings;
    private final Clock clock;

    public ImportHistory(Ledger ledger, SettingsService settings, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every import and revert, newest first. */
    public List<ImportBatch> history() {
        return ledger.read(v -> v.imports().batches());
    }

    public List<ImportIssue> issues(long batchId) {
        return ledger.read(v -> v.imports().issues(batchId));
    }

    /** Whether a batch has been reverted. */
    public Optional<ImportBatch> revertOf(long batchId) {
        return ledger.read(v -> v.imports().revertOf(batchId));
    }

    /**
     * Undoes an import batch by new audited changes (added rows removed again, changed fields set back); the
     * history keeps both. Refused when anything the batch wrote was changed afterwards.
     *
     * @return the id of the revert batch
     */
    public long revert(long batchId) {
        Change change = settings.change().because("撤销导入批次 " + batchId);
        return ledger.write(change, tx -> {
            ImportBatch batch = tx.imports().batch(batchId)
                    .orElseThrow(() -> new LedgerException("没有编号为 " + batchId + " 的导入批次。"));
            if (ImportBatch.REVERT.equals(batch.kind())) {
                throw new LedgerException("批次 " + batchId + " 本身是一次撤销，不能再撤销。");
            }
            Optional<ImportBatch> done = tx.imports().revertOf(batchId);
            if (done.isPresent()) {
                throw new LedgerException("批次 " + batchId + " 已于 " + Timestamps.local(done.get().importedAt()) + " 撤销过。");
            }
            List<AuditEntry> changes = tx.imports().changesOf(batchId);
            long last = changes.isEmpty() ? Long.MAX_VALUE : changes.getLast().id();
            List<AuditEntry> blockers = changes.isEmpty() ? List.of() : tx.imports().changedSince(batchId, last, 5);
            if (!blockers.isEmpty()) {
                throw new LedgerException("无法撤销批次 " + batchId + "：导入之后，这些记录又有了改动——"
                        + blockers.stream().map(a -> describe(tx, a)).distinct().collect(Collectors.joining("；"))
                        + "。撤销会覆盖这些改动，所以没有执行。如导入有误，请直接在农户台账中更正，或导入更正后的花名册。");
            }
            long revertId = tx.imports().addBatch(new ImportBatch(null, ImportBatch.REVERT, batch.fileName(), null,
                    batch.sheet(), batch.town(), batch.mappingName(), now(), change.operator(), 0, 0, 0, 0, 0, 0, 0, 0, 0,
                    0, 0, 0, 0, 0, batchId));
            LedgerTx b = tx.inBatch(revertId);
            for (int i = changes.size() - 1; i >= 0; i--) {
                b.imports().undo(changes.get(i));
            }
            return revertId;
        });
    }

    /** One change that blocks a revert, as the refusal names it: whose record, which table, when, by whom. */
    private static String describe(LedgerTx tx, AuditEntry a) {
        String what = ChangeLabels.table(a.entity());
        String household = a.householdId() == null ? ""
                : tx.households().get(a.householdId()).map(h -> "户编号 " + h.householdNo() + " 的").orElse("");
        String how = a.batchId() == null ? "修改" : "在导入批次 " + a.batchId() + " 中修改";
        return household + what + "于 " + Timestamps.local(a.at()) + " 由 " + a.operator() + how;
    }

    private String now() {
        return Timestamps.utcNow(clock);
    }
}
