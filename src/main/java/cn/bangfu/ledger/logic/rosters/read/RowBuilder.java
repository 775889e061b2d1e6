package cn.bangfu.ledger.logic.rosters.read;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Collects one row's cells by column index, in any order, and builds the {@link SheetRow}: gaps become "",
 * trailing empty cells are dropped, the numeric bits are kept only for columns that remain.
 */
final class RowBuilder {

    private static final String[] NONE = new String[0];

    private String[] cells = new String[32];
    private int width;
    private BitSet numeric;

    void text(int column, String text) {
        put(column, text == null ? "" : text);
    }

    void number(int column, String text) {
        put(column, text);
        if (numeric == null) {
            numeric = new BitSet();
        }
        numeric.set(column);
    }

    SheetRow build(String sheet, int rowNumber) {
        int end = width;
        while (end > 0 && (cells[end - 1] == null || cells[end - 1].isEmpty())) {
            end--;
        }
        String[] out = end == 0 ? NONE : Arrays.copyOf(cells, end);
        for (int i = 0; i < end; i++) {
            if (out[i] == null) {
                out[i] = "";
            }
        }
        BitSet bits = null;
        if (numeric != null) {
            numeric.clear(end, Math.max(end, numeric.length()));
            bits = numeric.isEmpty() ? null : (BitSet) numeric.clone();
        }
        Arrays.fill(cells, 0, width, null);
        width = 0;
        numeric = null;
        return new SheetRow(sheet, rowNumber, out, bits);
    }

    private void put(int column, String text) {
        if (column < 0) {
            return;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = text;
        width = Math.max(width, column + 1);
        if (numeric != null) {
            numeric.clear(column);
        }
    }
}
