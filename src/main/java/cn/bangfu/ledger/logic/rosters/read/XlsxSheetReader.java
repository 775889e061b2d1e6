package cn.bangfu.ledger.logic.rosters.read;

import cn.bangfu.ledger.logic.rosters.read.XlsxPackage.Damaged;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls one sheet's rows out of its XML, one {@link SheetRow} at a time, holding nothing but the row being
 * read (a sheet of a million rows streams in a few MB). The rules of {@link SheetRow}:
 *
 * <ul>
 *   <li>a row's number is its {@code r}; a row without one follows the previous row (the first is 1); a cell's
 *       column is the letters of its {@code r}; a cell without one follows the previous cell of the row (the
 *       first is column A);</li>
 *   <li>{@code t="s"} a shared string (an index the table lacks is damage); {@code t="inlineStr"} the text of
 *       {@code <is>} as written (rich-text runs joined, phonetic runs left out, {@code _xHHHH_} not decoded); {@code t="str"} a formula's cached text;
 *       {@code t="b"} TRUE/FALSE; {@code t="e"} an error, ""; {@code t="d"} an ISO date-time, its date part;
 *       otherwise a number, as a date (yyyy-MM-dd) when its style shows dates, else as plain decimal text marked
 *       numeric ({@link CellText#number});</li>
 *   <li>a formula gives its cached value (by its {@code t}); a cell without a value is "".</li>
 * </ul>
 */
final class XlsxSheetReader implements Closeable {

    private final XlsxPackage pkg;
    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final RowBuilder row = new RowBuilder();
    private final StringBuilder text = new StringBuilder(64);

    private int depth;
    private int sheetDataDepth = -1;
    private boolean sheetDataDone;
    private int rowNumber;

    XlsxSheetReader(XlsxPackage pkg, String sheet, InputStream in) throws XMLStreamException {
        this.pkg = pkg;
        this.sheet = sheet;
        this.in = in;
        this.xml = XlsxPackage.reader(in);
    }

    /** The next row of the sheet, or null after the last one. */
    SheetRow next() throws XMLStreamException {
        while (!sheetDataDone && xml.hasNext()) {
            int event = XlsxPackage.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (sheetDataDepth < 0) {
                    if (depth == 2 && xml.getLocalName().equals("sheetData")) {
                        sheetDataDepth = depth;
                    }
                } else if (depth == sheetDataDepth + 1 && xml.getLocalName().equals("row")) {
                    return readRow();
                } else {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == sheetDataDepth) {
                    sheetDataDone = true; // nothing after sheetData holds cell values
                }
                depth--;
            }
        }
        return null;
    }

    /** Reads the row whose start tag the parser is on, to its end tag. */
    private SheetRow readRow() throws XMLStreamException {
        String r = XlsxPackage.attribute(xml, "r");
        rowNumber = r == null ? rowNumber + 1 : rowNumber(r);
        int column = -1;
        int rowDepth = depth;
        while (true) {
            int event = XlsxPackage.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == rowDepth + 1 && xml.getLocalName().equals("c")) {
                    column = readCell(column);
                } else {
                    skipElement();
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth < rowDepth) {
                    return row.build(sheet, rowNumber);
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new Damaged("the sheet ends inside a row");
            }
        }
    }

    /** Reads the cell whose start tag the parser is on, to its end tag, into the row; returns its column. */
    private int readCell(int previousColumn) throws XMLStreamException {
        String ref = null;
        String type = null;
        int style = 0;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String ns = xml.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty()) {
                continue;
            }
            switch (xml.getAttributeLocalName(i)) {
                case "r" -> ref = xml.getAttributeValue(i);
                case "t" -> type = xml.getAttributeValue(i);
                case "s" -> style = styleIndex(xml.getAttributeValue(i));
                default -> {
                    // cm, vm, ph: nothing for the text
                }
            }
        }
        int column = ref == null ? previousColumn + 1 : column(ref);
        if (column > XlsxPackage.MAX_COLUMN) {
            throw new Damaged("a cell beyond column XFD in row " + rowNumber);
        }
        text.setLength(0);
        boolean hasValue = false;
        boolean capture = false;
        int inlineDepth = -1;
        int phoneticDepth = -1;
        int cellDepth = depth;
        while (true) {
            int event = XlsxPackage.next(xml);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = xml.getLocalName();
                    if (depth == cellDepth + 1) {
                        if (name.equals("v")) {
                            hasValue = true;
                            capture = true;
                        } else if (name.equals("is")) {
                            hasValue = true;
                            inlineDepth = depth;
                        }
                    } else if (inlineDepth > 0 && phoneticDepth < 0) {
                        if (name.equals("rPh")) {
                            phoneticDepth = depth;
                        } else if (name.equals("t")) {
                            capture = true;
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    capture = false;
                    if (depth == phoneticDepth) {
                        phoneticDepth = -1;
                    } else if (depth == inlineDepth) {
                        inlineDepth = -1;
                    }
                    depth--;
                    if (depth < cellDepth) {
                        put(column, type, style, hasValue);
                        return column;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (capture) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new Damaged("the sheet ends inside a cell");
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    /** Puts the cell's value (collected in {@link #text}) into the row by its type. */
    private void put(int column, String type, int style, boolean hasValue) {
        if (!hasValue) {
            row.text(column, "");
            return;
        }
        if (type == null) {
            number(column, style);
            return;
        }
        switch (type) {
            case "n" -> number(column, style);
            case "s" -> row.text(column, sharedString());
            // as written: POI's SXSSF (our own error workbook among others) writes inline strings without
            // escaping "_x0041_"-like text, so decoding here would change such cells (shared strings are decoded)
            case "inlineStr", "str" -> row.text(column, text.toString());
            case "b" -> row.text(column, isTrue() ? "TRUE" : "FALSE");
            case "e" -> row.text(column, "");
            case "d" -> row.text(column, datePart());
            default -> throw new Damaged("unknown cell type t=\"" + type + "\" in row " + rowNumber);
        }
    }

    private void number(int column, int style) {
        String raw = text.toString().strip();
        if (raw.isEmpty()) {
            row.text(column, "");
            return;
        }
        double value;
        try {
            value = Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new Damaged("a numeric cell holding \"" + raw + "\" in row " + rowNumber);
        }
        String date = pkg.isDateStyle(style) ? CellText.isoDate(value, pkg.date1904()) : null;
        if (date != null) {
            row.text(column, date);
        } else {
            row.number(column, CellText.number(value));
        }
    }

    /**
     * The shared string whose index is in {@link #text} (digits, maybe with whitespace around): "" for no index;
     * an index that is no number or that the table lacks is damage.
     */
    private String sharedString() {
        String raw = text.toString().strip();
        if (raw.isEmpty()) {
            return "";
        }
        long index = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9' || i >= 10) {
                throw new Damaged("shared string index \"" + raw + "\" in row " + rowNumber);
            }
            index = index * 10 + (c - '0');
        }
        return pkg.sharedString(index > Integer.MAX_VALUE ? -1 : (int) index);
    }

    private boolean isTrue() {
        String value = text.toString().strip();
        return value.equals("1") || value.equalsIgnoreCase("true");
    }

    /** A {@code t="d"} cell holds an ISO 8601 date-time (Strict OOXML): its date part; other text as written. */
    private String datePart() {
        String value = text.toString().strip();
        if (value.length() >= 10 && value.charAt(4) == '-' && value.charAt(7) == '-'
                && (value.length() == 10 || value.charAt(10) == 'T')) {
            return value.substring(0, 10);
        }
        return value;
    }

    /** Skips the element whose start tag the parser is on, to its end tag. */
    private void skipElement() throws XMLStreamException {
        int level = depth;
        while (depth >= level) {
            int event = XlsxPackage.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new Damaged("the sheet ends inside an element");
            }
        }
    }

    private int rowNumber(String r) {
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            throw new Damaged("row number \"" + r + "\" after row " + rowNumber);
        }
    }

    /** The column of a reference such as "AB12" (0 = A); letters in either case. */
    private int column(String ref) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            int letter = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
            if (letter == 0) {
                break;
            }
            if (++letters > 3) {
                throw new Damaged("cell reference \"" + ref + "\" beyond column XFD in row " + rowNumber);
            }
            column = column * 26 + letter;
        }
        if (letters == 0) {
            throw new Damaged("cell reference \"" + ref + "\" without a column in row " + rowNumber);
        }
        return column - 1;
    }

    private static int styleIndex(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1; // no style we know: shows no date
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // read-only: nothing to lose
        }
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
