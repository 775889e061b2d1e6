package cn.bangfu.ledger.logic.reports.pdf;

import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Header;
import java.util.ArrayList;
import java.util.List;

/**
 * A report table's header tree laid out as merged cells, row by row: a group spans its columns on its own row, a
 * column spans down to the last header row. The cells of each row are listed left to right, which is the order a
 * table fills the free positions of a row once the row spans from above are taken.
 */
final class HeaderGrid {

    /** One merged header cell. */
    record Cell(String title, int row, int column, int rowSpan, int colSpan, boolean leaf) {
    }

    private HeaderGrid() {
    }

    /** The cells for {@code headers}, row 0 first; {@code depth} is the number of header rows. */
    static List<List<Cell>> layout(List<Header> headers, int depth) {
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        int column = 0;
        for (Header h : headers) {
            column = place(h, 0, column, depth, rows);
        }
        return rows;
    }

    private static int place(Header h, int row, int column, int depth, List<List<Cell>> rows) {
        return switch (h) {
            case Column c -> {
                rows.get(row).add(new Cell(c.title(), row, column, depth - row, 1, true));
                yield column + 1;
            }
            case Header.Group g -> {
                rows.get(row).add(new Cell(g.title(), row, column, 1, g.width(), false));
                int next = column;
                for (Header child : g.children()) {
                    next = place(child, row + 1, next, depth, rows);
                }
                yield next;
            }
        };
    }
}
