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
 * @param printed the keys of the columns the PDF prints, for a table too wide for a page (the 77 columns of a
 *                roster are data for Excel; the printed roster is the columns a reader checks); null: all
 */
public record ReportTable(String name, List<Header> headers, List<Row> rows, List<String> printed) {

    public ReportTable(String name, List<Header> headers, List<Row> rows) {
        this(name, headers, rows, null);
    }

    public ReportTable {
        printed = printed == null ? null : List.copyOf(printed);
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

    /** This table with only the {@link #printed} columns (itself when all are printed): what the PDF draws. */
    public ReportTable forPrint() {
        if (printed == null) {
            return this;
        }
        return keep(c -> printed.contains(c.key()));
    }

    /**
     * This table with only the columns {@code keep} accepts, groups left without a column dropped; rows projected
     * (lazily for {@link LazyRows}). The 公示 masking and the printed subset both use it.
     */
    ReportTable keep(java.util.function.Predicate<Column> keep) {
        List<Column> all = columns();
        boolean[] kept = new boolean[all.size()];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = keep.test(all.get(i));
        }
        List<Header> left = new ArrayList<>();
        for (Header h : headers) {
            Header k = prune(h, keep);
            if (k != null) {
                left.add(k);
            }
        }
        if (left.isEmpty()) {
            throw new IllegalStateException(name + ": no column is left");
        }
        java.util.function.UnaryOperator<Row> project = r -> {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < kept.length; i++) {
                if (kept[i]) {
                    cells.add(r.cell(i));
                }
            }
            return new Row(r.kind(), cells);
        };
        List<Row> projected = rows instanceof LazyRows lazy ? lazy.map(project) : rows.stream().map(project).toList();
        List<String> stillPrinted = printed == null ? null : printed.stream()
                .filter(k -> left.stream().anyMatch(h -> columns(List.of(h)).stream().anyMatch(c -> c.key().equals(k))))
                .toList();
        return new ReportTable(name, left, projected, stillPrinted);
    }

    private static Header prune(Header h, java.util.function.Predicate<Column> keep) {
        return switch (h) {
            case Column c -> keep.test(c) ? c : null;
            case Header.Group g -> {
                List<Header> children = new ArrayList<>();
                for (Header child : g.children()) {
                    Header k = prune(child, keep);
                    if (k != null) {
                        children.add(k);
                    }
                }
                yield children.isEmpty() ? null : new Header.Group(g.title(), children);
            }
        };
    }
}
