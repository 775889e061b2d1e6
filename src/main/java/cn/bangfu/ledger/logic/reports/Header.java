package cn.bangfu.ledger.logic.reports;

import java.util.List;

/**
 * One node of a report table's header: a {@link Column} (a leaf, one column of data) or a {@link Group} of
 * nodes under one merged caption. Groups nest to any depth; a leaf above the deepest level spans down to the
 * last header row.
 */
public sealed interface Header permits Header.Group, Column {

    /** The caption, as printed. */
    String title();

    /** The number of header rows this node needs (1 for a column). */
    int depth();

    /** The number of data columns under this node (1 for a column). */
    int width();

    /** The number of data columns of a table with these headers. */
    static int width(List<Header> headers) {
        return headers.stream().mapToInt(Header::width).sum();
    }

    /** A caption merged over its children. */
    record Group(String title, List<Header> children) implements Header {

        public Group {
            children = List.copyOf(children);
            if (children.isEmpty()) {
                throw new IllegalArgumentException("a header group needs a column: " + title);
            }
        }

        public static Group of(String title, Header... children) {
            return new Group(title, List.of(children));
        }

        @Override
        public int depth() {
            return 1 + children.stream().mapToInt(Header::depth).max().orElse(0);
        }

        @Override
        public int width() {
            return children.stream().mapToInt(Header::width).sum();
        }
    }
}
