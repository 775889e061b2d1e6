package cn.bangfu.ledger.gui.common;

import java.util.List;

/**
 * A list of the window as the clerk sees it — its visible columns in order, its rows filtered and sorted as shown,
 * each cell as displayed — ready to be written to .xlsx by {@link ListExporter}. Built on the view side from the
 * table ({@link Widgets#listExport}); holds no JavaFX objects.
 *
 * @param title   the list's name (the sheet's title and the proposed file name), e.g. 农户台账
 * @param headers the column captions
 * @param right   which columns are right-aligned numbers on screen (written as numbers when they all parse)
 * @param rows    the cells, row by row
 */
public record ListExport(String title, List<String> headers, List<Boolean> right, List<List<String>> rows) {

    public ListExport {
        headers = List.copyOf(headers);
        right = List.copyOf(right);
        rows = List.copyOf(rows);
    }
}
