package cn.bangfu.ledger.logic.rosters.read;

import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.bad;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.cells;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.good;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.row;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.bangfu.ledger.model.IdNumber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The good corpus shapes read to the expected cells, and the reading contract (sheets, stopping, repeating). */
class RosterFilesTest {

    private static final Duration HANG = Duration.ofSeconds(20);

    private static final List<String> HEADER_TOP = List.of("序号", "县", "乡(镇)", "行政村", "户编号", "户主姓名",
            "家庭成员", "", "", "与户主关系", "民族", "出生日期", "户类型", "联系电话");
    private static final List<String> HEADER_SUB = List.of("", "", "", "", "", "", "姓名", "证件号码", "性别");

    @TempDir
    Path dir;

    @Test
    void theCorpusIdsAreValidGb11643Numbers() {
        for (String id : List.of(RosterCorpus.ID_LI_QINGSHAN, RosterCorpus.ID_WANG_XIUYING, RosterCorpus.ID_LI_MING,
                RosterCorpus.ID_CHEN_GUILAN, RosterCorpus.ID_CHEN_XIAODONG, RosterCorpus.ID_HUANG_ZHIQIANG,
                RosterCorpus.ID_HUANG_LI)) {
            assertThat(IdNumber.isValid(id)).as(id).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster.xlsx", "roster.xls"})
    void aWorkbookRosterReadsSheetBySheetWithTitlesMergedHeadersAndTypedCells(String name) {
        try (RosterSource source = RosterFiles.open(good(name))) {
            assertThat(source.format()).isEqualTo(name.endsWith("x") ? RosterFormat.XLSX : RosterFormat.XLS);
            assertThat(source.sheetNames()).containsExactly("青石村", "白沙村");

            List<String> sheetsSeen = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            source.read(null, new RowSink() {
                @Override
                public void sheet(String sheet) {
                    sheetsSeen.add(sheet);
                }

                @Override
                public boolean row(SheetRow row) {
                    rows.add(row);
                    return true;
                }
            });
            assertThat(sheetsSeen).containsExactly("青石村", "白沙村");
            assertThat(rows.stream().filter(r -> r.sheet().equals("青石村")).map(SheetRow::rowNumber))
                    .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

            // merged title and notes rows: the text in the first cell, the covered cells empty (trimmed away)
            assertThat(cells(row(rows, "青石村", 1))).containsExactly(RosterCorpus.TITLE);
            assertThat(cells(row(rows, "青石村", 3))).containsExactly(RosterCorpus.NOTES);
            // two-level header: 家庭成员 over three columns, the other headers merged down over both rows
            assertThat(cells(row(rows, "青石村", 4))).isEqualTo(HEADER_TOP);
            assertThat(cells(row(rows, "青石村", 5))).isEqualTo(HEADER_SUB);
            assertThat(row(rows, "青石村", 4).numeric()).isNull();

            SheetRow liQingshan = row(rows, "青石村", 6);
            assertThat(cells(liQingshan)).containsExactly("1", "青山县", "石桥镇", "青石村", "4415221010010001", "李青山",
                    "李青山", "441522196804120119", "男", "户主", "汉族", "1968-04-12", "脱贫户", "13812345678");
            assertThat(liQingshan.numeric().stream().boxed().toList()).containsExactly(0, 13);

            // a date in the Chinese built-in format 31 (yyyy"年"m"月"d"日", known to Excel by number only)
            SheetRow wangXiuying = row(rows, "青石村", 7);
            assertThat(wangXiuying.cell(11)).isEqualTo("1970-09-03");
            assertThat(wangXiuying.isNumeric(11)).isFalse();
            assertThat(wangXiuying.cells()).hasSize(13); // no phone: trailing empty cells are not kept

            // the ID typed into a General cell: a number that lost its last digits, marked numeric
            SheetRow liMing = row(rows, "青石村", 8);
            assertThat(liMing.cell(7)).isEqualTo("441522199501200000");
            assertThat(liMing.isNumeric(7)).isTrue();
            assertThat(liMing.isNumeric(6)).isFalse();

            // a birth date written as text stays text
            assertThat(row(rows, "青石村", 10).cell(11)).isEqualTo("2012-06-15");
            assertThat(row(rows, "青石村", 10).isNumeric(11)).isFalse();

            SheetRow spacer = row(rows, "青石村", 11);
            assertThat(spacer.cells()).isEmpty();
            assertThat(spacer.isBlank()).isTrue();
            assertThat(cells(row(rows, "青石村", 12))).containsExactly("合计", "", "", "", "2户", "", "5人");

            assertThat(row(rows, "白沙村", 6).cell(11)).isEqualTo("1980-02-29");
            assertThat(cells(row(rows, "白沙村", 9))).containsExactly("合计", "", "", "", "1户", "", "2人");
            assertThat(rows).allSatisfy(r -> assertThat(r.cells()).doesNotContainNull());
        }
    }

    @Test
    void bothCsvEncodingsDecodeToTheSameChineseText() {
        List<SheetRow> utf8 = rows(good("roster-utf8-bom.csv"));
        List<SheetRow> gbk = rows(good("roster-gbk.csv"));

        assertThat(utf8).hasSize(9);
        assertThat(gbk.stream().map(RosterTestFiles::cells).toList())
                .isEqualTo(utf8.stream().map(RosterTestFiles::cells).toList());
        assertThat(utf8.getFirst().cell(0)).isEqualTo(RosterCorpus.TITLE); // BOM stripped
        assertThat(cells(utf8.get(1))).isEqualTo(RosterCorpus.CSV_HEADER);
        SheetRow liQingshan = utf8.get(2);
        assertThat(liQingshan.sheet()).isEmpty();
        assertThat(liQingshan.cell(7)).isEqualTo("441522196804120119");
        assertThat(liQingshan.cell(14)).isEqualTo("住址：青石村3组,靠近\"老祠堂\"");
        assertThat(liQingshan.numeric()).isNull();
        // a quoted cell with a line break is one record: row numbers count records, not lines
        assertThat(utf8.get(4).cell(14)).isEqualTo("在外务工\n广东省深圳市");
        assertThat(utf8.stream().map(SheetRow::rowNumber)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(utf8.get(7).cells()).isEmpty();
        assertThat(cells(utf8.get(8))).containsExactly("合计", "", "", "", "2户", "", "5人");
    }

    @Test
    void anHtmlXlsLaysOutRowspanAndColspanLikeMergedCells() {
        try (RosterSource source = RosterFiles.open(good("roster-html.xls"))) {
            assertThat(source.format()).isEqualTo(RosterFormat.HTML);
            assertThat(source.sheetNames()).containsExactly("");
            List<SheetRow> rows = rows(source, null);

            assertThat(rows).hasSize(8);
            assertThat(cells(rows.get(0))).containsExactly(RosterCorpus.TITLE);
            assertThat(cells(rows.get(1))).isEqualTo(HEADER_TOP);
            assertThat(cells(rows.get(2))).isEqualTo(HEADER_SUB);
            assertThat(cells(rows.get(3))).containsExactly("1", "青山县", "石桥镇", "青石村", "4415221010010001", "李青山",
                    "李青山", "441522196804120119", "男", "户主", "汉族", "1968-04-12", "脱贫户", "13812345678");
            // 户编号 and 户主姓名 span the household's three rows: covered cells are empty
            assertThat(cells(rows.get(4))).containsExactly("2", "青山县", "石桥镇", "青石村", "", "", "王秀英",
                    "441522197009030223", "女", "配偶", "汉族", "1970-09-03", "脱贫户");
            assertThat(rows.get(6).cell(4)).isEqualTo("4415221010010002");
            assertThat(rows.get(7).cell(6)).isEqualTo("陈小东");
            assertThat(rows.stream().map(SheetRow::rowNumber)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(rows).allSatisfy(r -> assertThat(r.numeric()).isNull());
        }
    }

    @Test
    void formulaCellsGiveTheirCachedResultsByType() {
        List<SheetRow> rows = rows(bad("formulas.xlsx"));
        String id = RosterCorpus.id("441522", "19900101", 13);

        SheetRow first = rows.get(1);
        assertThat(cells(first)).containsExactly("赵一", id, "3", "5", "2024-03-05", "TRUE", "", "202304");
        assertThat(first.numeric().stream().boxed().toList()).containsExactly(2, 3); // TEXT(…) is a string
        SheetRow second = rows.get(2);
        assertThat(cells(second)).containsExactly("钱二", id, "2", "3", "", "FALSE"); // the #N/A cell is empty
    }

    @Test
    void aReadableWorkbookWithUnrelatedColumnsIsReadAsIs() {
        List<SheetRow> rows = rows(bad("wrong-columns.xlsx"));
        assertThat(rows.stream().map(RosterTestFiles::cells).toList()).containsExactly(
                List.of("商品", "价格", "数量"), List.of("大米", "58.5", "10"), List.of("食用油", "79.9", "5"));
    }

    @Test
    void aMillionEmptyRowsStreamThroughWithTrueRowNumbers() {
        List<SheetRow> real = new ArrayList<>();
        int[] count = {0};
        int[] previous = {0};
        boolean[] consecutive = {true};
        assertTimeoutPreemptively(HANG, () -> {
            try (RosterSource source = RosterFiles.open(bad("million-empty-rows.xlsx"))) {
                source.read(null, row -> {
                    count[0]++;
                    consecutive[0] &= row.rowNumber() == previous[0] + 1;
                    previous[0] = row.rowNumber();
                    if (!row.isBlank()) {
                        real.add(row);
                    }
                    return true;
                });
            }
        });
        assertThat(count[0]).isEqualTo(1_000_004);
        assertThat(consecutive[0]).as("row numbers 1, 2, 3, … without gaps").isTrue();
        assertThat(real.stream().map(SheetRow::rowNumber)).containsExactly(1, 2, 3, 1_000_004);
        assertThat(cells(real.get(1))).containsExactly("孙大成", RosterCorpus.id("441522", "19750308", 15), "男");
        assertThat(real.get(3).cell(0)).isEqualTo("表尾备注：以上共2人");
    }

    @Test
    void returningFalseStopsTheSheetAndTheNextSheetStillStarts() {
        try (RosterSource source = RosterFiles.open(good("roster.xlsx"))) {
            List<String> seen = new ArrayList<>();
            source.read(null, new RowSink() {
                @Override
                public void sheet(String name) {
                    seen.add("sheet " + name);
                }

                @Override
                public boolean row(SheetRow row) {
                    seen.add(row.sheet() + " " + row.rowNumber());
                    return row.rowNumber() < 2;
                }
            });
            assertThat(seen).containsExactly("sheet 青石村", "青石村 1", "青石村 2", "sheet 白沙村", "白沙村 1", "白沙村 2");
        }
    }

    @Test
    void stoppingAfterTheRealRowsOfAMillionEmptyRowsEndsAtOnce() {
        List<Integer> seen = new ArrayList<>();
        assertTimeoutPreemptively(HANG, () -> {
            try (RosterSource source = RosterFiles.open(bad("million-empty-rows.xlsx"))) {
                source.read(null, row -> {
                    seen.add(row.rowNumber());
                    return !row.isBlank();
                });
                // the source is still usable after an early stop, and reads from the start again
                List<String> again = new ArrayList<>();
                source.read("Sheet1", row -> again.add(row.cell(0)) && false);
                assertThat(again).containsExactly("姓名");
            }
        });
        assertThat(seen).containsExactly(1, 2, 3, 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"roster.xlsx", "roster.xls", "roster-utf8-bom.csv", "roster-html.xls"})
    void readingTwiceGivesTheSameRows(String name) {
        try (RosterSource source = RosterFiles.open(good(name))) {
            List<List<String>> first = rows(source, null).stream().map(RosterTestFiles::cells).toList();
            List<List<String>> second = rows(source, null).stream().map(RosterTestFiles::cells).toList();
            assertThat(first).isNotEmpty().isEqualTo(second);
        }
    }

    @Test
    void oneNamedSheetIsReadAlone() {
        try (RosterSource source = RosterFiles.open(good("roster.xlsx"))) {
            List<String> sheets = new ArrayList<>();
            List<SheetRow> rows = new ArrayList<>();
            source.read("白沙村", new RowSink() {
                @Override
                public void sheet(String name) {
                    sheets.add(name);
                }

                @Override
                public boolean row(SheetRow row) {
                    rows.add(row);
                    return true;
                }
            });
            assertThat(sheets).containsExactly("白沙村");
            assertThat(rows).hasSize(9).allSatisfy(r -> assertThat(r.sheet()).isEqualTo("白沙村"));
        }
    }

    @Test
    void aMissingSheetIsNamedWithTheSheetsThereAre() {
        try (RosterSource source = RosterFiles.open(good("roster.xls"))) {
            assertThatThrownBy(() -> source.read("红旗村", row -> true))
                    .isInstanceOf(RosterFileException.class)
                    .hasMessage("找不到工作表“红旗村”，文件中的工作表：青石村、白沙村");
        }
        try (RosterSource source = RosterFiles.open(good("roster-gbk.csv"))) {
            assertThatThrownBy(() -> source.read("红旗村", row -> true))
                    .isInstanceOf(RosterFileException.class)
                    .hasMessageContaining("找不到工作表“红旗村”").hasMessageContaining("roster-gbk.csv");
        }
    }

    @Test
    void hiddenSheetsAreReadLikeTheOthers() throws IOException {
        Path file = dir.resolve("hidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("青石村").createRow(0).createCell(0).setCellValue("可见");
            workbook.createSheet("备用").createRow(0).createCell(0).setCellValue("隐藏");
            workbook.setSheetHidden(1, true);
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try (RosterSource source = RosterFiles.open(file)) {
            assertThat(source.sheetNames()).containsExactly("青石村", "备用");
            assertThat(rows(source, "备用").getFirst().cell(0)).isEqualTo("隐藏");
        }
    }

    @Test
    void theFormatComesFromTheContentNotTheExtension() throws IOException {
        Path csvNamedXls = Files.write(dir.resolve("下载的名单.xls"), RosterCorpus.rosterCsv(TextDecoding.GB18030, false));
        Path xlsxNamedCsv = Files.write(dir.resolve("roster.csv"), RosterCorpus.rosterXlsx());
        Path htmlNamedXlsx = Files.write(dir.resolve("export.xlsx"),
                RosterCorpus.rosterHtml().getBytes(TextDecoding.GB18030));
        try (RosterSource a = RosterFiles.open(csvNamedXls); RosterSource b = RosterFiles.open(xlsxNamedCsv);
                RosterSource c = RosterFiles.open(htmlNamedXlsx)) {
            assertThat(Stream.of(a, b, c).map(RosterSource::format))
                    .containsExactly(RosterFormat.CSV, RosterFormat.XLSX, RosterFormat.HTML);
            assertThat(rows(a, null).get(1).cell(6)).isEqualTo("姓名");
        }
    }

    @Test
    void unicodeTextFromExcelIsTabSeparatedUtf16() throws IOException {
        String text = "姓名\t证件号码\t备注\r\n李青山\t441522196804120119\t含,逗号\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        List<SheetRow> rows = rows(Files.write(dir.resolve("unicode.txt"), withBom));
        assertThat(rows.stream().map(RosterTestFiles::cells).toList()).containsExactly(
                List.of("姓名", "证件号码", "备注"), List.of("李青山", "441522196804120119", "含,逗号"));
    }

    @Test
    void excelsSepLineChoosesTheDelimiterAndIsNotARow() throws IOException {
        Path file = Files.writeString(dir.resolve("sep.csv"), "sep=;\r\n姓名;金额\r\n王秀英;1,50\r\n");
        List<SheetRow> rows = rows(file);
        assertThat(rows.stream().map(RosterTestFiles::cells).toList())
                .containsExactly(List.of("姓名", "金额"), List.of("王秀英", "1,50"));
        assertThat(rows.stream().map(SheetRow::rowNumber)).containsExactly(1, 2);
    }

    @Test
    void csvCellsStayAsWritten() throws IOException {
        Path file = Files.writeString(dir.resolve("raw.csv"), "  李明 ,0012,1.50,4.41522E+17,\"=1+1\"\n");
        assertThat(cells(rows(file).getFirst())).containsExactly("  李明 ", "0012", "1.50", "4.41522E+17", "=1+1");
    }

    @Test
    void htmlTablesAreSheetsNamedByCaptionOrNumber() throws IOException {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<table><caption>青石村名单</caption><tr><td>姓名</td></tr><tr><td>李青山</td></tr></table>"
                + "<table><tr><th>户编号</th><td><table><tr><td>嵌套</td></tr></table></td></tr></table>"
                + "</body></html>";
        try (RosterSource source = RosterFiles.open(Files.writeString(dir.resolve("two.html"), html))) {
            assertThat(source.sheetNames()).containsExactly("青石村名单", "表2");
            assertThat(rows(source, "表2").stream().map(RosterTestFiles::cells).toList())
                    .containsExactly(List.of("户编号", "嵌套"));
        }
    }

    @Test
    void anHtmlPageMislabelledUtf8ButWrittenInGbkIsStillRead() throws IOException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                + "<body><table><tr><td>陈桂兰</td></tr></table></body></html>";
        Path file = Files.write(dir.resolve("mislabelled.xls"), html.getBytes(TextDecoding.GB18030));
        assertThat(rows(file).getFirst().cell(0)).isEqualTo("陈桂兰");
    }

    @Test
    void aClosedSourceRefusesToRead() {
        RosterSource source = RosterFiles.open(good("roster.xlsx"));
        source.close();
        source.close(); // twice is harmless
        assertThatThrownBy(() -> source.read(null, row -> true)).isInstanceOf(IllegalStateException.class);
    }
}
