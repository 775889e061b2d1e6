package cn.bangfu.ledger.gui.imports;

/** A lead a push list would record, or a person it names that the ledger does not hold. */
public record PersonRow(String sheetRow, String name, String idNumber, String source, String reason,
        String pushedOn) {
}
