package cn.bangfu.ledger.logic.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.bangfu.ledger.logic.reports.Masking;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The renderer over a made template: what a clerk opening the file in Excel relies on, read back with POI. */
class ExcelRendererTest {

    /** Title, period line, 3 header rows: data from row index 5. */
    static final int FIRST_DATA = 5;

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void theThreeLevelHeaderIsMergedAsTheTreeSays() throws IOException {
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(Samples.table())))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            List<String> merges = sh.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            assertThat(merges).contains(
                    "A1:P1",        // the title across the width
                    "A3:A5",        // 村: a column above the deepest level, down to the last header row
                    "D3:D5",        // 身份证号
                    "E3:H3",        // 监测对象情况 over its four columns
                    "E4:F4",        // 户数
                    "G4:H4",        // 人数
                    "I3:J3",        // 帮扶资金 (2 levels deep in a 3-level header)
                    "I4:I5", "J4:J5", "P3:P5");
            assertThat(merges).doesNotContain("E5:E5");
            assertThat(text(sh, 0, 0)).isEqualTo(Samples.TITLE);
            assertThat(text(sh, 1, 0)).isEqualTo("2026年11月");
            assertThat(text(sh, 1, 8)).isEqualTo("单位：户、人、元");
            assertThat(text(sh, 2, 4)).isEqualTo("监测对象情况");
            assertThat(text(sh, 3, 4)).isEqualTo("户数");
            assertThat(text(sh, 3, 6)).isEqualTo("人数");
            assertThat(text(sh, 4, 4)).isEqualTo("上月末");
            assertThat(text(sh, 4, 7)).isEqualTo("本月末");
            assertThat(text(sh, 2, 15)).isEqualTo("整户无劳动力");
            assertThat(sh.getColumnWidth(3)).isEqualTo(20 * 256);
        }
    }

    @Test
    void valuesAreTypedIdsAndCodesStayText() throws IOException {
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(Samples.table())))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            XSSFRow first = sh.getRow(FIRST_DATA);
            XSSFCell id = first.getCell(3);
            assertThat(id.getCellType()).isEqualTo(CellType.STRING);
            assertThat(id.getStringCellValue()).isEqualTo(Samples.idNumber(1)).hasSize(18);
            assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");
            XSSFCell code = first.getCell(1);
            assertThat(code.getCellType()).isEqualTo(CellType.STRING);
            assertThat(code.getStringCellValue()).isEqualTo("0000000001");
            assertThat(first.getCell(12).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(12).getStringCellValue()).isEqualTo("13500000001");
            assertThat(first.getCell(13).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo("6228480000000000001");

            XSSFCell amount = first.getCell(8);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(1234.63);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(0.35, within(1e-12));
            assertThat(first.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00%");

            XSSFCell date = first.getCell(10);
            assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(first.getCell(11).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("2026-02");
            assertThat(first.getCell(15).getStringCellValue()).isEqualTo("否");
            assertThat(sh.getRow(FIRST_DATA + 1).getCell(15).getStringCellValue()).isEqualTo("是");
            assertThat(sh.getIgnoredErrors().get(org.apache.poi.ss.usermodel.IgnoredErrorType.NUMBER_STORED_AS_TEXT)
                    .stream().map(CellRangeAddress::formatAsString).toList())
                    .as("no green triangles on the text columns").containsExactlyInAnyOrder("A6:D13", "L6:P13");
            assertThat(first.getCell(14)).satisfiesAnyOf(
                    c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
        }
    }

    @Test
    void subtotalsAndTheTotalAreFormulasThatAddUpToTheModel() throws IOException {
        ReportTable table = Samples.table();
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(table)))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            assertThat(wb.getForceFormulaRecalculation()).isTrue();
            // rows 6-8 一村, 9 小计, 10-11 二村, 12 小计, 13 合计 (Excel's numbers)
            assertThat(sh.getRow(8).getCell(4).getCellFormula()).isEqualTo("SUBTOTAL(9,E6:E8)");
            assertThat(sh.getRow(11).getCell(8).getCellFormula()).isEqualTo("SUBTOTAL(9,I10:I11)");
            assertThat(sh.getRow(12).getCell(7).getCellFormula()).isEqualTo("SUBTOTAL(9,H6:H12)");
            assertThat(text(sh, 8, 0)).isEqualTo("一村小计");
            assertThat(text(sh, 12, 0)).isEqualTo("合计");
            assertThat(sh.getRow(12).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sh.getRow(12).getCell(9)).satisfiesAnyOf(
                    c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));

            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (int i = 0; i < table.rows().size(); i++) {
                Row row = table.rows().get(i);
                if (row.kind() == Row.Kind.DATA) {
                    continue;
                }
                for (int c : Samples.SUMMED) {
                    XSSFCell cell = sh.getRow(FIRST_DATA + i).getCell(c);
                    double expected = table.columns().get(c).kind().excelNumber(row.cell(c));
                    assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                    assertThat(cell.getNumericCellValue()).as("cached value of %s", cell.getAddress())
                            .isEqualTo(expected, within(1e-9));
                    assertThat(evaluator.evaluate(cell).getNumberValue()).as("evaluated %s", cell.getAddress())
                            .isEqualTo(expected, within(1e-9));
                }
            }
            // the 合计 in 元: 123456 × (1+…+5) + 5 × 7 fen
            assertThat(evaluator.evaluate(sh.getRow(12).getCell(8)).getNumberValue()).isEqualTo(18518.75, within(1e-9));
        }
    }

    @Test
    void aTotalOnTopAddsUpTheRowsBelowIt() throws IOException {
        ReportTable t = Samples.table();
        List<Row> rows = new java.util.ArrayList<>(t.rows());
        rows.addFirst(rows.removeLast());
        ReportTable top = new ReportTable(t.name(), t.headers(), rows);
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(top)))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            assertThat(sh.getRow(FIRST_DATA).getCell(8).getCellFormula()).isEqualTo("SUBTOTAL(9,I7:I13)");
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(sh.getRow(FIRST_DATA).getCell(8)).getNumberValue())
                    .isEqualTo(18518.75, within(1e-9));
        }
    }

    @Test
    void printSetupIsA4FittedToWidthWithRepeatedHeaderAndPageNumbers() throws IOException {
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(Samples.table())))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            PrintSetup ps = sh.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getLandscape()).isTrue();
            assertThat(sh.getFitToPage()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("3:5");
            assertThat(sh.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
            PaneInformation pane = sh.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) FIRST_DATA);
            assertThat(pane.getVerticalSplitPosition()).isZero();
        }
    }

    @Test
    void notesAreOneRowEachAndTheSignatureFollows() throws IOException {
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(Samples.table())))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            int last = FIRST_DATA + Samples.table().rows().size(); // the row after the 合计
            assertThat(text(sh, last, 0)).isEqualTo("本表由帮扶台账生成，数据截至2026年11月30日。");
            assertThat(text(sh, last + 1, 0)).isEqualTo("公示期：2026年12月1日至12月7日。");
            assertThat(text(sh, last + 2, 0)).isEqualTo("填报单位（盖章）：示范镇人民政府　　填报人：张三　　审核人：李四"
                    + "　　负责人：王五　　填报日期：2026年12月1日");
            assertThat(sh.getLastRowNum()).isEqualTo(last + 2);
            List<String> merges = sh.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList();
            assertThat(merges).contains("A" + (last + 1) + ":P" + (last + 1), "A" + (last + 2) + ":P" + (last + 2),
                    "A" + (last + 3) + ":P" + (last + 3));
        }
        ReportModel bare = new ReportModel(Samples.FORM, Samples.TITLE, "2026年11月", "单位：户", List.of(Samples.table()),
                List.of(), null, false, false);
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), bare))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            int last = FIRST_DATA + Samples.table().rows().size();
            assertThat(text(sh, last, 0)).as("no notes: no notes row").startsWith("填报单位（盖章）：　　　　")
                    .endsWith("填报日期：　　年　　月　　日");
            assertThat(sh.getLastRowNum()).isEqualTo(last);
        }
    }

    @Test
    void theMaskedVariantHasNoBankOrHealthColumns() throws IOException {
        ReportModel masked = Masking.mask(Samples.model(Samples.table()));
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), masked))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            assertThat(text(sh, 0, 0)).isEqualTo(Samples.TITLE + "（公示）");
            String header = java.util.stream.IntStream.range(0, 16).mapToObj(c -> text(sh, 2, c))
                    .collect(Collectors.joining("|"));
            assertThat(header).doesNotContain("银行账号").doesNotContain("健康状况").contains("联系电话");
            assertThat(text(sh, FIRST_DATA, 3)).isEqualTo("371522*******0001X".substring(0, 6) + "********" + "001X");
            assertThat(sh.getRow(FIRST_DATA).getLastCellNum()).isEqualTo((short) 14);
        }
    }

    @Test
    void severalDocumentsGetSheetsOfTheirOwnNamedAfterWhatTellsThemApart() throws IOException {
        ReportModel east = village("东村");
        ReportModel west = village("西村");
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), east, west))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("监测对象-东村");
            assertThat(wb.getSheetName(1)).isEqualTo("监测对象-西村");
            for (int i = 0; i < 2; i++) {
                XSSFSheet sh = wb.getSheetAt(i);
                assertThat(text(sh, 0, 0)).isEqualTo("示范镇" + (i == 0 ? "东村" : "西村") + "2026年11月监测对象公示");
                assertThat(sh.getRepeatingRows().formatAsString()).isEqualTo("3:5");
                assertThat(sh.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
                assertThat(sh.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sh.getFitToPage()).isTrue();
                assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sh.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList())
                        .contains("A1:P1", "E3:H3", "E4:F4");
                assertThat(sh.getRow(12).getCell(8).getCellFormula()).isEqualTo("SUBTOTAL(9,I6:I12)");
                assertThat(sh.isSelected()).isEqualTo(i == 0);
            }
            assertThat(text(wb.getSheetAt(1), 13, 0)).isEqualTo("只有一条说明。");
            assertThat(text(wb.getSheetAt(1), 14, 0)).startsWith("填报单位（盖章）：西村村民委员会");
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void manyDocumentsFollowEachOtherOnOneSheet() throws IOException {
        ReportModel a = Samples.model(Samples.table());
        List<ReportModel> docs = new java.util.ArrayList<>();
        docs.add(a);
        for (int i = 2; i <= ExcelRenderer.MAX_SHEETS + 1; i++) {
            docs.add(new ReportModel(Samples.FORM, "第" + i + "份", "2026年12月", "单位：户", List.of(Samples.table()),
                    List.of("只有一条说明。"), a.signature(), false, true));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new ExcelRenderer().write(docs, out, null);
        try (XSSFWorkbook wb = read(out.toByteArray())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            int end = FIRST_DATA + 8 + 3; // 8 rows, 2 notes, signature: then the blank row
            assertThat((Object) sh.getRow(end)).isNull();
            assertThat(sh.getRowBreaks()).contains(end);
            int base = end + 1;
            assertThat(text(sh, base, 0)).isEqualTo("第2份");
            assertThat(text(sh, base + 1, 0)).isEqualTo("2026年12月");
            assertThat(text(sh, base + 3, 4)).isEqualTo("户数");
            assertThat(sh.getMergedRegions().stream().map(CellRangeAddress::formatAsString).toList())
                    .contains("A" + (base + 1) + ":P" + (base + 1), "E" + (base + 3) + ":H" + (base + 3));
            assertThat(sh.getRow(base + FIRST_DATA + 3).getCell(4).getCellFormula())
                    .isEqualTo("SUBTOTAL(9,E" + (base + FIRST_DATA + 1) + ":E" + (base + FIRST_DATA + 3) + ")");
            assertThat(text(sh, base + FIRST_DATA + 8, 0)).isEqualTo("只有一条说明。");
            assertThat(text(sh, base + FIRST_DATA + 9, 0)).startsWith("填报单位（盖章）：示范镇人民政府");
            int block = FIRST_DATA + 8 + 1 + 1 + 1; // a following document: header, rows, note, signature, blank
            assertThat(sh.getLastRowNum()).isEqualTo(base + (docs.size() - 2) * block + FIRST_DATA + 9);
            assertThat(text(sh, base + (docs.size() - 2) * block, 0)).isEqualTo("第" + docs.size() + "份");
            assertThat(sh.getRepeatingRows()).isNull();
            assertThat(sh.getPaneInformation()).satisfiesAnyOf(
                    p -> assertThat(p).isNull(), p -> assertThat(p.isFreezePane()).isFalse());
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            assertThat(evaluator.evaluate(sh.getRow(base + FIRST_DATA + 7).getCell(8)).getNumberValue())
                    .isEqualTo(18518.75, within(1e-9));
        }
    }

    @Test
    void anEmptyTableKeepsItsHeaderAndFooterAndALoneTotalIsANumber() throws IOException {
        ReportTable t = Samples.table();
        ReportTable empty = new ReportTable(t.name(), t.headers(), List.of());
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(empty)))) {
            XSSFSheet sh = wb.getSheet(Samples.TABLE);
            assertThat(text(sh, 4, 4)).isEqualTo("上月末");
            assertThat(text(sh, FIRST_DATA, 0)).startsWith("本表由帮扶台账生成");
            assertThat(wb.getForceFormulaRecalculation()).isFalse();
        }
        Row lone = Samples.sum(Row.Kind.TOTAL, "合计", List.of(Samples.data("一村", 1)));
        ReportTable onlyTotal = new ReportTable(t.name(), t.headers(), List.of(lone));
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(onlyTotal)))) {
            XSSFCell cell = wb.getSheet(Samples.TABLE).getRow(FIRST_DATA).getCell(8);
            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).isEqualTo(1234.63);
        }
    }

    static ReportModel village(String village) {
        List<String> notes = village.equals("东村") ? List.of("第一条。", "第二条。") : List.of("只有一条说明。");
        return new ReportModel(Samples.FORM, "示范镇" + village + "2026年11月监测对象公示", "2026年11月", "单位：户",
                List.of(Samples.table()), notes,
                new cn.bangfu.ledger.logic.reports.Signature(village + "村民委员会", "赵六", "", "", null), false, true);
    }

    @Test
    void eachTableHasItsSheetInTheModelsOrder() throws IOException {
        ReportTable t = Samples.table();
        ReportTable second = new ReportTable("按风险", t.headers(), t.rows().subList(0, 3));
        try (XSSFWorkbook wb = read(Samples.render(new ExcelRenderer(), Samples.model(t, second)))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo(Samples.TABLE);
            assertThat(wb.getSheetName(1)).isEqualTo("按风险");
            assertThat(text(wb.getSheetAt(1), 1, 0)).isEqualTo("按风险　　2026年11月");
            assertThat(wb.getSheetAt(1).getRepeatingRows().formatAsString()).isEqualTo("3:5");
        }
    }

    static String text(XSSFSheet sh, int row, int col) {
        XSSFRow r = sh.getRow(row);
        XSSFCell c = r == null ? null : r.getCell(col);
        return c == null ? "" : c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString();
    }
}
