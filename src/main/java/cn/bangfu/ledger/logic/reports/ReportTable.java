package cn.bangfu.ledger.logic.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a report: its caption (the sheet's name in Excel, a caption above it in the PDF), its header
 * tree and its rows. A form with breakdowns (by risk, by measure family) has several tables.
 *
 * @param name    the table's caption, short enough for an Excel sheet name (31 characters, no {@code []:*?/\})
 * @param headers the header nodes from left to right
 * @param rows    the rows, each with one cell per column (a {@link LazyRows} is kept as it is, not copied)
 */
public record ReportTable(String name, List<Header> headers, List<Row> rows) {

    public ReportTable {
        headers = List.copyOf(headers);
        boolean lazy = rows instanceof LazyRows;
        rows = lazy ? rows : List.copyOf(rows);
        if (name.isBlank() || name.length() > 31 || name.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("not a usable sheet name: " + name);
        }
        int n = columns(headers).size();
        for (int i = 0; !lazy && i < rows.size(); i++) { // lazy rows are checked by the test of their form
            if (rows.get(i).cells().size() != n) {
                throw new IllegalArgumentException(name + ": row " + i + " has " + rows.get(i).cells().size()
                        + " cells for " + n + " columns");
            }
        }
    }

    /** The data columns, left to right (the leaves of the header tree). */
    public List<Column> columns() {
        return columns(headers);
    }

    /** The number of header rows. */
    public int headerDepth() {
        return headers.stream().mapToInt(Header::depth).max().orElse(1);
    }

    private static List<Column> columns(List<Header> headers) {
        List<Column> out = new ArrayList<>();
        for (Header h : headers) {
            collect(h, out);
        }
        return out;
    }

    private static void collect(Header h, List<Column> out) {
        switch (h) {
            case Column c -> out.add(c);
            case Header.Group g -> g.children().forEach(child -> collect(child, out));
        }
    }
}
