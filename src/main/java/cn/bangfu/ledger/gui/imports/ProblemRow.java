package cn.bangfu.ledger.gui.imports;

/** A row of the check's problems table. */
public record ProblemRow(String sheet, String row, String column, String code, String message, String severity,
        boolean error) {
}
