package cn.bangfu.ledger.logic.rosters.read;

import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.cells;
import static cn.bangfu.ledger.logic.rosters.read.RosterTestFiles.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook of rejected rows: text cells that survive the round trip, its look, and safe writing. */
class RosterErrorWorkbookTest {

    private static final List<String> HEADERS = List.of("户编号", "姓名", "证件号码", "出生日期", "备注");

    /** Cells a careless writer would turn into numbers, dates, formulas or trimmed text. */
    private static final List<String> TRICKY = List.of("4415221010010001", "李明", "441522199501200318", "2012-06-15",
            "0012", "  两端空格  ", "=1+1", "TRUE", "1.50", "4.41522E+17", "_x0041_", "tab\there", "第一行\n第二行",
            "😀", "\u00a0前有不换行空格", "'0123", "", "44152219900101201X");

    @TempDir
    Path dir;

    @Test
    void reReadingGivesBackExactlyTheOriginalCells() {
        Path out = dir.resolve("问题行.xlsx");
        List<RejectedRow> rejected = List.of(
                new RejectedRow("青石村", 8, TRICKY, "ID_TRUNCATED", "证件号码只有15位有效数字，请核对原始证件"),
                new RejectedRow("白沙村", 12, Arrays.asList("4415221010020001", null, "441522200807010723"),
                        "GENDER;RELATION", "性别与证件号码不符；与户主关系为空"));
        ErrorWorkbook.write(out, HEADERS, rejected);

        try (RosterSource source = RosterFiles.open(out)) {
            assertThat(source.format()).isEqualTo(RosterFormat.XLSX);
            assertThat(source.sheetNames()).containsExactly("问题行");
            List<SheetRow> rows = rows(source, null);
            assertThat(rows).hasSize(3);

            List<String> header = new ArrayList<>(HEADERS);
            while (header.size() < TRICKY.size()) {
                header.add("");
            }
            header.addAll(List.of("原工作表", "原行号", "问题代码", "问题说明"));
            assertThat(cells(rows.get(0))).isEqualTo(header);

            SheetRow first = rows.get(1);
            assertThat(cells(first).subList(0, TRICKY.size())).isEqualTo(TRICKY);
            assertThat(cells(first).subList(TRICKY.size(), TRICKY.size() + 4))
                    .containsExactly("青石村", "8", "ID_TRUNCATED", "证件号码只有15位有效数字，请核对原始证件");
            // only our own row-number column is a number; every original cell is text
            assertThat(first.numeric().stream().boxed().toList()).containsExactly(TRICKY.size() + 1);

            SheetRow second = rows.get(2);
            assertThat(cells(second).subList(0, 3)).containsExactly("4415221010020001", "", "441522200807010723");
            assertThat(second.cell(TRICKY.size() + 3)).isEqualTo("性别与证件号码不符；与户主关系为空");
        }
    }

    @Test
    void whatXmlCannotHoldBecomesAQuestionMark() {
        Path out = dir.resolve("控制字符.xlsx");
        ErrorWorkbook.write(out, List.of("备注"), List.of(new RejectedRow("", 2, List.of("前\u0001后", "a\uD800b"), "", "")));
        assertThat(cells(rows(out).get(1)).subList(0, 2)).containsExactly("前?后", "a?b");
    }

    @Test
    void theSheetLooksLikeAWorkList() throws IOException {
        Path out = dir.resolve("look.xlsx");
        ErrorWorkbook.write(out, HEADERS, List.of(
                new RejectedRow("青石村", 8, List.of("4415221010010001", "李明", "441522199501200000"), "ID_TRUNCATED",
                        "证件号码已被 Excel 截断（末三位为000），无法修复，请按原始证件重新填写")));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("问题行");
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);

            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);

            XSSFCell nameHeader = sheet.getRow(0).getCell(1);
            assertThat(nameHeader.getCellStyle().getFont().getBold()).isTrue();

            XSSFCell id = sheet.getRow(1).getCell(2);
            assertThat(id.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(id.getCellStyle().getDataFormatString()).isEqualTo("@");

            int codes = HEADERS.size() + 2;
            for (XSSFCell problem : List.of(sheet.getRow(0).getCell(codes), sheet.getRow(1).getCell(codes),
                    sheet.getRow(1).getCell(codes + 1))) {
                XSSFCellStyle style = problem.getCellStyle();
                assertThat(style.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFFFC7CE");
            }
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFillForegroundXSSFColor()).isNull();
            // wide enough for an ID number and for the explanation
            assertThat(sheet.getColumnWidth(2)).isGreaterThanOrEqualTo(18 * 256);
            assertThat(sheet.getColumnWidth(codes + 1)).isGreaterThan(sheet.getColumnWidth(0));
            // the explanation wraps in its column; it prints on readable pages
            assertThat(sheet.getRow(1).getCell(codes + 1).getCellStyle().getWrapText()).isTrue();
            var print = sheet.getPrintSetup();
            assertThat(print.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
            assertThat(sheet.getFooter().getCenter()).contains("&P").contains("&N");
        }
    }

    @Test
    void aWideRosterPrintsOnSeveralReadablePagesEachNamingThePerson() throws IOException {
        List<String> headers = new java.util.ArrayList<>(List.of("户编号", "姓名", "证件号码"));
        List<String> cells = new java.util.ArrayList<>(List.of("H1", "张大山", "441522197001010011"));
        for (int i = 0; i < 40; i++) {
            headers.add("风险消除后是否有家庭成员未参加基本医疗保险" + i);
            cells.add("否");
        }
        Path out = dir.resolve("wide.xlsx");
        ErrorWorkbook.write(out, headers, List.of(new RejectedRow("", 2, cells, "证件号校验位错误", "校验位不对")));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("问题行");
            assertThat(sheet.getPrintSetup().getFitWidth()).isGreaterThan((short) 1);
            assertThat(sheet.getRepeatingColumns()).isEqualTo(new org.apache.poi.ss.util.CellRangeAddress(-1, -1, 0, 2));
            assertThat(sheet.getRow(0).getCell(5).getCellStyle().getWrapText()).isTrue(); // long headers wrap
            assertThat(sheet.getColumnWidth(5)).isLessThan(20 * 256);
        }
    }

    @Test
    void aSoundRowOfAHeldBackHouseholdIsMarkedApartFromTheFaultyOnes() throws IOException {
        Path out = dir.resolve("whole.xlsx");
        ErrorWorkbook.write(out, HEADERS, List.of(
                new RejectedRow("", 2, List.of("H1", "张大山"), "同户暂缓", "本行无误", false),
                new RejectedRow("", 3, List.of("H1", "张小明"), "证件号校验位错误", "校验位不对")));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("问题行");
            int codes = HEADERS.size() + 2;
            assertThat(sheet.getRow(1).getCell(codes).getCellStyle().getFillForegroundXSSFColor().getARGBHex())
                    .isEqualTo("FFFFEB9C");
            assertThat(sheet.getRow(2).getCell(codes).getCellStyle().getFillForegroundXSSFColor().getARGBHex())
                    .isEqualTo("FFFFC7CE");
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path out = Files.writeString(dir.resolve("问题行.xlsx"), "上一次的内容");
        ErrorWorkbook.write(out, HEADERS, List.of(new RejectedRow("", 3, List.of("1"), "X", "说明")));
        assertThat(rows(out)).hasSize(2);
        assertThat(leftovers()).containsExactly("问题行.xlsx");
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        // the target name is taken by a folder with something in it: the final move fails
        Path out = dir.resolve("问题行.xlsx");
        Files.createDirectory(out);
        Files.writeString(out.resolve("别动.txt"), "x");
        assertThatThrownBy(() -> ErrorWorkbook.write(out, HEADERS, List.of()))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("无法保存问题行文件“问题行.xlsx”");
        assertThat(leftovers()).containsExactly("问题行.xlsx");
    }

    @Test
    void aMissingFolderIsExplained() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("导出"), "");
        assertThatThrownBy(() -> ErrorWorkbook.write(notAFolder.resolve("问题行.xlsx"), HEADERS, List.of()))
                .isInstanceOf(RosterFileException.class)
                .hasMessageContaining("无法保存问题行文件")
                .hasMessageContaining("文件夹不存在");
        assertThat(leftovers()).containsExactly("导出");
    }

    @Test
    void manyRowsAreWrittenStreamingAndTheTemporaryFilesAreGone() throws IOException {
        Path poiTemp = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        List<String> before = sxssfTempFiles(poiTemp);
        List<RejectedRow> many = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            many.add(new RejectedRow("全镇", i + 2, List.of("4415221010" + String.format("%06d", i), "姓名" + i,
                    RosterCorpus.id("441522", "19900101", i % 1000)), "ID", "说明"));
        }
        Path out = dir.resolve("many.xlsx");
        ErrorWorkbook.write(out, HEADERS, many);
        List<SheetRow> rows = rows(out);
        assertThat(rows).hasSize(2_001);
        assertThat(rows.getLast().cell(0)).isEqualTo("4415221010001999");
        assertThat(rows.getLast().isNumeric(0)).isFalse();
        assertThat(sxssfTempFiles(poiTemp)).isSubsetOf(before);
    }

    private static List<String> sxssfTempFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("poi-sxssf")).toList();
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
