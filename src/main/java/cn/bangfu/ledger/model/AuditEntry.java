package cn.bangfu.ledger.model;

/** One audit row: who changed what, when, from what to what, and why. */
public record AuditEntry(long id, String at, String operator, String entity, String entityKey, String action,
        String beforeJson, String afterJson, String reason, Long batchId, Long householdId) {
}
