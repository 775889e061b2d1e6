package cn.bangfu.ledger.model;

/** A problem found in one row of an imported file (severity "error" rejects the row, "warning" does not). */
public record ImportIssue(Long id, long batchId, String sheet, long rowNumber, String columnName, String code,
        String severity, String message) {
}
