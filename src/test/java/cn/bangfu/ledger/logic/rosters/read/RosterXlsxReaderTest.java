package cn.bangfu.ledger.logic.rosters.read;

import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.cells;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLInputFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of our own .xlsx reader ({@link XlsxPackage}, {@link XlsxSheetReader}), each on a hand-built
 * package small enough to show the one rule it pins (see also {@link RosterXlsxShapesTest}).
 */
class RosterXlsxReaderTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final String MAIN_NS = RosterCorpus.MAIN_NS;
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String STRICT_MAIN_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private static final String DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------------------ strings

    @Test
    void inlineStringsJoinTheirRunsLeaveOutPhoneticRunsAndKeepSpaces() throws IOException {
        Path file = new Pkg().sheet("<row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>户主</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>李</t></r><r><rPr><b/></rPr><t>明</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>LI</t></rPh></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  两端空格  </t></is></c>"
                + "<c r=\"D1\" t=\"inlineStr\"><is><t><![CDATA[a<b]]></t></is></c>"
                + "</row>").write(dir, "inline.xlsx");
        assertThat(cells(rows(file).getFirst())).containsExactly("户主", "李明", "  两端空格  ", "a<b");
    }

    @Test
    void sharedStringsDecodeTheirEscapesButInlineAndFormulaTextIsAsWritten() throws IOException {
        // Excel escapes a carriage return in the shared strings as _x000D_; POI's SXSSF (our error workbook)
        // writes inline text such as "_x0041_" unescaped, so only shared strings are decoded (as POI does)
        Path file = new Pkg().sharedStrings("<si><t>第一行_x000D_第二行</t></si><si><t>_x005F_x0041_</t></si>")
                .sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                        + "<c r=\"C1\" t=\"inlineStr\"><is><t>_x0041_</t></is></c>"
                        + "<c r=\"D1\" t=\"str\"><f>\"_x0041_\"</f><v>_x0041_</v></c></row>")
                .write(dir, "escapes.xlsx");
        assertThat(cells(rows(file).getFirst())).containsExactly("第一行\r第二行", "_x0041_", "_x0041_", "_x0041_");
    }

    @Test
    void aSharedStringsRichTextLeavesOutItsPhoneticRunsWhereverTheyStand() throws IOException {
        Path file = new Pkg().sharedStrings("<si><rPh sb=\"0\" eb=\"1\"><t>WANG</t></rPh><r><t>王</t></r>"
                        + "<r><t xml:space=\"preserve\"> 秀英</t></r><phoneticPr fontId=\"1\"/></si>")
                .sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").write(dir, "phonetic.xlsx");
        assertThat(cells(rows(file).getFirst())).containsExactly("王 秀英");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1", "abc", "99999999999"})
    void aSharedStringIndexTheTableLacksIsRefused(String index) throws IOException {
        Path file = new Pkg().sharedStrings("<si><t>姓名</t></si>")
                .sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + index + "</v></c></row>").write(dir, "index.xlsx");
        assertThat(refusal(file).getMessage()).contains("文件内容已损坏");
    }

    @Test
    void aSharedStringIndexWithoutATableIsRefused() throws IOException {
        Path file = new Pkg().sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>").write(dir, "no-table.xlsx");
        assertThat(refusal(file).getMessage()).contains("文件内容已损坏");
    }

    // ---------------------------------------------------------------------------------- other cell types

    @Test
    void booleansErrorsAndEmptyCellsByTheirType() throws IOException {
        Path file = new Pkg().sheet("<row r=\"1\">"
                + "<c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c><c r=\"C1\" t=\"b\"><v>true</v></c>"
                + "<c r=\"D1\" t=\"e\"><v>#N/A</v></c><c r=\"E1\" s=\"1\"/><c r=\"F1\"><f>A1</f></c>"
                + "<c r=\"G1\" t=\"b\"><f>1&gt;0</f><v>1</v></c><c r=\"H1\" t=\"inlineStr\"><is><t>尾</t></is></c></row>")
                .write(dir, "types.xlsx");
        SheetRow row = rows(file).getFirst();
        assertThat(cells(row)).containsExactly("TRUE", "FALSE", "TRUE", "", "", "", "TRUE", "尾");
        assertThat(row.numeric()).isNull();
    }

    @Test
    void anIsoDateCellGivesItsDatePart() throws IOException {
        // t="d" (ISO 8601, written by Strict OOXML writers and some libraries) is a date whatever its style
        Path file = new Pkg().sheet("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>2024-03-05T00:00:00</v></c>"
                + "<c r=\"B1\" t=\"d\"><v>1968-04-12</v></c><c r=\"C1\" t=\"d\"><v>2024-03-05T13:45:10.250Z</v></c></row>")
                .write(dir, "iso-dates.xlsx");
        SheetRow row = rows(file).getFirst();
        assertThat(cells(row)).containsExactly("2024-03-05", "1968-04-12", "2024-03-05");
        assertThat(row.numeric()).isNull();
    }

    @Test
    void numbersAreDatesByTheirStylesFormat() throws IOException {
        // 0 general, 14 built-in date, 31 Chinese built-in date (by number only), 176 custom date, 177 custom
        // number, 49 text "@", 57 Chinese built-in yyyy"年"m"月", 32 Chinese built-in time (no date), 22 date+time
        String styles = "<numFmts count=\"2\"><numFmt numFmtId=\"176\" formatCode=\"yyyy/m/d\"/>"
                + "<numFmt numFmtId=\"177\" formatCode=\"#,##0.00\"/></numFmts>"
                + "<cellXfs count=\"9\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"31\"/><xf numFmtId=\"176\"/>"
                + "<xf numFmtId=\"177\"/><xf numFmtId=\"49\"/><xf numFmtId=\"57\"/><xf numFmtId=\"32\"/><xf numFmtId=\"22\"/></cellXfs>";
        StringBuilder cells = new StringBuilder("<row r=\"1\">");
        for (int s = 0; s < 9; s++) {
            cells.append("<c r=\"").append((char) ('A' + s)).append("1\" s=\"").append(s).append("\"><v>45356.75</v></c>");
        }
        cells.append("<c r=\"J1\" s=\"99\"><v>45356</v></c>").append("</row>");
        Path file = new Pkg().styles(styles).sheet(cells.toString()).write(dir, "styles.xlsx");
        SheetRow row = rows(file).getFirst();
        assertThat(cells(row)).containsExactly("45356.75", "2024-03-05", "2024-03-05", "2024-03-05", "45356.75",
                "45356.75", "2024-03-05", "45356.75", "2024-03-05", "45356");
        assertThat(row.numeric().stream().boxed().toList()).containsExactly(0, 4, 5, 7, 9);
    }

    @Test
    void aDateStyledNumberExcelCannotShowAsADateStaysANumber() throws IOException {
        String styles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>";
        Path file = new Pkg().styles(styles).sheet("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>-1</v></c>"
                + "<c r=\"B1\" s=\"1\"><v>2958466</v></c><c r=\"C1\" s=\"1\"><v>2958465</v></c>"
                + "<c r=\"D1\" s=\"1\"><f>DATE(2024,3,5)</f><v>45356</v></c></row>").write(dir, "beyond.xlsx");
        SheetRow row = rows(file).getFirst();
        assertThat(cells(row)).containsExactly("-1", "2958466", "9999-12-31", "2024-03-05");
        assertThat(row.numeric().stream().boxed().toList()).containsExactly(0, 1);
    }

    @Test
    void numbersArePlainDecimalsMarkedNumeric() throws IOException {
        Path file = new Pkg().sheet("<row r=\"1\"><c r=\"A1\"><v>4.41522199001012E17</v></c>"
                + "<c r=\"B1\" t=\"n\"><v> 202304 </v></c><c r=\"C1\"><v>0.30000000000000004</v></c>"
                + "<c r=\"D1\"><v></v></c></row>").write(dir, "numbers.xlsx");
        SheetRow row = rows(file).getFirst();
        assertThat(cells(row)).containsExactly("441522199001012000", "202304", "0.3");
        assertThat(row.numeric().stream().boxed().toList()).containsExactly(0, 1, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<c r=\"A1\"><v>一二三</v></c>", "<c r=\"A1\" t=\"x\"><v>1</v></c>",
        "<c r=\"XFE1\"><v>1</v></c>", "<c r=\"ZZZZZZZ1\"><v>1</v></c>", "<c r=\"12\"><v>1</v></c>"})
    void aCellNoWorkbookHoldsIsRefusedAsDamage(String cell) throws IOException {
        // a column beyond XFD must not size the row's arrays: refused before anything is allocated
        Path file = new Pkg().sheet("<row r=\"1\">" + cell + "</row>").write(dir, "bad-cell.xlsx");
        assertThat(refusal(file).getMessage()).contains("文件内容已损坏");
    }

    // -------------------------------------------------------------------------------- rows and columns

    @Test
    void cellsInAnyOrderLandInTheirColumnsAndTheLastColumnIsXfd() throws IOException {
        Path file = new Pkg().sheet("<row r=\"3\"><c r=\"c3\" t=\"inlineStr\"><is><t>丙</t></is></c>"
                + "<c r=\"A3\" t=\"inlineStr\"><is><t>甲</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>乙</t></is></c></row>"
                + "<row r=\"4\"><c r=\"XFD4\" t=\"inlineStr\"><is><t>末</t></is></c></row>").write(dir, "order.xlsx");
        List<SheetRow> rows = rows(file);
        assertThat(rows.getFirst().rowNumber()).isEqualTo(3);
        assertThat(cells(rows.getFirst())).containsExactly("甲", "乙", "丙");
        assertThat(rows.get(1).cells()).hasSize(16_384);
        assertThat(rows.get(1).cell(16_383)).isEqualTo("末");
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowThePreviousOnes() throws IOException {
        Path file = new Pkg().sheet("<row><c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                + "<row><c r=\"B2\"><v>1</v></c><c><v>2</v></c></row>"
                + "<row r=\"7\"/><row><c><v>3</v></c></row>").write(dir, "no-refs.xlsx");
        List<SheetRow> rows = rows(file);
        assertThat(rows.stream().map(SheetRow::rowNumber)).containsExactly(1, 2, 7, 8);
        assertThat(cells(rows.get(0))).containsExactly("a", "b");
        assertThat(cells(rows.get(1))).containsExactly("", "1", "2");
        assertThat(cells(rows.get(3))).containsExactly("3");
    }

    @Test
    void onlyTheSheetDataHoldsRows() throws IOException {
        // elements before and after sheetData (and unknown ones inside rows and cells) are no rows or cells
        Path file = new Pkg().sheetXml("<worksheet xmlns=\"" + MAIN_NS + "\"><dimension ref=\"B2:C3\"/>"
                + "<sheetViews><sheetView workbookViewId=\"0\"><selection activeCell=\"B2\"/></sheetView></sheetViews>"
                + "<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is><extLst><ext><v>9</v></ext></extLst></c>"
                + "<extLst><ext><c r=\"C2\"><v>9</v></c></ext></extLst></row></sheetData>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"B2:C2\"/></mergeCells>"
                + "<extLst><ext><row r=\"9\"><c r=\"A9\"><v>9</v></c></row></ext></extLst></worksheet>")
                .write(dir, "around.xlsx");
        List<SheetRow> rows = rows(file);
        assertThat(rows).hasSize(1);
        assertThat(cells(rows.getFirst())).containsExactly("", "x");
    }

    // --------------------------------------------------------------------------------- the package

    @Test
    void sheetsComeInWorkbookOrderWithTargetsRelativeOrAbsolute() throws IOException {
        Pkg pkg = new Pkg();
        pkg.workbookSheets = "<sheet name=\"说明\" sheetId=\"3\" r:id=\"rId7\"/><sheet name=\"东坑村\" sheetId=\"1\" r:id=\"rId1\"/>"
                + "<sheet name=\"西岭村\" sheetId=\"2\" r:id=\"rId2\"/>";
        pkg.workbookRels = rel("rId1", "worksheet", "worksheets/sheet1.xml")
                + rel("rId2", "worksheet", "/xl/worksheets/other/west.xml")
                + rel("rId7", "worksheet", "../xl/./notes.xml");
        pkg.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>东</t></is></c></row>");
        pkg.parts.put("xl/worksheets/other/west.xml", DECL + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>西</t></is></c></row></sheetData></worksheet>");
        pkg.parts.put("xl/notes.xml", DECL + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>说</t></is></c></row></sheetData></worksheet>");
        Path file = pkg.write(dir, "targets.xlsx");
        try (RosterSource source = RosterFiles.open(file)) {
            assertThat(source.sheetNames()).containsExactly("说明", "东坑村", "西岭村");
            List<String> seen = new ArrayList<>();
            source.read(null, row -> seen.add(row.sheet() + ":" + row.cell(0)));
            assertThat(seen).containsExactly("说明:说", "东坑村:东", "西岭村:西");
            assertThat(cells(rows(source, "西岭村").getFirst())).containsExactly("西");
        }
    }

    @Test
    void theWorkbookPartIsWhereThePackageRelationshipsSay() throws IOException {
        Pkg pkg = new Pkg();
        pkg.workbookPart = "xl/book.xml";
        pkg.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>户主</t></is></c></row>");
        Path file = pkg.write(dir, "book.xlsx");
        assertThat(cells(rows(file).getFirst())).containsExactly("户主");
    }

    @Test
    void aSheetWhosePartIsMissingIsRefusedWhenRead() throws IOException {
        Pkg pkg = new Pkg();
        pkg.workbookSheets = "<sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"丢失\" sheetId=\"2\" r:id=\"rId9\"/>";
        pkg.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>户主</t></is></c></row>");
        Path file = pkg.write(dir, "missing.xlsx");
        try (RosterSource source = RosterFiles.open(file)) {
            assertThat(source.sheetNames()).containsExactly("花名册", "丢失");
            assertThat(rows(source, "花名册")).hasSize(1);
            RosterFileException e = catchThrowableOfType(RosterFileException.class, () -> rows(source, "丢失"));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("文件内容已损坏");
        }
    }

    @Test
    void strictOoxmlReadsLikeTransitional() throws IOException {
        Pkg pkg = new Pkg();
        pkg.mainNs = STRICT_MAIN_NS;
        pkg.relNs = STRICT_REL_NS;
        pkg.workbookPr = "<workbookPr date1904=\"false\" dateCompatibility=\"false\"/>";
        pkg.styles("<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs>");
        pkg.sharedStrings("<si><r><t>证件</t></r><r><t>号码</t></r></si>");
        pkg.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"d\"><v>2024-03-05T00:00:00</v></c>"
                + "<c r=\"C1\" s=\"1\"><v>45356</v></c><c r=\"D1\"><v>12.5</v></c></row>");
        Path file = pkg.write(dir, "strict.xlsx");
        String workbook = pkg.parts.get("xl/workbook.xml");
        assertThat(workbook).contains(STRICT_MAIN_NS).doesNotContain("schemas.openxmlformats.org/spreadsheetml");
        try (RosterSource source = RosterFiles.open(file)) {
            assertThat(source.sheetNames()).containsExactly("花名册");
            SheetRow row = rows(source, null).getFirst();
            assertThat(cells(row)).containsExactly("证件号码", "2024-03-05", "2024-03-05", "12.5");
            assertThat(row.numeric().stream().boxed().toList()).containsExactly(3);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xl/styles.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"})
    void aDoctypeInAnyPartIsRefused(String part) throws IOException {
        Pkg pkg = new Pkg().styles("<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>")
                .sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>户主</t></is></c></row>");
        pkg.doctypeIn = part;
        Path file = pkg.write(dir, "doctype.xlsx");
        RosterFileException e = refusal(file);
        assertThat(e.getMessage()).contains("文件内容已损坏");
    }

    @Test
    void partsAreParsedByAaltoWithoutDtdsOrExternalEntities() {
        XMLInputFactory factory = XlsxPackage.factory();
        assertThat(factory.getClass().getName()).startsWith("com.fasterxml.aalto.");
        assertThat(factory.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(Boolean.FALSE);
        assertThat(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(Boolean.FALSE);
    }

    @Test
    void escapesAndTargetsDecodeLikePoi() {
        assertThat(XlsxPackage.decodeEscapes("a_x000D__x000a_b")).isEqualTo("a\r\nb");
        assertThat(XlsxPackage.decodeEscapes("_x005F_x0041_")).isEqualTo("_x0041_");
        assertThat(XlsxPackage.decodeEscapes("_x00G1_ _x41_ _x0041")).isEqualTo("_x00G1_ _x41_ _x0041");
        assertThat(XlsxPackage.resolve("xl/", "worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("xl/", "/xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/sheet1.xml");
        assertThat(XlsxPackage.resolve("xl/", "../xl/worksheets/./sheet%201.xml")).isEqualTo("xl/worksheets/sheet 1.xml");
        assertThat(XlsxPackage.resolve("xl/", "../../../../etc/passwd")).isEqualTo("etc/passwd");
    }

    @Test
    void readingStopsWhenTheSinkSaysSo() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 50; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r).append("</v></c></row>");
        }
        Path file = new Pkg().sheet(rows.toString()).write(dir, "stop.xlsx");
        try (RosterSource source = RosterFiles.open(file)) {
            List<Integer> seen = new ArrayList<>();
            source.read(null, row -> {
                seen.add(row.rowNumber());
                return row.rowNumber() < 3;
            });
            assertThat(seen).containsExactly(1, 2, 3);
            assertThat(rows(source, null)).hasSize(50); // and it reads again from the start
        }
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL_NS + "/" + type + "\" Target=\"" + target + "\"/>";
    }

    /** Opens and reads the whole file, which must be refused (within the hang bound). */
    private static RosterFileException refusal(Path file) {
        RosterFileException e = catchThrowableOfType(RosterFileException.class,
                () -> assertTimeoutPreemptively(HANG, () -> rows(file)));
        assertThat(e).as("%s is refused", file.getFileName()).isNotNull();
        return e;
    }

    /** A small package, transitional by default; fields and methods change one thing at a time. */
    private static final class Pkg {
        String mainNs = MAIN_NS;
        String relNs = REL_NS;
        String workbookPart = "xl/workbook.xml";
        String workbookPr = "";
        String workbookSheets = "<sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/>";
        /** The workbook's relationships; null: the sheet, shared strings and styles as given. */
        String workbookRels;
        String sharedStrings;
        String styles;
        String doctypeIn;
        final Map<String, String> parts = new LinkedHashMap<>();

        Pkg sheet(String sheetData) {
            return sheetXml("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
        }

        Pkg sheetXml(String xml) {
            parts.put("xl/worksheets/sheet1.xml", DECL + xml);
            return this;
        }

        Pkg sharedStrings(String items) {
            sharedStrings = items;
            return this;
        }

        Pkg styles(String xml) {
            styles = xml;
            return this;
        }

        Path write(Path dir, String name) throws IOException {
            String relType = relNs.equals(STRICT_REL_NS) ? STRICT_REL_NS : REL_NS;
            Map<String, String> all = new LinkedHashMap<>();
            all.put("[Content_Types].xml", DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            all.put("_rels/.rels", DECL + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + relType + "/officeDocument\" Target=\"" + workbookPart + "\"/>"
                    + "</Relationships>");
            all.put(workbookPart, DECL + "<workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\">" + workbookPr
                    + "<sheets>" + workbookSheets + "</sheets></workbook>");
            String rels = workbookRels != null ? workbookRels
                    : "<Relationship Id=\"rId1\" Type=\"" + relType + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + relType
                            + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + (styles == null ? "" : "<Relationship Id=\"rId3\" Type=\"" + relType + "/styles\" Target=\"styles.xml\"/>");
            String folder = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
            all.put(folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels", DECL
                    + "<Relationships xmlns=\"" + PKG_REL_NS + "\">" + rels + "</Relationships>");
            if (sharedStrings != null) {
                all.put("xl/sharedStrings.xml", DECL + "<sst xmlns=\"" + mainNs + "\">" + sharedStrings + "</sst>");
            }
            if (styles != null) {
                all.put("xl/styles.xml", DECL + "<styleSheet xmlns=\"" + mainNs + "\">" + styles + "</styleSheet>");
            }
            for (Map.Entry<String, String> part : parts.entrySet()) {
                all.put(part.getKey(), part.getValue().replace(MAIN_NS, mainNs));
            }
            if (doctypeIn != null) {
                all.computeIfPresent(doctypeIn, (k, xml) -> xml.replace(DECL, DECL + "<!DOCTYPE x [ <!ENTITY e \"e\"> ]>"));
            }
            parts.clear();
            parts.putAll(all);
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, String> part : all.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return file;
        }
    }
}
