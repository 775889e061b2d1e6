package cn.bangfu.ledger.gui.imports;

/** A household of the difference with the ledger (one tab per {@code DiffStatus}). */
public record DiffRow(String householdNo, String village, String head, String persons, String details) {
}
