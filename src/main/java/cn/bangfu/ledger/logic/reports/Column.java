package cn.bangfu.ledger.logic.reports;

/**
 * One column of data in a report table.
 *
 * @param key    a stable name for the column (tests, templates' checks), e.g. {@code households_end}
 * @param title  the caption of its header cell
 * @param kind   what its cells hold
 * @param chars  the column's width in characters (Excel's column width; the PDF's relative width); not
 *               {@link #width()}, which is {@link Header}'s count of data columns (1)
 * @param summed whether 小计/合计 rows add this column up (a formula in Excel)
 */
public record Column(String key, String title, CellKind kind, int chars, boolean summed) implements Header {

    public Column {
        if (summed && !kind.numeric()) {
            throw new IllegalArgumentException("only a numeric column can be summed: " + key);
        }
        if (chars <= 0) {
            throw new IllegalArgumentException("a column needs a width: " + key);
        }
    }

    /** A text column. */
    public static Column text(String key, String title, int chars) {
        return new Column(key, title, CellKind.TEXT, chars, false);
    }

    /** A column of the given kind, not summed. */
    public static Column of(String key, String title, CellKind kind, int chars) {
        return new Column(key, title, kind, chars, false);
    }

    /** A numeric column added up by 小计/合计 rows. */
    public static Column summed(String key, String title, CellKind kind, int chars) {
        return new Column(key, title, kind, chars, true);
    }

    @Override
    public int depth() {
        return 1;
    }

    /** The number of data columns under this node, 1: {@link Header}'s meaning (the width in characters is {@link #chars()}). */
    @Override
    public int width() {
        return 1;
    }

    /** This column with another kind (the masking step turns an ID column into text it has masked). */
    public Column withKind(CellKind other) {
        return new Column(key, title, other, chars, summed && other.numeric());
    }
}
