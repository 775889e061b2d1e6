package cn.bangfu.ledger.logic.rosters;

import java.util.List;

/** A person of the file (or of the ledger, when missing from the file) compared with the ledger. */
public record PersonDiff(DiffStatus status, String name, String idNumber, int row, List<FieldChange> changes) {
}
