package cn.bangfu.ledger.logic.rosters.read;

/** Receives a roster's rows in file order, sheet by sheet. */
public interface RowSink {

    /**
     * A new sheet starts (called before its rows, also for an empty sheet). Returning false from
     * {@link #row} stops only the current sheet: when all sheets are read, the next one still starts.
     */
    default void sheet(String name) {
    }

    /**
     * One row (blank rows included, so row numbers stay true; a file may hold a million of them).
     * A workbook row the file does not store at all (never touched in Excel) is not delivered: row numbers
     * come from the file, so such rows show as a gap in the numbering.
     *
     * @return false to stop reading the current sheet (e.g. cancelled, or the caller has seen enough)
     */
    boolean row(SheetRow row);
}
