package cn.bangfu.ledger.logic.rosters.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small rules under the readers: number text, East Asian date formats, delimiters, spans, binary text. */
class RosterCellTextTest {

    @ParameterizedTest
    @CsvSource({
            "4.41522199001012E17, 441522199001012000",
            "202304.0, 202304",
            "3.5, 3.5",
            "13812345678, 13812345678",
            "-12.25, -12.25",
            "1.0E-7, 0.0000001",
            "1.0E20, 100000000000000000000",
            "123456789012345678, 123456789012346000",
            "0.0, 0",
            "-0.0, 0"})
    void numbersArePlainDecimalsWithExcelsFifteenDigits(double value, String text) {
        assertThat(CellText.number(value)).isEqualTo(text);
    }

    @Test
    void binaryNoiseBeyondFifteenDigitsIsGone() {
        assertThat(CellText.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(CellText.number(1234.56 * 3)).isEqualTo("3703.68");
    }

    @Test
    void cellsBecomeTextByTheirType() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = workbook.createSheet().createRow(0);
            Cell day = row.createCell(0);
            day.setCellValue(45356);
            day.setCellStyle(date);
            Cell beyond = row.createCell(1); // after 9999-12-31: Excel shows #####, it is no date
            beyond.setCellValue(3_000_000);
            beyond.setCellStyle(date);
            Cell negative = row.createCell(2);
            negative.setCellValue(-1);
            negative.setCellStyle(date);
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(5).setCellValue(" 原样 ");
            row.createCell(7).setBlank();
            RowBuilder builder = new RowBuilder();
            for (Cell cell : row) {
                CellText.put(cell, builder);
            }
            SheetRow read = builder.build("", 1);
            assertThat(read.cells()).containsExactly("2024-03-05", "3000000", "-1", "TRUE", "", " 原样 ");
            assertThat(read.numeric().stream().boxed().toList()).containsExactly(1, 2);
        }
    }

    @Test
    void anXlsInTheMac1904DateSystemMovesItsDates() throws IOException {
        // serial 43000 is 2017-09-22 in the 1900 system and 2021-09-23 in the 1904 one (as for .xlsx)
        byte[] bytes;
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Cell day = workbook.createSheet().createRow(0).createCell(0);
            day.setCellValue(43000);
            day.setCellStyle(date);
            ((org.apache.poi.hssf.record.DateWindow1904Record) workbook.getInternalWorkbook()
                    .findFirstRecordBySid(org.apache.poi.hssf.record.DateWindow1904Record.sid)).setWindowing((short) 1);
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        try (HSSFWorkbook read = new HSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            assertThat(read.getInternalWorkbook().isUsing1904DateWindowing()).isTrue();
            RowBuilder builder = new RowBuilder();
            CellText.put(read.getSheetAt(0).getRow(0).getCell(0), builder);
            assertThat(builder.build("", 1).cells()).containsExactly("2021-09-23");
        }
    }

    @Test
    void theChineseBuiltinDateFormatsAreDatesButTheirTimeFormatsAreNot() {
        assertThat(List.of(27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58))
                .allMatch(CellText::isEastAsianDateFormat);
        assertThat(List.of(0, 1, 14, 26, 32, 33, 34, 35, 49, 55, 56, 59, 164))
                .noneMatch(CellText::isEastAsianDateFormat);
    }

    @Test
    void rowsDropTrailingEmptyCellsAndKeepNumericBitsOfWhatRemains() {
        RowBuilder builder = new RowBuilder();
        builder.text(3, "户主");
        builder.number(1, "202304");
        builder.number(5, "0"); // overwritten below by an empty text cell
        builder.text(5, "");
        SheetRow row = builder.build("村", 7);
        assertThat(row.cells()).containsExactly("", "202304", "", "户主");
        assertThat(row.numeric().stream().boxed().toList()).containsExactly(1);
        SheetRow blank = builder.build("村", 8); // the builder starts over
        assertThat(blank.cells()).isEmpty();
        assertThat(blank.numeric()).isNull();
    }

    @Test
    void theDelimiterIsTheOneFoundOnMostLines() {
        assertThat(CsvFileSource.detectDelimiter(List.of("花名册", "姓名,证件号码,性别", "李明,441522,男"))).isEqualTo(',');
        assertThat(CsvFileSource.detectDelimiter(List.of("姓名\t备注", "李明\t含,逗号,两个", "王秀英\t无"))).isEqualTo('\t');
        assertThat(CsvFileSource.detectDelimiter(List.of("姓名;金额", "李明;1,5", "王秀英;2,0"))).isEqualTo(';');
        assertThat(CsvFileSource.detectDelimiter(List.of("姓名;备注", "李明;\"a,b,c,d\"", "王秀英;x"))).isEqualTo(';');
        assertThat(CsvFileSource.detectDelimiter(List.of("只有一列"))).isEqualTo(',');
        assertThat(CsvFileSource.sepDirective("sep=;")).isEqualTo(';');
        assertThat(CsvFileSource.sepDirective("SEP=\t")).isEqualTo('\t');
        assertThat(CsvFileSource.sepDirective("姓名,证件号码")).isNull();
    }

    @Test
    void controlCharactersMakeTextBinary() {
        assertThat(CsvFileSource.looksBinary("姓名,证件号码\r\n李明,441522\f\u001A")).isFalse();
        assertThat(CsvFileSource.looksBinary("a\u0000b")).isTrue();
        assertThat(CsvFileSource.looksBinary("\u0001\u0002\u0003\u0004abc")).isTrue();
    }

    @Test
    void spansAreLaidOutLikeMergedCells() {
        Element table = Jsoup.parse("""
                <table>
                  <tr><td rowspan="3">A</td><td colspan="2">B</td><td>C</td></tr>
                  <tr><td>D</td><td rowspan="2" colspan="2">E</td></tr>
                  <tr><td>F</td></tr>
                  <tr><td>G</td><td>H</td><td colspan="0">I</td><td rowspan="x">J</td></tr>
                </table>""").selectFirst("table");
        List<String> rows = HtmlSource.grid(table).stream().map(Arrays::toString).toList();
        assertThat(rows).containsExactly(
                "[A, B, , C]",
                "[, D, E]",
                "[, F]",
                "[G, H, I, J]");
    }

    @Test
    void htmlCharsetComesFromTheMetaTagThenStrictUtf8ThenGb18030() {
        String page = "<html><head><meta charset=\"gb2312\"></head><body><table><tr><td>白沙村</td></tr></table></body></html>";
        assertThat(HtmlSource.decode(page.getBytes(TextDecoding.GB18030))).contains("白沙村");
        String undeclared = "<table><tr><td>白沙村</td></tr></table>";
        assertThat(HtmlSource.decode(undeclared.getBytes(java.nio.charset.StandardCharsets.UTF_8))).contains("白沙村");
        assertThat(HtmlSource.decode(undeclared.getBytes(TextDecoding.GB18030))).contains("白沙村");
    }
}
