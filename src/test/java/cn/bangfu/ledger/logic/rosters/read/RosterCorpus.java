package cn.bangfu.ledger.logic.rosters.read;

import cn.bangfu.ledger.model.IdNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the roster test corpus under {@code src/test/resources/rosters/} (good shapes and hostile or broken
 * files). Run {@link #main} to (re)write it; the files are committed. Every person is synthetic; every ID is
 * a valid GB 11643 number built with {@link IdNumber#checkChar}.
 *
 * <p>Run from the project folder (or pass the target folder as the first argument). Every file is
 * byte-for-byte reproducible (fixed zip entry times and document dates) except encrypted.xlsx and
 * encrypted.xls, whose encryption uses a random salt.
 */
public final class RosterCorpus {

    /** Fixed zip entry time, so regenerated files do not differ by timestamp. */
    private static final long ZIP_TIME = LocalDateTime.of(2026, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).toEpochMilli();

    static final String COUNTY = "青山县";
    static final String TOWN = "石桥镇";
    static final String TITLE = "青山县石桥镇2024年脱贫人口和防返贫监测对象花名册";
    static final String SUBTITLE = "填报单位：石桥镇乡村振兴办（盖章）    填报日期：2024年3月5日";
    static final String NOTES = "填报说明：1. 证件号码须为18位，请以文本格式填写；2. 性别填“男”或“女”；3. 出生日期格式为YYYY-MM-DD。";

    /** The two-level header of the .xlsx/.xls/HTML rosters: row 4 (groups and single columns), row 5 (sub-columns). */
    static final List<String> HEADER_TOP = List.of("序号", "县", "乡(镇)", "行政村", "户编号", "户主姓名",
            "家庭成员", "", "", "与户主关系", "民族", "出生日期", "户类型", "联系电话");
    static final List<String> HEADER_SUB = List.of("", "", "", "", "", "", "姓名", "证件号码", "性别");

    /** The flat header of the CSV rosters. */
    static final List<String> CSV_HEADER = List.of("序号", "县", "乡(镇)", "行政村", "户编号", "户主姓名", "姓名",
            "证件号码", "性别", "与户主关系", "民族", "出生日期", "户类型", "联系电话", "备注");

    /** How a birth date is stored in the workbook. */
    enum DateCell { ISO_FORMAT, CHINESE_BUILTIN, TEXT }

    /** One synthetic person (a row of the roster). */
    record Person(String village, String household, String head, String name, String id, String gender,
                  String relation, LocalDate born, DateCell dateCell, String type, String phone,
                  boolean idAsNumber, boolean phoneAsNumber, String note) {
    }

    static final String ID_LI_QINGSHAN = id("441522", "19680412", 11);
    static final String ID_WANG_XIUYING = id("441522", "19700903", 22);
    static final String ID_LI_MING = id("441522", "19950120", 31);
    static final String ID_CHEN_GUILAN = id("441522", "19521130", 42);
    static final String ID_CHEN_XIAODONG = id("441522", "20120615", 53);
    static final String ID_HUANG_ZHIQIANG = id("441522", "19800229", 61);
    static final String ID_HUANG_LI = id("441522", "20080701", 72);

    static final List<Person> QINGSHI = List.of(
            new Person("青石村", "4415221010010001", "李青山", "李青山", ID_LI_QINGSHAN, "男", "户主",
                    LocalDate.of(1968, 4, 12), DateCell.ISO_FORMAT, "脱贫户", "13812345678", false, true,
                    "住址：青石村3组,靠近\"老祠堂\""),
            new Person("青石村", "4415221010010001", "李青山", "王秀英", ID_WANG_XIUYING, "女", "配偶",
                    LocalDate.of(1970, 9, 3), DateCell.CHINESE_BUILTIN, "脱贫户", "", false, false, ""),
            new Person("青石村", "4415221010010001", "李青山", "李明", ID_LI_MING, "男", "之子",
                    LocalDate.of(1995, 1, 20), DateCell.ISO_FORMAT, "脱贫户", "13900001111", true, false,
                    "在外务工\n广东省深圳市"),
            new Person("青石村", "4415221010010002", "陈桂兰", "陈桂兰", ID_CHEN_GUILAN, "女", "户主",
                    LocalDate.of(1952, 11, 30), DateCell.ISO_FORMAT, "突发严重困难户", "0660-1234567", false, false, ""),
            new Person("青石村", "4415221010010002", "陈桂兰", "陈小东", ID_CHEN_XIAODONG, "男", "之孙",
                    LocalDate.of(2012, 6, 15), DateCell.TEXT, "突发严重困难户", "", false, false, "在校生"));

    static final List<Person> BAISHA = List.of(
            new Person("白沙村", "4415221010020001", "黄志强", "黄志强", ID_HUANG_ZHIQIANG, "男", "户主",
                    LocalDate.of(1980, 2, 29), DateCell.ISO_FORMAT, "脱贫户", "13600002222", false, false, ""),
            new Person("白沙村", "4415221010020001", "黄志强", "黄丽", ID_HUANG_LI, "女", "之女",
                    LocalDate.of(2008, 7, 1), DateCell.ISO_FORMAT, "脱贫户", "", false, false, ""));

    private RosterCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/rosters");
        Path good = Files.createDirectories(root.resolve("good"));
        Path bad = Files.createDirectories(root.resolve("bad"));

        Files.write(good.resolve("roster.xlsx"), rosterXlsx());
        Files.write(good.resolve("roster.xls"), rosterXls());
        Files.write(good.resolve("roster-utf8-bom.csv"), rosterCsv(StandardCharsets.UTF_8, true));
        Files.write(good.resolve("roster-gbk.csv"), rosterCsv(TextDecoding.GB18030, false));
        Files.write(good.resolve("roster-html.xls"), rosterHtml().getBytes(TextDecoding.GB18030));

        Files.write(bad.resolve("empty.xlsx"), new byte[0]);
        byte[] roster = rosterXlsx();
        Files.write(bad.resolve("truncated.xlsx"), java.util.Arrays.copyOf(roster, roster.length / 2));
        Files.write(bad.resolve("encrypted.xlsx"), encrypted(wrongColumnsXlsx(), "1234"));
        Files.write(bad.resolve("encrypted.xls"), encryptedXls("1234"));
        zipBomb(bad.resolve("zip-bomb.xlsx"), 200L * 1024 * 1024);
        xxe(bad.resolve("xxe.xlsx"), XxePart.SHEET, "file:///etc/passwd");
        millionEmptyRows(bad.resolve("million-empty-rows.xlsx"));
        Files.write(bad.resolve("formulas.xlsx"), formulasXlsx());
        Files.write(bad.resolve("wrong-columns.xlsx"), wrongColumnsXlsx());
        Files.write(bad.resolve("pdf-renamed.xlsx"), pdf());
        Files.write(bad.resolve("docx-renamed.xlsx"), docx());
        Files.write(bad.resolve("binary.csv"), binary());
    }

    /** A valid ID: area, birth date, a 3-digit sequence (odd male, even female) and the check character. */
    static String id(String area, String born, int sequence) {
        String first17 = area + born + String.format("%03d", sequence);
        return first17 + IdNumber.checkChar(first17);
    }

    // ------------------------------------------------------------------------------------------ good shapes

    static byte[] rosterXlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(ZIP_TIME)));
            fillRoster(workbook);
            return normalisedZip(bytes(workbook));
        }
    }

    static byte[] rosterXls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            fillRoster(workbook);
            return bytes(workbook);
        }
    }

    /**
     * One sheet per village: two title rows, a 填报说明 row, a two-level merged header (家庭成员 over 姓名 /
     * 证件号码 / 性别, the other headers merged down over both rows), the members, a blank spacer row and a
     * 合计 row.
     */
    private static void fillRoster(Workbook workbook) {
        CellStyle isoDate = workbook.createCellStyle();
        isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle chineseDate = workbook.createCellStyle();
        chineseDate.setDataFormat((short) 31); // built-in yyyy"年"m"月"d"日" in a Chinese Excel, stored by number only
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        for (List<Person> village : List.of(QINGSHI, BAISHA)) {
            Sheet sheet = workbook.createSheet(village.getFirst().village());
            int last = HEADER_TOP.size() - 1;
            set(sheet, 0, List.of(TITLE));
            set(sheet, 1, List.of(SUBTITLE));
            set(sheet, 2, List.of(NOTES));
            set(sheet, 3, HEADER_TOP);
            set(sheet, 4, HEADER_SUB);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, last));
            for (int c = 0; c <= last; c++) {
                if (c < 6 || c > 8) {
                    sheet.addMergedRegion(new CellRangeAddress(3, 4, c, c));
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 6, 8));
            int r = 5;
            int number = 1;
            for (Person p : village) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(number++);
                textCell(row, 1, COUNTY, text);
                textCell(row, 2, TOWN, text);
                textCell(row, 3, p.village(), text);
                textCell(row, 4, p.household(), text);
                textCell(row, 5, p.head(), text);
                textCell(row, 6, p.name(), text);
                if (p.idAsNumber()) {
                    // typed into a General cell: Excel kept 15 significant digits, the tail became 000
                    row.createCell(7).setCellValue(Double.parseDouble(p.id().substring(0, 15) + "000"));
                } else {
                    textCell(row, 7, p.id(), text);
                }
                textCell(row, 8, p.gender(), text);
                textCell(row, 9, p.relation(), text);
                textCell(row, 10, "汉族", text);
                switch (p.dateCell()) {
                    case ISO_FORMAT -> dateCell(row, 11, p.born(), isoDate);
                    case CHINESE_BUILTIN -> dateCell(row, 11, p.born(), chineseDate);
                    case TEXT -> textCell(row, 11, p.born().toString(), text);
                }
                textCell(row, 12, p.type(), text);
                if (p.phoneAsNumber()) {
                    row.createCell(13).setCellValue(Double.parseDouble(p.phone()));
                } else if (!p.phone().isEmpty()) {
                    textCell(row, 13, p.phone(), text);
                }
            }
            sheet.createRow(r++); // blank spacer row
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue("合计");
            total.createCell(4).setCellValue(village.stream().map(Person::household).distinct().count() + "户");
            total.createCell(6).setCellValue(village.size() + "人");
        }
    }

    private static void textCell(Row row, int column, String value, CellStyle text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(text);
    }

    private static void dateCell(Row row, int column, LocalDate value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void set(Sheet sheet, int rowIndex, List<String> values) {
        Row row = sheet.createRow(rowIndex);
        for (int c = 0; c < values.size(); c++) {
            if (!values.get(c).isEmpty()) {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    /** The 青石村 roster as Excel writes CSV: a title row, the flat header, members, a blank line, 合计; CRLF. */
    static String rosterCsvText() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(TITLE));
        rows.add(CSV_HEADER);
        int number = 1;
        for (Person p : QINGSHI) {
            rows.add(List.of(Integer.toString(number++), COUNTY, TOWN, p.village(), p.household(), p.head(), p.name(),
                    p.id(), p.gender(), p.relation(), "汉族", p.born().toString(), p.type(), p.phone(), p.note()));
        }
        rows.add(List.of());
        rows.add(List.of("合计", "", "", "", "2户", "", "5人"));
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                String v = row.get(c);
                boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n");
                out.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static byte[] rosterCsv(Charset charset, boolean bom) {
        byte[] body = rosterCsvText().getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /**
     * The 青石村 roster as a web system's "Excel export": an HTML page with a GBK meta charset, a title row
     * spanning all columns, the two-level header with rowspan/colspan, 户编号 and 户主姓名 spanning each
     * household's member rows, IDs as text via mso-number-format.
     */
    static String rosterHtml() {
        StringBuilder h = new StringBuilder();
        h.append("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n<head>\r\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">\r\n")
                .append("<title>花名册</title>\r\n</head>\r\n<body>\r\n<table border=\"1\">\r\n");
        h.append("<tr><td colspan=\"14\">").append(TITLE).append("</td></tr>\r\n");
        h.append("<tr>");
        for (int c = 0; c < HEADER_TOP.size(); c++) {
            String name = HEADER_TOP.get(c);
            if (c == 6) {
                h.append("<th colspan=\"3\">").append(name).append("</th>");
            } else if (c < 6 || c > 8) {
                h.append("<th rowspan=\"2\">").append(name).append("</th>");
            }
        }
        h.append("</tr>\r\n<tr><th>姓名</th><th>证件号码</th><th>性别</th></tr>\r\n");
        int number = 1;
        for (int i = 0; i < QINGSHI.size(); i++) {
            Person p = QINGSHI.get(i);
            boolean firstOfHousehold = i == 0 || !QINGSHI.get(i - 1).household().equals(p.household());
            long members = QINGSHI.stream().filter(q -> q.household().equals(p.household())).count();
            h.append("<tr>").append(td(Integer.toString(number++))).append(td(COUNTY)).append(td(TOWN))
                    .append(td(p.village()));
            if (firstOfHousehold) {
                h.append("<td rowspan=\"").append(members).append("\" style=\"mso-number-format:'\\@'\">")
                        .append(p.household()).append("</td>");
                h.append("<td rowspan=\"").append(members).append("\">").append(p.head()).append("</td>");
            }
            h.append(td(p.name())).append("<td style=\"mso-number-format:'\\@'\">").append(p.id()).append("</td>")
                    .append(td(p.gender())).append(td(p.relation())).append(td("汉族"))
                    .append(td(p.born().toString())).append(td(p.type()))
                    .append(p.phone().isEmpty() ? "<td>&nbsp;</td>" : td(p.phone())).append("</tr>\r\n");
        }
        h.append("</table>\r\n</body>\r\n</html>\r\n");
        return h.toString();
    }

    private static String td(String text) {
        return "<td>" + text.replace("&", "&amp;").replace("<", "&lt;") + "</td>";
    }

    // ------------------------------------------------------------------------ readable, but not a roster

    /** Formulas with cached results: an ID built by CONCATENATE, a SUM, a DATE, a comparison, errors, TEXT. */
    static byte[] formulasXlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(ZIP_TIME)));
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = workbook.createSheet("公式");
            set(sheet, 0, List.of("姓名", "证件号码", "人数", "合计人数", "登记日期", "是否多人", "人均", "年月"));
            String id = id("441522", "19900101", 13);
            Row r2 = sheet.createRow(1);
            r2.createCell(0).setCellValue("赵一");
            r2.createCell(1).setCellFormula("CONCATENATE(\"" + id.substring(0, 6) + "\",\"" + id.substring(6, 14)
                    + "\",\"" + id.substring(14) + "\")");
            r2.createCell(2).setCellValue(3);
            r2.createCell(3).setCellFormula("SUM(C2:C3)");
            Cell date = r2.createCell(4);
            date.setCellFormula("DATE(2024,3,5)");
            date.setCellStyle(isoDate);
            r2.createCell(5).setCellFormula("C2>2");
            r2.createCell(6).setCellFormula("C2/0");
            r2.createCell(7).setCellFormula("TEXT(202304,\"0\")");
            Row r3 = sheet.createRow(2);
            r3.createCell(0).setCellValue("钱二");
            r3.createCell(1).setCellFormula("B2");
            r3.createCell(2).setCellValue(2);
            r3.createCell(3).setCellFormula("C3*1.5");
            r3.createCell(5).setCellFormula("C3>2");
            r3.createCell(6).setCellErrorValue(FormulaError.NA.getCode());
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            return normalisedZip(bytes(workbook));
        }
    }

    /** A perfectly readable workbook that has nothing to do with a roster. */
    static byte[] wrongColumnsXlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(ZIP_TIME)));
            Sheet sheet = workbook.createSheet("商品清单");
            set(sheet, 0, List.of("商品", "价格", "数量"));
            Row r2 = sheet.createRow(1);
            r2.createCell(0).setCellValue("大米");
            r2.createCell(1).setCellValue(58.5);
            r2.createCell(2).setCellValue(10);
            Row r3 = sheet.createRow(2);
            r3.createCell(0).setCellValue("食用油");
            r3.createCell(1).setCellValue(79.9);
            r3.createCell(2).setCellValue(5);
            return normalisedZip(bytes(workbook));
        }
    }

    // --------------------------------------------------------------------------------- hostile and broken

    /** A workbook encrypted with a password the way Excel does it (agile encryption in an OLE2 container). */
    static byte[] encrypted(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(xlsx);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** A legacy .xls with an open password (RC4 CryptoAPI, as Excel 2003+ writes it). */
    static byte[] encryptedXls(String password) throws IOException {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(password);
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            set(workbook.createSheet("名单"), 0, List.of("姓名", "证件号码"));
            return bytes(workbook);
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * A valid-looking .xlsx whose one cell holds {@code inflatedBytes} of the letter A: a few hundred KB on disk,
     * hundreds of MB when inflated.
     */
    static void zipBomb(Path out, long inflatedBytes) throws IOException {
        writeXlsx(out, null, w -> {
            w.write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
            char[] block = new char[1 << 16];
            java.util.Arrays.fill(block, 'A');
            for (long written = 0; written < inflatedBytes; written += block.length) {
                w.write(block);
            }
            w.write("</t></is></c></row>");
        }, "");
    }

    /** Which part of a package carries the external entity. */
    enum XxePart { WORKBOOK, SHARED_STRINGS, SHEET }

    /**
     * A workbook with a DOCTYPE declaring an external entity to {@code systemId} (a local file) and using it
     * in a cell. A reader that resolved it would show the file's content.
     */
    static void xxe(Path out, XxePart part, String systemId) throws IOException {
        String doctype = "<!DOCTYPE %s [ <!ENTITY xxe SYSTEM \"" + systemId + "\"> ]>";
        String sharedStrings = part == XxePart.SHARED_STRINGS
                ? String.format(doctype, "sst") + "<sst xmlns=\"" + MAIN_NS + "\" count=\"1\" uniqueCount=\"1\">"
                        + "<si><t>&xxe;</t></si></sst>"
                : null;
        String sheetCell = part == XxePart.SHARED_STRINGS
                ? "<c r=\"A1\" t=\"s\"><v>0</v></c>"
                : part == XxePart.SHEET ? "<c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"
                : "<c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>";
        String workbookDoctype = part == XxePart.WORKBOOK ? String.format(doctype, "workbook") : "";
        String sheetDoctype = part == XxePart.SHEET ? String.format(doctype, "worksheet") : "";
        String sheetName = part == XxePart.WORKBOOK ? "&xxe;" : "Sheet1";
        writeXlsx(out, sharedStrings, w -> w.write("<row r=\"1\">" + sheetCell
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>证件号码</t></is></c></row>"), sheetDoctype, workbookDoctype, sheetName);
    }

    /**
     * A header and two members, then 1,000,000 empty {@code <row>} elements (as Excel writes them when a whole
     * column was formatted), then one last row with text. Only every tenth empty row carries its number
     * ({@code r} is optional in OOXML, the row then follows the previous one): with a number on every row the
     * file would be 2.4 MB, with none it would compress 1000:1 and rightly look like a zip bomb.
     */
    static void millionEmptyRows(Path out) throws IOException {
        writeXlsx(out, null, w -> {
            w.write(inlineRow(1, "姓名", "证件号码", "性别"));
            w.write(inlineRow(2, "孙大成", id("441522", "19750308", 15), "男"));
            w.write(inlineRow(3, "周晓梅", id("441522", "19790514", 26), "女"));
            for (int r = 4; r < 4 + 1_000_000; r++) {
                w.write(r % 10 == 4 ? "<row r=\"" + r + "\"/>" : "<row/>");
            }
            w.write(inlineRow(1_000_004, "表尾备注：以上共2人"));
        }, "");
    }

    static String inlineRow(int number, String... cells) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int c = 0; c < cells.length; c++) {
            row.append("<c r=\"").append((char) ('A' + c)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(cells[c]).append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }

    /** A tiny but real one-page PDF. */
    static byte[] pdf() {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length 44 >>\nstream\nBT /F1 12 Tf 20 50 Td (Roster) Tj ET\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A minimal Word document (.docx): a zip with word/document.xml. */
    static byte[] docx() throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:body><w:p><w:r><w:t>关于报送2024年脱贫人口花名册的通知</w:t></w:r></w:p></w:body></w:document>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                putEntry(zip, part.getKey());
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** 2 KB of seeded random bytes, some of them NUL. */
    static byte[] binary() {
        byte[] bytes = new byte[2048];
        new Random(20241123).nextBytes(bytes);
        for (int i = 7; i < bytes.length; i += 61) {
            bytes[i] = 0;
        }
        return bytes;
    }

    // -------------------------------------------------------------------------------- hand-made packages

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** Writes the rows of sheet1.xml. */
    interface SheetWriter {
        void write(Writer writer) throws IOException;
    }

    static void writeXlsx(Path out, String sharedStrings, SheetWriter rows, String sheetDoctype) throws IOException {
        writeXlsx(out, sharedStrings, rows, sheetDoctype, "", "Sheet1");
    }

    /** A minimal .xlsx package (no styles) whose one sheet's rows come from {@code rows}, streamed. */
    static void writeXlsx(Path out, String sharedStrings, SheetWriter rows, String sheetDoctype,
                          String workbookDoctype, String sheetName) throws IOException {
        String xmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            putText(zip, "[Content_Types].xml", xmlDecl
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null ? "" : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    + "</Types>");
            putText(zip, "_rels/.rels", xmlDecl
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            putText(zip, "xl/workbook.xml", xmlDecl + workbookDoctype
                    + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                    + "<sheets><sheet name=\"" + sheetName + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            putText(zip, "xl/_rels/workbook.xml.rels", xmlDecl
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + (sharedStrings == null ? "" : "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    + "</Relationships>");
            if (sharedStrings != null) {
                putText(zip, "xl/sharedStrings.xml", xmlDecl + sharedStrings);
            }
            putEntry(zip, "xl/worksheets/sheet1.xml");
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            writer.write(xmlDecl + sheetDoctype + "<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>");
            rows.write(writer);
            writer.write("</sheetData></worksheet>");
            writer.flush();
            zip.closeEntry();
        }
    }

    private static void putText(ZipOutputStream zip, String name, String text) throws IOException {
        putEntry(zip, name);
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void putEntry(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ZIP_TIME);
        zip.putNextEntry(entry);
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    /** The same zip with fixed entry times, so regenerating does not change the committed bytes. */
    static byte[] normalisedZip(byte[] zipBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zipBytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                putEntry(zip, entry.getName());
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
