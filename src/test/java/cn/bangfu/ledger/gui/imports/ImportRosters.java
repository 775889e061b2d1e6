package cn.bangfu.ledger.gui.imports;

import cn.bangfu.ledger.model.IdNumber;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * County rosters for the import tests, written with POI the way counties send them: two title rows above the
 * header (户编号, 行政村, 户类型, 姓名, 证件号码, 性别, 与户主关系), IDs as text, a 合计 row at the end.
 */
final class ImportRosters {

    static final List<String> HEADER = List.of("户编号", "行政村", "户类型", "姓名", "证件号码", "性别", "与户主关系");

    /** A valid GB 11643 ID for the first 17 digits. */
    static String id(String first17) {
        return first17 + IdNumber.checkChar(first17);
    }

    /** The same ID with a wrong check character. */
    static String badId(String first17) {
        char good = IdNumber.checkChar(first17);
        return first17 + (good == '1' ? '2' : '1');
    }

    static final String ZHANG = id("44152319700315011");
    static final String LI = id("44152319720608022");
    static final String ZHANG_SON = id("44152319980101031");
    static final String WANG = id("44152319650505041");
    static final String CHEN_BAD = badId("44152319800808051");
    static final String LIU = id("44152319820202062");
    static final String ZHAO = id("44152320050909082");

    /** The rows of the first roster: two households to add, one held back by a bad check character. */
    static List<List<String>> first() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("4415230101001", "东坑村", "脱贫户", "张大山", ZHANG, "男", "户主"));
        rows.add(List.of("4415230101001", "东坑村", "脱贫户", "李秀英", LI, "女", "配偶"));
        rows.add(List.of("4415230101001", "东坑村", "脱贫户", "张小明", ZHANG_SON, "男", "之子"));
        rows.add(List.of("4415230101002", "东坑村", "一般农户", "王建国", WANG, "男", "户主"));
        rows.add(List.of("4415230102001", "西岭村", "脱贫户", "陈国强", CHEN_BAD, "男", "户主"));
        rows.add(List.of("4415230102001", "西岭村", "脱贫户", "刘芳", LIU, "女", "配偶"));
        return rows;
    }

    /** The next year's roster: 王建国's household became 脱贫户 and gained a member. */
    static List<List<String>> second() {
        List<List<String>> rows = new ArrayList<>(first().subList(0, 3));
        rows.add(List.of("4415230101002", "东坑村", "脱贫户", "王建国", WANG, "男", "户主"));
        rows.add(List.of("4415230101002", "东坑村", "脱贫户", "王小红", ZHAO, "女", "之女"));
        return rows;
    }

    /** Writes a roster: two title rows, the header on row 3, the rows, a 合计 row. */
    static Path write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("花名册");
            sheet.createRow(0).createCell(0).setCellValue("示范县2026年防止返贫监测对象花名册");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.size() - 1));
            sheet.createRow(1).createCell(0).setCellValue("填报单位：示范镇人民政府        填报日期：2026年11月20日");
            Row h = sheet.createRow(2);
            for (int c = 0; c < header.size(); c++) {
                h.createCell(c).setCellValue(header.get(c));
            }
            int r = 3;
            for (List<String> row : rows) {
                Row x = sheet.createRow(r++);
                for (int c = 0; c < row.size(); c++) {
                    x.createCell(c).setCellValue(row.get(c));
                }
            }
            sheet.createRow(r).createCell(0).setCellValue("合计：" + rows.size() + " 人");
            wb.write(out);
        }
        return file;
    }

    static Path write(Path file, List<List<String>> rows) throws IOException {
        return write(file, HEADER, rows);
    }

    private ImportRosters() {
    }
}
