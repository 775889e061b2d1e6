package cn.bangfu.ledger.logic.reports;

import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * Rows made when they are read, for the large forms (a 100,000-person roster): the table holds the compact facts,
 * and each {@link Row} exists only while a renderer writes it. Reading a row twice builds it twice, so the function
 * must be pure. {@link ReportTable} keeps such a list as it is instead of copying it.
 */
public final class LazyRows extends AbstractList<Row> implements RandomAccess {

    private final int size;
    private final IntFunction<Row> row;

    public LazyRows(int size, IntFunction<Row> row) {
        this.size = size;
        this.row = row;
    }

    @Override
    public Row get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return row.apply(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** These rows through another step (the masking), still made when read. */
    public LazyRows map(java.util.function.UnaryOperator<Row> step) {
        return new LazyRows(size, i -> step.apply(row.apply(i)));
    }
}
