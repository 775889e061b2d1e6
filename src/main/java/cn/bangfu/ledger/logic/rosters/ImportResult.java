package cn.bangfu.ledger.logic.rosters;

/** What applying (or trying to apply) a plan did ({@link ImportApplying#apply}). */
public record ImportResult(boolean applied, Long batchId, String message) {
}
