package cn.bangfu.ledger.logic.rosters.read;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * What an .xlsx holds besides its sheets' rows, read once when it is opened: the sheets (names in workbook
 * order and the part of each), the date system, the shared strings and which cell styles show dates.
 *
 * <p>Every part is read through POI's {@link ZipSecureFile}, whose streams stop inflating an entry that grows
 * more than 100 times its compressed size (or beyond POI's entry size limit), whatever the zip directory
 * claims. The XML goes through aalto-xml with DTDs off; a part that carries a DOCTYPE or an entity reference
 * other than the five predefined ones is refused as damaged, so no entity is ever resolved. Element and
 * attribute names are matched by local name, so Strict OOXML (other namespaces, same names) reads too.
 */
final class XlsxPackage {

    /** Excel's last column, XFD: a reference beyond it is damage (and must not size a row's arrays). */
    static final int MAX_COLUMN = 16_383;

    private static final XMLInputFactory XML = newFactory();

    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entriesByLowerName = new HashMap<>();
    private final List<String> sheetNames = new ArrayList<>();
    /** Per sheet, its part's name in the zip; null when the workbook names no part for it. */
    private final List<String> sheetParts = new ArrayList<>();
    private boolean date1904;
    private String[] sharedStrings = new String[0];
    private boolean[] dateStyles = new boolean[0];

    private XlsxPackage(ZipSecureFile zip) {
        this.zip = zip;
    }

    /** Reads the package's workbook, styles and shared strings; the caller closes the zip. */
    static XlsxPackage read(ZipSecureFile zip) throws IOException, XMLStreamException {
        XlsxPackage pkg = new XlsxPackage(zip);
        for (ZipArchiveEntry entry : java.util.Collections.list(zip.getEntries())) {
            pkg.entriesByLowerName.putIfAbsent(entry.getName().toLowerCase(Locale.ROOT), entry);
        }
        pkg.readWorkbook();
        return pkg;
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    boolean date1904() {
        return date1904;
    }

    /** The shared string at the index; a damaged-file failure for an index the table does not have. */
    String sharedString(int index) {
        if (index < 0 || index >= sharedStrings.length) {
            throw new Damaged("shared string index " + index + " beyond the table's " + sharedStrings.length + " entries");
        }
        return sharedStrings[index];
    }

    /** Whether cell style {@code s} (an index into cellXfs) shows numbers as dates; false for a style not there. */
    boolean isDateStyle(int style) {
        return style >= 0 && style < dateStyles.length && dateStyles[style];
    }

    /** Opens the sheet's XML (guarded while inflating); a damaged-file failure when the part is missing. */
    InputStream openSheet(int index) throws IOException {
        String part = sheetParts.get(index);
        InputStream in = part == null ? null : open(part);
        if (in == null) {
            throw new Damaged("sheet " + (index + 1) + " has no part in the package (" + part + ")");
        }
        return in;
    }

    // ------------------------------------------------------------------------------------------- the parts

    private void readWorkbook() throws IOException, XMLStreamException {
        String workbookPart = officeDocument();
        Map<String, String[]> rels = relationships(workbookPart);
        List<String> sheetIds = new ArrayList<>();
        try (InputStream in = open(workbookPart)) {
            if (in == null) {
                throw new Damaged("no workbook part " + workbookPart);
            }
            XMLStreamReader xml = reader(in);
            try {
                int depth = 0;
                boolean inSheets = false;
                while (xml.hasNext()) {
                    int event = next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = xml.getLocalName();
                        if (depth == 2 && name.equals("workbookPr")) {
                            String flag = attribute(xml, "date1904");
                            date1904 = flag != null && (flag.trim().equals("1") || flag.trim().equalsIgnoreCase("true"));
                        } else if (depth == 2 && name.equals("sheets")) {
                            inSheets = true;
                        } else if (depth == 3 && inSheets && name.equals("sheet")) {
                            String sheetName = attribute(xml, "name");
                            sheetNames.add(sheetName == null ? "" : sheetName);
                            sheetIds.add(relationshipId(xml));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == 2) {
                            inSheets = false;
                        }
                        depth--;
                    }
                }
            } finally {
                xml.close();
            }
        }
        String base = folder(workbookPart);
        for (String id : sheetIds) {
            String[] rel = id == null ? null : rels.get(id);
            sheetParts.add(rel == null ? null : resolve(base, rel[1]));
        }
        for (String[] rel : rels.values()) {
            if (rel[0].endsWith("/styles")) {
                readStyles(resolve(base, rel[1]));
            } else if (rel[0].endsWith("/sharedStrings")) {
                readSharedStrings(resolve(base, rel[1]));
            }
        }
    }

    /** The workbook part named by the package relationships (xl/workbook.xml unless they say otherwise). */
    private String officeDocument() throws IOException, XMLStreamException {
        for (String[] rel : relationships("").values()) {
            if (rel[0].endsWith("/officeDocument")) {
                return resolve("", rel[1]);
            }
        }
        return "xl/workbook.xml";
    }

    /** The internal relationships of a part (or of the package, for ""): id → {type, target}. */
    private Map<String, String[]> relationships(String part) throws IOException, XMLStreamException {
        String folder = folder(part);
        String relsPart = folder + "_rels/" + part.substring(folder.length()) + ".rels";
        Map<String, String[]> rels = new HashMap<>();
        try (InputStream in = open(relsPart)) {
            if (in == null) {
                return rels;
            }
            XMLStreamReader xml = reader(in);
            try {
                int depth = 0;
                while (xml.hasNext()) {
                    int event = next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 2 && xml.getLocalName().equals("Relationship")
                                && !"External".equals(attribute(xml, "TargetMode"))) {
                            String id = attribute(xml, "Id");
                            String type = attribute(xml, "Type");
                            String target = attribute(xml, "Target");
                            if (id != null && type != null && target != null) {
                                rels.putIfAbsent(id, new String[] {type, target});
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
            } finally {
                xml.close();
            }
        }
        return rels;
    }

    /**
     * The styles' number formats: which cellXfs entries (the {@code s} of a cell) show dates, by POI's rule
     * plus the Chinese built-in date formats ({@link CellText#isDateFormat}). Custom formats override built-in
     * ones of the same id, as in POI.
     */
    private void readStyles(String part) throws IOException, XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> xfFormats = new ArrayList<>();
        try (InputStream in = open(part)) {
            if (in == null) {
                return;
            }
            XMLStreamReader xml = reader(in);
            try {
                int depth = 0;
                String section = "";
                while (xml.hasNext()) {
                    int event = next(xml);
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        String name = xml.getLocalName();
                        if (depth == 2) {
                            section = name;
                        } else if (depth == 3 && section.equals("numFmts") && name.equals("numFmt")) {
                            Integer id = integer(attribute(xml, "numFmtId"));
                            String code = attribute(xml, "formatCode");
                            if (id != null && code != null) {
                                customFormats.put(id, code);
                            }
                        } else if (depth == 3 && section.equals("cellXfs") && name.equals("xf")) {
                            Integer id = integer(attribute(xml, "numFmtId"));
                            xfFormats.add(id == null ? 0 : id);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == 2) {
                            section = "";
                        }
                        depth--;
                    }
                }
            } finally {
                xml.close();
            }
        }
        boolean[] dates = new boolean[xfFormats.size()];
        for (int i = 0; i < dates.length; i++) {
            int id = xfFormats.get(i);
            String format = customFormats.get(id);
            dates[i] = CellText.isDateFormat(id, format != null ? format : BuiltinFormats.getBuiltinFormat(id));
        }
        dateStyles = dates;
    }

    /**
     * The shared strings, each the text of its {@code <t>} elements (a plain one, or one per rich-text run)
     * with the {@code _xHHHH_} escapes decoded; phonetic runs ({@code <rPh>}, furigana) are no part of the
     * text. Whitespace between elements is no text; whitespace inside {@code <t>} is kept.
     */
    private void readSharedStrings(String part) throws IOException, XMLStreamException {
        List<String> strings = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try (InputStream in = open(part)) {
            if (in == null) {
                return;
            }
            XMLStreamReader xml = reader(in);
            try {
                int depth = 0;
                boolean inItem = false;
                int phoneticDepth = -1;
                boolean capture = false;
                while (xml.hasNext()) {
                    int event = next(xml);
                    switch (event) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            depth++;
                            String name = xml.getLocalName();
                            if (depth == 2 && name.equals("si")) {
                                inItem = true;
                                text.setLength(0);
                            } else if (inItem && phoneticDepth < 0 && name.equals("rPh")) {
                                phoneticDepth = depth;
                            } else if (inItem && phoneticDepth < 0 && name.equals("t")) {
                                capture = true;
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> {
                            capture = false;
                            if (depth == phoneticDepth) {
                                phoneticDepth = -1;
                            } else if (depth == 2 && inItem) {
                                inItem = false;
                                strings.add(decodeEscapes(text));
                            }
                            depth--;
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                            if (capture) {
                                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                            }
                        }
                        default -> {
                            // comments, processing instructions: no text
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        sharedStrings = strings.toArray(String[]::new);
    }

    // ------------------------------------------------------------------------------------- XML and names

    /** A new pull parser on the stream: aalto-xml, no DTD, no external entities (see {@link #next}). */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return XML.createXMLStreamReader(in);
    }

    /** The factory every part is parsed with (tests pin its settings). */
    static XMLInputFactory factory() {
        return XML;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        // an entity that is not one of the five predefined ones is then an error, never expanded
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.TRUE);
        factory.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
        return factory;
    }

    /**
     * The next parse event; a DOCTYPE or an unexpanded entity reference is refused (a workbook part never
     * needs either, and refusing them means no DTD or entity is ever looked at).
     */
    static int next(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new Damaged("a DOCTYPE in a workbook part");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new Damaged("an entity reference &" + xml.getLocalName() + "; in a workbook part");
        }
        return event;
    }

    /** The value of an attribute without namespace, by local name; null when absent. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                String ns = xml.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    return xml.getAttributeValue(i);
                }
            }
        }
        return null;
    }

    /** A sheet's relationship id: the attribute {@code id} in the relationships namespace (either flavour). */
    private static String relationshipId(XMLStreamReader xml) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String ns = xml.getAttributeNamespace(i);
            if ("id".equals(xml.getAttributeLocalName(i)) && ns != null && !ns.isEmpty()) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The part's entry stream, guarded by {@link ZipSecureFile}; null when the package has no such part. */
    private InputStream open(String part) throws IOException {
        ZipArchiveEntry entry = zip.getEntry(part);
        if (entry == null) {
            entry = entriesByLowerName.get(part.toLowerCase(Locale.ROOT));
        }
        return entry == null || entry.isDirectory() ? null : zip.getInputStream(entry);
    }

    /** The folder of a part name, with its trailing slash ("" for the package root). */
    private static String folder(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    /**
     * A relationship target as a zip entry name: relative to the source part's folder, or absolute ("/xl/…");
     * "." and ".." steps resolved, %-escapes decoded.
     */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        List<String> steps = new ArrayList<>();
        for (String step : path.split("/", -1)) {
            if (step.equals("..")) {
                if (!steps.isEmpty()) {
                    steps.removeLast();
                }
            } else if (!step.isEmpty() && !step.equals(".")) {
                steps.add(percentDecoded(step));
            }
        }
        return String.join("/", steps);
    }

    private static String percentDecoded(String step) {
        if (step.indexOf('%') < 0) {
            return step;
        }
        try {
            return java.net.URLDecoder.decode(step.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return step;
        }
    }

    /**
     * The text with SpreadsheetML's {@code _xHHHH_} escapes decoded (how writers store control characters such
     * as the carriage return {@code _x000D_}), exactly as POI decodes them: left to right, each match once.
     */
    static String decodeEscapes(CharSequence text) {
        int length = text.length();
        int at = indexOfEscape(text, 0);
        if (at < 0) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(length);
        int from = 0;
        while (at >= 0) {
            out.append(text, from, at);
            out.append((char) Integer.parseInt(text.subSequence(at + 2, at + 6).toString(), 16));
            from = at + 7;
            at = indexOfEscape(text, from);
        }
        return out.append(text, from, length).toString();
    }

    private static int indexOfEscape(CharSequence text, int from) {
        for (int i = from, end = text.length() - 6; i < end; i++) {
            if (text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
                    && hex(text.charAt(i + 2)) && hex(text.charAt(i + 3)) && hex(text.charAt(i + 4))
                    && hex(text.charAt(i + 5))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A package that is not what a workbook must be; the clerk is told the file is damaged. */
    static final class Damaged extends RuntimeException {
        Damaged(String message) {
            super(message);
        }
    }
}
