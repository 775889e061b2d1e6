package cn.bangfu.ledger.logic.reports.pdf;

import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.logic.reports.Signature;
import cn.bangfu.ledger.logic.reports.pdf.Box.Align;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays report documents out on A4 pages as boxes (cells, lines of text) and hands each page's boxes to a
 * {@link Sink}: the grid every form is, set the way Chinese forms are set.
 *
 * <ul>
 *   <li>Every document starts on a new page, landscape where its model says so: title, period and unit line, then
 *       each table (with its name as a caption when there are several), the notes, and the signature block, kept
 *       together, so it is on the document's last page.</li>
 *   <li>A table's columns share the width by their {@link Column#chars()}; a table too wide for the page is set
 *       smaller (down to {@value #MIN_FONT_SIZE} pt). Header cells are merged as the header tree says
 *       ({@link HeaderGrid}), shaded, bold, and repeated at the top of every page the table runs onto.</li>
 *   <li>Text wraps inside its cell ({@link TextLines}); a number, code, ID or date is set smaller rather than
 *       broken. 小计 and 合计 rows are bold and shaded. A row that does not fit goes to the next page whole; one
 *       taller than a page is split line by line.</li>
 *   <li>A caption, the table's header and its first row are kept together.</li>
 * </ul>
 *
 * <p>The flow only measures (glyph widths, line breaks) and places, so it is cheap enough to run twice: once to
 * count the pages and once to draw them, each footer knowing the total.
 */
final class PageFlow {

    /** Receives the laid-out pages, one at a time. */
    interface Sink {
        void page(PageSize size, List<Box> boxes);
    }

    static final float BODY_FONT_SIZE = 9.5f;
    static final float MIN_FONT_SIZE = 6f;
    /** The smallest size a single number or code is shrunk to so that it stays on one line. */
    static final float MIN_FIT_SIZE = 4f;

    static final float MARGIN_SIDE = 36f; // 12.7 mm
    static final float MARGIN_TOP = 36f;
    static final float MARGIN_BOTTOM = 44f; // room for the footer
    static final float CELL_PAD_X = 2f;
    static final float CELL_PAD_Y = 1.5f;
    /** Baseline to baseline, in multiples of the font size, inside cells and for paragraphs. */
    static final float CELL_LEADING = 1.2f;
    static final float TEXT_LEADING = 1.3f;
    /** The width of one of {@link Column#chars()}'s characters (Excel's, about a digit) in ems of this font. */
    private static final float EM_PER_CHAR = 0.56f;
    /** How much wider simulated bold makes a run of text. */
    private static final float BOLD_WIDENS = 1.03f;

    private static final float SIGNATURE_SIZE = 10;
    /** The space above and below a signature line, and between its fields. */
    private static final float SIGNATURE_GAP = 4;

    static final Color HEADER_SHADE = new DeviceRgb(0xE8, 0xE8, 0xE8);
    static final Color SUBTOTAL_SHADE = new DeviceRgb(0xF2, 0xF2, 0xF2);
    static final Color TOTAL_SHADE = new DeviceRgb(0xE0, 0xE0, 0xE0);

    private final TextLines text;
    private final Sink sink;
    private final Runnable afterRow;

    private PageSize size;
    private List<Box> boxes;
    /** The y of the free space's upper edge on the current page. */
    private float top;
    /** Whether anything but a repeated table header is on the current page. */
    private boolean placed;
    private int pages;

    /** @param afterRow called after each data, 小计 or 合计 row is placed (progress and cancelling) */
    PageFlow(TextLines text, Sink sink, Runnable afterRow) {
        this.text = text;
        this.sink = sink;
        this.afterRow = afterRow;
    }

    /** The pages laid out so far (the current one included). */
    int pages() {
        return pages;
    }

    /** Lays one document out, from a new page. */
    void document(ReportModel model) {
        newPage(model.landscape() ? PageSize.A4.rotate() : PageSize.A4);
        float width = size.getWidth() - 2 * MARGIN_SIDE;
        paragraph(model.title(), 16, Align.CENTER, true, 0, 2, width);
        if (model.period() != null && !model.period().isBlank()) {
            paragraph(model.period(), 10, Align.CENTER, false, 0, 0, width);
        }
        if (model.unitLine() != null && !model.unitLine().isBlank()) {
            paragraph(model.unitLine(), 9, Align.RIGHT, false, 4, 1, width);
        }
        boolean captions = model.tables().size() > 1;
        int last = model.tables().size() - 1;
        for (int t = 0; t <= last; t++) {
            ReportTable table = model.tables().get(t);
            table(table, captions ? table.name() : null, t == 0 ? 0 : 10, width,
                    t == last ? tail(model, width) : 0);
        }
        for (int n = 0; n < model.notes().size(); n++) {
            paragraph(model.notes().get(n), 9, Align.LEFT, false, n == 0 ? 6 : 0, 0, width);
        }
        signature(model.signature(), width);
    }

    /**
     * The height of what follows the last table: the notes and the signature. The table's last row goes with them
     * to a new page when they do not fit after it, so that the signature never stands on a page alone.
     */
    private float tail(ReportModel model, float width) {
        float h = 0;
        for (int n = 0; n < model.notes().size(); n++) {
            h += (n == 0 ? 6 : 0) + text.lines(text.printable(model.notes().get(n)), 9, width).size() * 9 * TEXT_LEADING;
        }
        return h + 14 + signatureHeight(model.signature(), width);
    }

    /** Hands the last page to the sink. */
    void finish() {
        if (boxes != null) {
            sink.page(size, boxes);
            boxes = null;
        }
    }

    // -- pages --------------------------------------------------------------------------------------------------

    private void newPage(PageSize pageSize) {
        finish();
        size = pageSize;
        boxes = new ArrayList<>();
        top = size.getHeight() - MARGIN_TOP;
        placed = false;
        pages++;
    }

    private float bottom() {
        return MARGIN_BOTTOM;
    }

    private float bodyHeight() {
        return size.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    private boolean fits(float height) {
        return top - height >= bottom() - 0.01f;
    }

    // -- paragraphs ---------------------------------------------------------------------------------------------

    /** A paragraph across the width: lines kept together when they fit a page, else moved on line by line. */
    private void paragraph(String content, float fontSize, Align align, boolean bold, float marginTop,
            float marginBottom, float width) {
        List<String> lines = text.lines(text.printable(content), fontSize, width / (bold ? BOLD_WIDENS : 1));
        float leading = fontSize * TEXT_LEADING;
        float gap = placed ? marginTop : 0;
        if (!fits(gap + lines.size() * leading) && placed) {
            newPage(size);
            gap = 0;
        }
        top -= gap;
        for (String line : lines) {
            if (!fits(leading)) {
                newPage(size);
            }
            boxes.add(new Box(MARGIN_SIDE, top, width, leading, List.of(line), fontSize, align, true, bold, null,
                    false));
            top -= leading;
            placed = true;
        }
        top -= marginBottom;
    }

    // -- tables -------------------------------------------------------------------------------------------------

    /** A table's geometry: where each column is, the font size, and its header as boxes from its top edge. */
    private record Grid(List<Column> columns, float[] x, float[] w, float size, List<Box> header,
            float headerHeight) {
    }

    /** @param tail the height of what must follow the table's last row on its page (0: nothing) */
    private void table(ReportTable model, String caption, float captionGap, float width, float tail) {
        Grid grid = grid(model, width);
        List<Row> rows = model.rows();
        // the caption, the header and the first row go on one page
        float captionHeight = 0;
        List<String> captionLines = List.of();
        if (caption != null) {
            captionLines = text.lines(text.printable(caption), 11, width / BOLD_WIDENS);
            captionHeight = (placed ? captionGap : 0) + captionLines.size() * 11 * TEXT_LEADING + 2;
        }
        List<Box> first = rows.isEmpty() ? List.of() : rowBoxes(grid, rows.getFirst());
        float need = captionHeight + grid.headerHeight() + height(first);
        // (a first row taller than a page starts here all the same: it is split from here on)
        if (!fits(need) && placed && need <= bodyHeight()) {
            newPage(size);
        }
        if (caption != null) {
            top -= placed ? captionGap : 0;
            for (String line : captionLines) {
                boxes.add(new Box(MARGIN_SIDE, top, width, 11 * TEXT_LEADING, List.of(line), 11, Align.LEFT, true,
                        true, null, false));
                top -= 11 * TEXT_LEADING;
            }
            top -= 2;
        }
        header(grid);
        placed = true;
        int n = 0;
        for (Row row : rows) {
            List<Box> cells = n == 0 ? first : rowBoxes(grid, row);
            n++;
            if (n == rows.size() && n > 1 && tail > 0) {
                float h = height(cells);
                boolean fresh = h + tail <= bodyHeight() - grid.headerHeight();
                if (fits(h) && !fits(h + tail) && fresh) {
                    newPage(size);
                    header(grid);
                }
            }
            place(grid, cells);
            afterRow.run();
        }
    }

    private void header(Grid grid) {
        for (Box b : grid.header()) {
            boxes.add(b.at(top - b.top()));
        }
        top -= grid.headerHeight();
    }

    private static float height(List<Box> row) {
        float h = 0;
        for (Box b : row) {
            h = Math.max(h, b.height());
        }
        return h;
    }

    /** Places a row's cells at the top of the free space, on a new page (header repeated) when it does not fit. */
    private void place(Grid grid, List<Box> cells) {
        float h = height(cells);
        if (!fits(h)) {
            if (h > bodyHeight() - grid.headerHeight()) {
                split(grid, cells);
                return;
            }
            newPage(size);
            header(grid);
        }
        for (Box c : cells) {
            boxes.add(new Box(c.x(), top, c.width(), h, c.lines(), c.size(), c.align(), c.middle(), c.bold(),
                    c.shade(), true));
        }
        top -= h;
        placed = true;
    }

    /** A row taller than a page: as many of each cell's lines as fit here, the rest on the following pages. */
    private void split(Grid grid, List<Box> cells) {
        int[] from = new int[cells.size()];
        while (true) {
            float room = top - bottom();
            float rest = 0;
            for (int i = 0; i < cells.size(); i++) {
                Box c = cells.get(i);
                rest = Math.max(rest, (c.lines().size() - from[i]) * c.size() * CELL_LEADING + 2 * CELL_PAD_Y);
            }
            int[] take = new int[cells.size()];
            boolean all = true;
            boolean any = false;
            for (int i = 0; i < cells.size(); i++) {
                Box c = cells.get(i);
                int left = c.lines().size() - from[i];
                int fit = (int) Math.floor((room - 2 * CELL_PAD_Y) / (c.size() * CELL_LEADING));
                take[i] = Math.max(0, Math.min(left, fit));
                all &= take[i] == left;
                any |= take[i] > 0;
            }
            if (!any) {
                newPage(size);
                header(grid);
                continue;
            }
            float h = all ? rest : room;
            for (int i = 0; i < cells.size(); i++) {
                Box c = cells.get(i);
                boxes.add(new Box(c.x(), top, c.width(), h, c.lines().subList(from[i], from[i] + take[i]), c.size(),
                        c.align(), all && from[i] == 0, c.bold(), c.shade(), true));
                from[i] += take[i];
            }
            top -= h;
            placed = true;
            if (all) {
                return;
            }
            newPage(size);
            header(grid);
        }
    }

    private Grid grid(ReportTable model, float width) {
        List<Column> columns = model.columns();
        float fontSize = fontSizeFor(columns, width);
        float[] shares = shares(columns);
        float all = 0;
        for (float share : shares) {
            all += share;
        }
        float[] x = new float[columns.size() + 1];
        float[] w = new float[columns.size()];
        x[0] = MARGIN_SIDE;
        for (int i = 0; i < w.length; i++) {
            w[i] = width * shares[i] / all;
            x[i + 1] = x[i] + w[i];
        }
        // header rows: each as high as its single-row cells need, a cell spanning rows growing its last row
        List<List<HeaderGrid.Cell>> layout = HeaderGrid.layout(model.headers(), model.headerDepth());
        int depth = layout.size();
        float leading = fontSize * CELL_LEADING;
        float[] rowHeight = new float[depth];
        java.util.Arrays.fill(rowHeight, leading + 2 * CELL_PAD_Y);
        List<HeaderGrid.Cell> cells = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        layout.forEach(cells::addAll);
        cells.sort(java.util.Comparator.comparingInt(HeaderGrid.Cell::rowSpan));
        for (HeaderGrid.Cell c : cells) {
            float cw = x[c.column() + c.colSpan()] - x[c.column()];
            List<String> l = text.lines(text.printable(c.title()), fontSize, (cw - 2 * CELL_PAD_X) / BOLD_WIDENS);
            lines.add(l);
            float need = l.size() * leading + 2 * CELL_PAD_Y;
            float have = 0;
            for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                have += rowHeight[r];
            }
            if (need > have) {
                rowHeight[c.row() + c.rowSpan() - 1] += need - have;
            }
        }
        float[] rowTop = new float[depth + 1];
        for (int r = 0; r < depth; r++) {
            rowTop[r + 1] = rowTop[r] + rowHeight[r];
        }
        List<Box> header = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            HeaderGrid.Cell c = cells.get(i);
            float cx = x[c.column()];
            header.add(new Box(cx, rowTop[c.row()], x[c.column() + c.colSpan()] - cx,
                    rowTop[c.row() + c.rowSpan()] - rowTop[c.row()], lines.get(i), fontSize, Align.CENTER, true, true,
                    HEADER_SHADE, true));
        }
        return new Grid(columns, x, w, fontSize, header, rowTop[depth]);
    }

    /** A row's cells, each as high as its own text (placing sets them all to the row's height). */
    private List<Box> rowBoxes(Grid grid, Row row) {
        boolean sum = row.kind() != Row.Kind.DATA;
        Color shade = switch (row.kind()) {
            case DATA -> null;
            case SUBTOTAL -> SUBTOTAL_SHADE;
            case TOTAL -> TOTAL_SHADE;
        };
        List<Column> columns = grid.columns();
        List<Box> cells = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            CellKind kind = columns.get(c).kind();
            String content = text.printable(text(kind, row.cell(c)));
            float room = grid.w()[c] - 2 * CELL_PAD_X;
            float fontSize = grid.size();
            List<String> lines;
            if (unbreakable(kind) && !content.isEmpty() && content.indexOf('\n') < 0) {
                fontSize = fittingSize(text, content, fontSize, room);
                lines = text.width(content, fontSize) * BOLD_WIDENS <= room ? List.of(content)
                        : text.lines(content, fontSize, room);
            } else {
                lines = text.lines(content, fontSize, sum ? room / BOLD_WIDENS : room);
            }
            cells.add(new Box(grid.x()[c], 0, grid.w()[c], lines.size() * fontSize * CELL_LEADING + 2 * CELL_PAD_Y,
                    lines, fontSize, alignment(kind), true, sum, shade, true));
        }
        return cells;
    }

    // -- the signature ------------------------------------------------------------------------------------------

    /** 填报单位（盖章）, 填报人, 审核人, 负责人, 填报日期: kept together, blank names left as lines to sign on. */
    private void signature(Signature s, float width) {
        Signing block = signing(s, width);
        float gap = placed ? 14 : 0;
        if (!fits(gap + block.height()) && placed) {
            newPage(size);
            gap = 0;
        }
        top -= gap;
        float third = width / 3;
        boxes.add(new Box(MARGIN_SIDE, top, 2 * third, block.first(), block.unit(), SIGNATURE_SIZE, Align.LEFT, true,
                false, null, false));
        boxes.add(new Box(MARGIN_SIDE + 2 * third, top, third, block.first(), block.date(), SIGNATURE_SIZE,
                Align.LEFT, true, false, null, false));
        top -= block.first();
        for (int i = 0; i < 3; i++) {
            boxes.add(new Box(MARGIN_SIDE + i * third, top, third, block.height() - block.first(),
                    block.names().get(i), SIGNATURE_SIZE, Align.LEFT, true, false, null, false));
        }
        top -= block.height() - block.first();
        placed = true;
    }

    private float signatureHeight(Signature s, float width) {
        return signing(s, width).height();
    }

    /** The signature block's lines: the unit and the date on the first row, the three names on the second. */
    private record Signing(List<String> unit, List<String> date, List<List<String>> names, float first,
            float height) {
    }

    private Signing signing(Signature s, float width) {
        float third = width / 3;
        List<String> unit = text.lines(text.printable("填报单位（盖章）：" + filled(s.unit(), 16)), SIGNATURE_SIZE,
                2 * third - SIGNATURE_GAP);
        List<String> date = text.lines(text.printable("填报日期："
                + (s.date() == null ? "______年____月____日" : s.date().toString())), SIGNATURE_SIZE,
                third - SIGNATURE_GAP);
        List<List<String>> names = new ArrayList<>();
        for (String n : new String[] {"填报人：" + filled(s.preparer(), 10), "审核人：" + filled(s.reviewer(), 10),
            "负责人：" + filled(s.head(), 10)}) {
            names.add(text.lines(text.printable(n), SIGNATURE_SIZE, third - SIGNATURE_GAP));
        }
        float leading = SIGNATURE_SIZE * TEXT_LEADING;
        float first = Math.max(unit.size(), date.size()) * leading + 2 * SIGNATURE_GAP;
        float second = names.stream().mapToInt(List::size).max().orElse(1) * leading + 2 * SIGNATURE_GAP;
        return new Signing(unit, date, names, first, first + second);
    }

    private static String filled(String name, int line) {
        return name == null || name.isBlank() ? "_".repeat(line) : name;
    }

    // -- sizes and texts ----------------------------------------------------------------------------------------

    /** The font size at which the table's columns fit the width, between the minimum and the body size. */
    static float fontSizeFor(List<Column> columns, float width) {
        int chars = columns.stream().mapToInt(Column::chars).sum();
        float forText = width - columns.size() * (2 * CELL_PAD_X + 0.5f);
        float fontSize = forText / (chars * EM_PER_CHAR);
        return Math.max(MIN_FONT_SIZE, Math.min(BODY_FONT_SIZE, fontSize));
    }

    /** Each column's share of the table's width: its width in characters. */
    static float[] shares(List<Column> columns) {
        float[] shares = new float[columns.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = columns.get(i).chars();
        }
        return shares;
    }

    /**
     * The size at which {@code content} fits in {@code room} points: {@code size} when it fits, else smaller (a
     * number set a little smaller reads right, one broken into 30,57 and 5 reads wrong), but not below
     * {@value #MIN_FIT_SIZE} pt, where it wraps after all.
     */
    static float fittingSize(TextLines text, String content, float size, float room) {
        float needed = text.width(content, size) * BOLD_WIDENS; // a little for the simulated bold of sum rows
        if (needed <= room) {
            return size;
        }
        return Math.max(MIN_FIT_SIZE, (float) Math.floor(size * room / needed * 10) / 10);
    }

    /** Values that read wrong when broken over two lines: a number, a code, an ID, a date. */
    private static boolean unbreakable(CellKind kind) {
        return switch (kind) {
            case TEXT, HEALTH, FLAG, MARK -> false;
            default -> true;
        };
    }

    /** The printed text of a cell; a label (合计) written into a numeric column of a sum row is kept as it is. */
    static String text(CellKind kind, Object value) {
        if (value instanceof String s && kind.numeric()) {
            return s;
        }
        return kind.text(value);
    }

    private static Align alignment(CellKind kind) {
        if (kind.numeric()) {
            return Align.RIGHT;
        }
        return switch (kind) {
            case FLAG, MARK, MONTH, DATE -> Align.CENTER;
            default -> Align.LEFT;
        };
    }
}
