package cn.bangfu.ledger.model;

/**
 * One applied import (kind roster or push) or the revert of one (kind revert), with the counts the clerk
 * was shown. The changes themselves are the audit rows carrying this batch id.
 */
public record ImportBatch(Long id, String kind, String fileName, String fileSha256, String sheet, String town,
        String mappingName, String importedAt, String operator, long rowsRead, long rowsRejected, long otherTowns,
        long householdsAdded, long householdsChanged, long householdsUnchanged, long householdsMissing,
        long householdsHeldBack, long personsAdded, long personsChanged, long personsUnchanged, long personsMissing,
        long leadsAdded, long personsUnmatched, Long revertsBatchId) {

    public static final String ROSTER = "roster";
    public static final String PUSH = "push";
    public static final String REVERT = "revert";
}
