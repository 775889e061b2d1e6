package cn.bangfu.ledger.logic.rosters.read;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A ".xls" that is really an HTML page (many web systems export so): each top-level {@code <table>} is a
 * sheet. Spanned cells are laid out as Excel lays out merged cells: the text in the top-left cell, the cells
 * a rowspan or colspan covers empty. Cell text is what the page shows (HTML whitespace collapsed, as Excel
 * shows it when it opens the file). The file is parsed whole at open, so it is limited to 64 MB.
 */
final class HtmlSource extends FileSource {

    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;
    /** Excel's widest sheet (XFD); cells a hostile page spans beyond it are dropped. */
    private static final int MAX_COLUMNS = 16384;

    private final List<List<String[]>> tables;

    private HtmlSource(Path file, List<String> names, List<List<String[]>> tables) {
        super(file, RosterFormat.HTML);
        this.tables = tables;
        sheetNames(names);
    }

    static HtmlSource open(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw Refusals.refuse(file, Refusals.HTML_TOO_BIG);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Refusals.io(file, e);
        }
        Document document;
        try {
            document = Jsoup.parse(decode(bytes));
        } catch (RuntimeException e) {
            throw Refusals.fromLibrary(file, e);
        }
        List<Element> topTables = document.select("table").stream()
                .filter(t -> t.parents().stream().noneMatch(p -> p.nameIs("table")))
                .toList();
        if (topTables.isEmpty()) {
            throw Refusals.refuse(file, Refusals.HTML_WITHOUT_TABLE);
        }
        List<List<String[]>> tables = new ArrayList<>();
        for (Element table : topTables) {
            tables.add(grid(table));
        }
        return new HtmlSource(file, names(topTables), tables);
    }

    /**
     * The page's text: a BOM decides; else the meta charset if the bytes are valid in it; else strict UTF-8,
     * then strict GB18030; else the declared charset (or GB18030) with replacement characters.
     */
    static String decode(byte[] bytes) {
        Charset bom = TextDecoding.bomCharset(bytes);
        if (bom != null) {
            return TextDecoding.stripBom(new String(bytes, bom));
        }
        Charset declared = TextDecoding.metaCharset(bytes);
        if (declared != null) {
            String text = TextDecoding.decodeOrNull(bytes, declared);
            if (text != null) {
                return text;
            }
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, TextDecoding.GB18030)) {
            String text = TextDecoding.decodeOrNull(bytes, charset);
            if (text != null) {
                return text;
            }
        }
        return new String(bytes, declared != null ? declared : TextDecoding.GB18030);
    }

    /** A table's caption when it has one (and no other table has the same), else "" alone or 表1, 表2, …. */
    private static List<String> names(List<Element> tables) {
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < tables.size(); i++) {
            Element caption = tables.get(i).selectFirst("> caption");
            String name = caption == null ? "" : caption.text().strip();
            if (name.isEmpty() || !used.add(name)) {
                name = tables.size() == 1 ? "" : "表" + (i + 1);
                int n = i + 1;
                while (!name.isEmpty() && !used.add(name)) {
                    name = "表" + (++n);
                }
            }
            names.add(name);
        }
        return names;
    }

    /** The rows of one table, spans laid out. */
    static List<String[]> grid(Element table) {
        List<String[]> rows = new ArrayList<>();
        int[] coveredBelow = new int[16];
        for (Element tr : rowsOf(table)) {
            boolean[] coveredNow = new boolean[coveredBelow.length];
            for (int k = 0; k < coveredBelow.length; k++) {
                if (coveredBelow[k] > 0) {
                    coveredNow[k] = true;
                    coveredBelow[k]--;
                }
            }
            List<String> cells = new ArrayList<>();
            int column = 0;
            for (Element cell : tr.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) {
                    continue;
                }
                while (column < coveredNow.length && coveredNow[column]) {
                    set(cells, column++, "");
                }
                if (column >= MAX_COLUMNS) {
                    break;
                }
                int colspan = Math.min(span(cell.attr("colspan"), MAX_COLSPAN), MAX_COLUMNS - column);
                int rowspan = span(cell.attr("rowspan"), MAX_ROWSPAN);
                set(cells, column, cell.text());
                for (int k = column + 1; k < column + colspan; k++) {
                    set(cells, k, "");
                }
                if (rowspan > 1) {
                    if (column + colspan > coveredBelow.length) {
                        coveredBelow = Arrays.copyOf(coveredBelow, Math.max(column + colspan, coveredBelow.length * 2));
                    }
                    for (int k = column; k < column + colspan; k++) {
                        coveredBelow[k] = Math.max(coveredBelow[k], rowspan - 1);
                    }
                }
                column += colspan;
            }
            int end = cells.size();
            while (end > 0 && cells.get(end - 1).isEmpty()) {
                end--;
            }
            rows.add(cells.subList(0, end).toArray(String[]::new));
        }
        return rows;
    }

    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.nameIs("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    private static int span(String attribute, int max) {
        try {
            int value = Integer.parseInt(attribute.strip());
            return value < 1 ? 1 : Math.min(value, max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static void set(List<String> cells, int column, String text) {
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, text);
    }

    @Override
    protected void readSheet(int index, String name, RowSink sink) {
        List<String[]> rows = tables.get(index);
        for (int i = 0; i < rows.size(); i++) {
            String[] cells = rows.get(i);
            if (!sink.row(new SheetRow(name, i + 1, cells.clone(), null))) {
                return;
            }
        }
    }

    @Override
    protected void release() {
        // parsed whole at open; nothing is held open
    }
}
