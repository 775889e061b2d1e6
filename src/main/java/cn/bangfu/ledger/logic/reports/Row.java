package cn.bangfu.ledger.logic.reports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of a report table: its cells in column order (see {@link CellKind} for each value's type; null is an
 * empty cell). A 小计 or 合计 row carries its label in its first text cells and the sums the ledger computed in
 * its summed columns; the Excel renderer writes those columns as formulas over the rows they add up.
 */
public record Row(Kind kind, List<Object> cells) {

    /** What a row is. */
    public enum Kind {
        /** A row of data. */
        DATA,
        /** 小计: adds up the data rows since the previous 小计 (or the start of the table). */
        SUBTOTAL,
        /** 合计: adds up every data row of the table above it. */
        TOTAL
    }

    public Row {
        cells = Collections.unmodifiableList(new ArrayList<>(cells)); // nulls allowed: empty cells
    }

    public static Row data(Object... cells) {
        return new Row(Kind.DATA, java.util.Arrays.asList(cells));
    }

    public static Row data(List<Object> cells) {
        return new Row(Kind.DATA, cells);
    }

    public static Row total(List<Object> cells) {
        return new Row(Kind.TOTAL, cells);
    }

    /**
     * A 合计 row of {@code width} cells, empty but for the given ones (column index → value): the label and the
     * sums of a form whose columns are mostly text.
     */
    public static Row totalAt(int width, java.util.Map<Integer, ?> cells) {
        List<Object> row = new ArrayList<>(Collections.nCopies(width, null));
        cells.forEach((column, value) -> row.set(column, value));
        return total(row);
    }

    public static Row subtotal(List<Object> cells) {
        return new Row(Kind.SUBTOTAL, cells);
    }

    public Object cell(int i) {
        return cells.get(i);
    }
}
