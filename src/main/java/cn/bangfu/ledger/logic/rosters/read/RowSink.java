package cn.bangfu.ledger.logic.rosters.read;

/** Receives a roster's rows in file order, sheet by sheet. */
public interface RowSink {

    /** A new sheet starts (called before its rows, also for an empty sheet). */
    default void sheet(String name) {
    }

    /**
     * One row (blank rows included, so row numbers stay true; a file may hold a million of them).
     *
     * @return false to stop reading the current sheet (e.g. cancelled, or the caller has seen enough)
     */
    boolean row(SheetRow row);
}
