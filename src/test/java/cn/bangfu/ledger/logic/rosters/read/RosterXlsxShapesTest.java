package cn.bangfu.ledger.logic.rosters.read;

import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.cells;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SpreadsheetML that other writers than Excel produce, and files made to hurt: what any .xlsx reader behind
 * {@link XlsxSource} must get right (each of these was checked when choosing the reader; several streaming
 * readers get one or another wrong).
 */
class RosterXlsxShapesTest {

    private static final Duration HANG = Duration.ofSeconds(20);
    private static final String MAIN_NS = RosterCorpus.MAIN_NS;
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** Format 0 (general), 14 (a date), 31 (yyyy"年"m"月"d"日" in a Chinese Excel, named by number only), 176 (custom). */
    private static final String STYLES = "<numFmts count=\"1\"><numFmt numFmtId=\"176\" formatCode=\"yyyy/m/d\"/></numFmts>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"31\"/><xf numFmtId=\"176\"/></cellXfs>";

    @TempDir
    Path dir;

    @Test
    void aRowWithoutANumberFollowsThePreviousRowAlsoAfterAGap() throws IOException {
        Path file = xlsx("gap.xlsx", "<row r=\"1\">" + inline("A1", "户主") + "</row>"
                + "<row r=\"10\">" + inline("A10", "李明") + "</row>"
                + "<row>" + inline(null, "王秀英") + "</row><row/>"
                + "<row r=\"20\">" + inline("A20", "合计") + "</row>", null, "");
        assertThat(rows(file).stream().map(r -> r.rowNumber() + " " + r.cell(0)))
                .containsExactly("1 户主", "10 李明", "11 王秀英", "12 ", "20 合计");
    }

    @Test
    void aCellWithoutAReferenceFollowsThePreviousCell() throws IOException {
        Path file = xlsx("cells.xlsx", "<row r=\"1\">" + inline("C1", "姓名") + inline(null, "证件号码") + "</row>"
                + "<row r=\"2\">" + inline("B2", "1") + inline(null, "李明") + inline(null, "441522") + "</row>"
                + "<row r=\"3\">" + inline(null, "甲") + inline(null, "乙") + "</row>", null, "");
        List<SheetRow> rows = rows(file);
        assertThat(cells(rows.get(0))).containsExactly("", "", "姓名", "证件号码");
        assertThat(cells(rows.get(1))).containsExactly("", "1", "李明", "441522");
        assertThat(cells(rows.get(2))).containsExactly("甲", "乙");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "true"})
    void theMac1904DateSystemMovesEveryDateFormat(String flag) throws IOException {
        // serial 43000 is 2017-09-22 in the 1900 system and 2021-09-23 in the 1904 one; Excel writes the flag as "1"
        String cells = "<c r=\"A1\" s=\"1\"><v>43000</v></c><c r=\"B1\" s=\"2\"><v>43000</v></c>"
                + "<c r=\"C1\" s=\"3\"><v>43000</v></c><c r=\"D1\"><v>43000</v></c>";
        Path file1904 = xlsx("1904.xlsx", "<row r=\"1\">" + cells + "</row>", STYLES,
                "<workbookPr date1904=\"" + flag + "\"/>");
        Path file1900 = xlsx("1900.xlsx", "<row r=\"1\">" + cells + "</row>", STYLES, "<workbookPr date1904=\"0\"/>");
        assertThat(cells(rows(file1904).getFirst())).containsExactly("2021-09-23", "2021-09-23", "2021-09-23", "43000");
        assertThat(cells(rows(file1900).getFirst())).containsExactly("2017-09-22", "2017-09-22", "2017-09-22", "43000");
    }

    @Test
    void aFormulasCachedErrorIsEmptyButItsCachedTextIsKept() throws IOException {
        Path file = xlsx("errors.xlsx", "<row r=\"1\">"
                + "<c r=\"A1\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
                + "<c r=\"B1\" t=\"str\"><f>\"#\"&amp;\"N/A\"</f><v>#N/A</v></c>"
                + "<c r=\"C1\" t=\"e\"><v>#REF!</v></c>"
                + "<c r=\"D1\"><f>1+1</f><v>2</v></c>"
                + "<c r=\"E1\" t=\"str\"><f>\"户主\"</f><v>户主</v></c></row>", null, "");
        SheetRow row = rows(file).getFirst();
        assertThat(cells(row)).containsExactly("", "#N/A", "", "2", "户主");
        assertThat(row.numeric().stream().boxed().toList()).containsExactly(3);
    }

    @Test
    void richTextRunsAreJoinedInSharedAndInlineStrings() throws IOException {
        Path file = xlsx("runs.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>王</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">秀英 </t></r></is></c>"
                + "</row>", "<si><r><t>李</t></r><r><rPr><b/></rPr><t>明</t></r><rPh sb=\"0\" eb=\"1\"><t>LI</t></rPh></si>",
                null, "");
        assertThat(cells(rows(file).getFirst())).containsExactly("李明", "王秀英 ");
    }

    @Test
    void anIndentedSharedStringsTableReadsLikeACompactOne() throws IOException {
        // some writers indent their XML; the whitespace between elements is no text (poi-shared-strings 2.10's
        // map-backed table, excel-streaming-reader's faster option, reads each such entry as "")
        Path file = xlsx("indented.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>",
                "\n  <si>\n    <t>姓名</t>\n  </si>\n  <si>\n    <r>\n      <t>李</t>\n    </r>\n    <r><t>明</t></r>\n  </si>\n",
                null, "");
        assertThat(cells(rows(file).getFirst())).containsExactly("姓名", "李明");
    }

    @Test
    void aSharedStringIndexBeyondTheTableIsRefusedAtOnce() throws IOException {
        // a reader that fills the table up to the index asked for runs out of memory instead
        Path file = xlsx("index.xlsx", "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>2000000000</v></c></row>",
                "<si><t>姓名</t></si>", null, "");
        assertThat(refusal(file).getMessage()).contains("文件内容已损坏");
    }

    @Test
    void aZipBombWhoseDirectoryUnderstatesItsSizesIsStoppedWhileInflating() throws IOException {
        // the directory says 3 bytes out for each byte in (so the directory check lets it pass); the sheet really
        // inflates about 1000:1, which only a guard on the inflating stream sees
        Path honest = dir.resolve("honest.xlsx");
        RosterCorpus.zipBomb(honest, 200L << 20);
        Path file = Files.write(dir.resolve("lying.xlsx"), understateSizes(Files.readAllBytes(honest), "xl/worksheets/sheet1.xml", 3));
        XlsxSource.inspectZip(file); // passes: nothing in the directory gives it away
        RosterFileException e = refusal(file);
        assertThat(e.getMessage()).contains("文件结构异常（疑似压缩炸弹），已拒绝读取。");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String inline(String ref, String text) {
        return "<c" + (ref == null ? "" : " r=\"" + ref + "\"") + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Opens and reads the whole file, which must be refused (within the hang bound). */
    private static RosterFileException refusal(Path file) {
        RosterFileException e = catchThrowableOfType(RosterFileException.class,
                () -> assertTimeoutPreemptively(HANG, () -> rows(file)));
        assertThat(e).as("%s is refused", file.getFileName()).isNotNull();
        return e;
    }

    private Path xlsx(String name, String sheetData, String styles, String workbookPr) throws IOException {
        return xlsx(name, sheetData, null, styles, workbookPr);
    }

    /** A minimal package: one sheet, optional shared strings and styles, the workbook's properties element. */
    private Path xlsx(String name, String sheetData, String sharedStrings, String styles, String workbookPr)
            throws IOException {
        String decl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        String type = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", decl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + type + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + type + "worksheet+xml\"/>"
                + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + type + "sharedStrings+xml\"/>")
                + (styles == null ? "" : "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + type + "styles+xml\"/>")
                + "</Types>");
        parts.put("_rels/.rels", decl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", decl + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">" + workbookPr
                + "<sheets><sheet name=\"花名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", decl
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                + (styles == null ? "" : "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>")
                + "</Relationships>");
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", decl + "<sst xmlns=\"" + MAIN_NS + "\">" + sharedStrings + "</sst>");
        }
        if (styles != null) {
            parts.put("xl/styles.xml", decl + "<styleSheet xmlns=\"" + MAIN_NS + "\">" + styles + "</styleSheet>");
        }
        parts.put("xl/worksheets/sheet1.xml", decl + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData
                + "</sheetData></worksheet>");
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * The zip with the uncompressed size of one entry rewritten, in its central directory record and in its data
     * descriptor, to {@code factor} times its compressed size.
     */
    private static byte[] understateSizes(byte[] zip, String entryName, int factor) {
        byte[] out = Arrays.copyOf(zip, zip.length);
        ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (int at = 0; at + 46 <= out.length; at++) {
            if (buf.getInt(at) != 0x02014b50) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(buf.getShort(at + 28));
            if (!Arrays.equals(out, at + 46, at + 46 + nameLength, name, 0, name.length)) {
                continue;
            }
            long compressed = Integer.toUnsignedLong(buf.getInt(at + 20));
            int lie = Math.toIntExact(compressed * factor);
            buf.putInt(at + 24, lie);
            // the data descriptor right after the entry's data: signature, crc, compressed, uncompressed
            int local = buf.getInt(at + 42);
            int localName = Short.toUnsignedInt(buf.getShort(local + 26));
            int localExtra = Short.toUnsignedInt(buf.getShort(local + 28));
            int descriptor = Math.toIntExact(local + 30 + localName + localExtra + compressed);
            if (buf.getInt(descriptor) == 0x08074b50) {
                buf.putInt(descriptor + 12, lie);
            }
            found = true;
        }
        assertThat(found).as("entry %s in the zip", entryName).isTrue();
        return out;
    }
}
