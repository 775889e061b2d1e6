package cn.bangfu.ledger.logic.rosters;

import cn.bangfu.ledger.model.IdNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small county-style roster workbooks for tests: title rows, a header (optionally two-level, merged),
 * data rows, and whatever else a test adds. A cell text starting with "#" is written as a NUMBER cell.
 */
final class RosterBook {

    static final List<String> HEADER = List.of("县", "乡(镇)", "行政村", "户编号", "户类型", "姓名", "证件号码", "性别",
            "与户主关系", "民族", "出生日期", "联系电话");

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private Sheet sheet;
    private int next;

    RosterBook sheet(String name) {
        sheet = wb.createSheet(name);
        next = 0;
        return this;
    }

    RosterBook titles(String... titles) {
        for (String t : titles) {
            row(t);
            sheet.addMergedRegion(new CellRangeAddress(next - 1, next - 1, 0, 8));
        }
        return this;
    }

    RosterBook header() {
        return row(HEADER.toArray(String[]::new));
    }

    RosterBook header(String... names) {
        return row(names);
    }

    /** A two-level header: 户编号 etc. merged over two rows, 家庭成员 over 姓名/证件号码/性别. */
    RosterBook twoLevelHeader() {
        row("行政村", "户编号", "户类型", "家庭成员", "", "", "与户主关系");
        row("", "", "", "姓名", "证件号码", "性别", "");
        for (int c : new int[] {0, 1, 2, 6}) {
            sheet.addMergedRegion(new CellRangeAddress(next - 2, next - 1, c, c));
        }
        sheet.addMergedRegion(new CellRangeAddress(next - 2, next - 2, 3, 5));
        return this;
    }

    RosterBook row(String... cells) {
        if (sheet == null) {
            sheet("花名册");
        }
        Row r = sheet.createRow(next++);
        for (int c = 0; c < cells.length; c++) {
            String v = cells[c];
            if (v == null) {
                continue;
            }
            Cell cell = r.createCell(c);
            if (v.startsWith("#")) {
                cell.setCellValue(Double.parseDouble(v.substring(1)));
            } else {
                cell.setCellValue(v);
            }
        }
        return this;
    }

    /** A standard person row of the {@link #HEADER} layout in 示范镇. */
    RosterBook person(String village, String householdNo, String type, String name, String id, String gender,
            String relation) {
        return row("示范县", "示范镇", village, householdNo, type, name, id, gender, relation, "汉族", null, null);
    }

    /** Merges a range of the current sheet (0-based rows and columns, inclusive). */
    RosterBook merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        return this;
    }

    RosterBook blank() {
        next++;
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    /** A valid ID: 17 digits (a real area code and birth date) plus the check character. */
    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    /** n distinct valid IDs born 1970–1999 in area 441522. */
    static List<String> ids(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String first17 = String.format("441522%04d%02d%02d%03d", 1970 + i % 30, 1 + i % 12, 1 + i % 28, 100 + i % 900);
            out.add(id(first17));
        }
        return out;
    }
}
