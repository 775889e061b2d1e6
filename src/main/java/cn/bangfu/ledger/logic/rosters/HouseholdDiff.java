package cn.bangfu.ledger.logic.rosters;

import java.util.List;

/**
 * A household of the file (or of the ledger, when missing from the file) compared with the ledger.
 *
 * @param changes  the household's own fields that change
 * @param persons  its persons, each added / changed / unchanged / missing
 * @param heldBack why the whole household is held back (a rejected row), or null
 */
public record HouseholdDiff(DiffStatus status, String householdNo, String village, String headName,
        List<FieldChange> changes, List<PersonDiff> persons, String heldBack) {
}
