package cn.bangfu.ledger.store;

import java.util.Objects;

/**
 * Who makes a change and why: written to every audit row of the transaction.
 *
 * @param operator the clerk's name (settings), never blank
 * @param reason   why, when the clerk gave a reason (a warning overridden, a correction); may be null
 * @param batchId  the import batch the change belongs to; null outside imports
 */
public record Change(String operator, String reason, Long batchId) {

    public Change {
        Objects.requireNonNull(operator, "operator");
        if (operator.isBlank()) {
            throw new IllegalArgumentException("operator must not be blank");
        }
    }

    public static Change by(String operator) {
        return new Change(operator, null, null);
    }

    public Change because(String why) {
        return new Change(operator, why, batchId);
    }

    public Change inBatch(long batch) {
        return new Change(operator, reason, batch);
    }
}
