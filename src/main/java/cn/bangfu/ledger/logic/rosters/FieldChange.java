package cn.bangfu.ledger.logic.rosters;

/** One field that an import changes: its label, the ledger's value and the file's value, as shown. */
public record FieldChange(String field, String before, String after) {
}
