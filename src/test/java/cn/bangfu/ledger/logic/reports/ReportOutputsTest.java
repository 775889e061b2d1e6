package cn.bangfu.ledger.logic.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.WorkProgress;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportPlan;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every form through both renderers on a demo ledger: no 公示 output carries an ID number or a mobile number, the
 * full ones do (so the scan can see them), and the roster exported and imported into an empty ledger gives back
 * the same households and people.
 */
class ReportOutputsTest {

    @TempDir
    static Path dir;

    static LedgerServices s;
    static final YearMonth MONTH = YearMonth.now().minusMonths(1);

    /** An 18- or 15-character ID, or an 11-digit mobile, anywhere in a text (not inside a longer number). */
    static final Pattern SECRET = Pattern.compile("(?<![0-9A-Za-z])(\\d{17}[0-9Xx]|\\d{15}|1\\d{10})(?![0-9A-Za-z])");

    @BeforeAll
    static void demo() {
        s = LedgerServices.open(dir.resolve("demo.db"));
        s.demo().generate(new DemoGenerator.Options(120, 11, LocalDate.now()));
    }

    @AfterAll
    static void close() {
        s.close();
    }

    static ReportRequest request(ReportForm form, boolean masked) {
        String village = form.id().equals("household-card") ? s.households().villages().getFirst().name() : null;
        return new ReportRequest(MONTH, masked, null, village);
    }

    static String xlsxText(byte[] bytes) throws Exception {
        StringBuilder sb = new StringBuilder();
        DataFormatter f = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        sb.append(f.formatCellValue(cell)).append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    static String pdfText(byte[] bytes) throws Exception {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** IDs (a run with a real birth date where an ID has it: an 18-digit 户编号 is not one) and mobiles. */
    static List<String> secrets(String text) {
        List<String> found = new ArrayList<>();
        var m = SECRET.matcher(text);
        while (m.find()) {
            String s = m.group(1);
            if (s.length() == 11 || birthDate(s.length() == 18 ? s.substring(6, 14) : "19" + s.substring(6, 12))) {
                found.add(s);
            }
        }
        return found;
    }

    private static boolean birthDate(String yyyymmdd) {
        try {
            int year = LocalDate.parse(yyyymmdd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE).getYear();
            return year >= 1900 && year <= 2100;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    @Test
    void noMaskedOutputOfAnyFormCarriesAnIdOrAMobileNumber() throws Exception {
        ReportService reports = s.reports();
        for (ReportForm form : reports.forms()) {
            List<ReportModel> masked = reports.models(form.id(), request(form, true));
            for (ReportFormat format : ReportFormat.values()) {
                byte[] bytes = reports.render(masked, format, null, WorkProgress.NONE);
                String text = format == ReportFormat.XLSX ? xlsxText(bytes) : pdfText(bytes);
                assertThat(text).as(form.id() + " " + format).isNotBlank();
                assertThat(secrets(text)).as(form.id() + " 公示 " + format).isEmpty();
            }
        }
        // the scan sees them where they belong: the full roster holds every person's ID
        List<ReportModel> full = reports.models("monitoring-roster", ReportRequest.of(MONTH, false));
        assertThat(secrets(xlsxText(reports.render(full, ReportFormat.XLSX, null, WorkProgress.NONE))))
                .hasSizeGreaterThan(100);
        assertThat(secrets(pdfText(reports.render(full, ReportFormat.PDF, null, WorkProgress.NONE))))
                .isNotEmpty();
    }

    @Test
    void theRosterImportedIntoAnEmptyLedgerGivesBackTheSameHouseholdsAndPeople() throws Exception {
        Path roster = s.reports().export("monitoring-roster", ReportRequest.of(YearMonth.now(), false),
                ReportFormat.XLSX, dir.resolve("花名册.xlsx"), null, WorkProgress.NONE);
        try (LedgerServices empty = LedgerServices.open(dir.resolve("empty.db"))) {
            var office = s.settings().office();
            empty.settings().save(new cn.bangfu.ledger.model.OfficeSettings(office.county(), office.town(), "测试员"));
            s.rates().thresholds().forEach(empty.rates()::putThreshold); // the office's settings, not its data
            ImportPlan plan = empty.importPlanning().plan(roster, ImportOptions.defaults(), ImportProgress.NONE);
            assertThat(plan.errors()).as("rows refused").isEmpty();
            assertThat(empty.importApplying().apply(plan, ImportProgress.NONE).applied()).isTrue();
            assertThat(people(empty)).isEqualTo(people(s));
            assertThat(households(empty)).isEqualTo(households(s));
            assertThat(empty.overview().stats().monitored()).isEqualTo(s.overview().stats().monitored());
        }
        assertThat(Files.size(roster)).isPositive();
    }

    @Test
    void theNationalExportHasItsShapeAndImportsBackIntoAnEmptyLedger() throws Exception {
        Path file = s.reports().export("national-person", ReportRequest.of(YearMonth.now(), false),
                ReportFormat.XLSX, dir.resolve("监测对象信息.xlsx"), null, WorkProgress.NONE);
        DataFormatter f = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("监测对象信息");
            assertThat(f.formatCellValue(sheet.getRow(1).getCell(0))).startsWith("导出时间：");
            List<String> header = new ArrayList<>();
            sheet.getRow(2).forEach(c -> header.add(f.formatCellValue(c)));
            assertThat(header).startsWith("县", "乡", "村", "户编号", "姓名", "证件类型", "证件号码", "性别", "出生日期");
            assertThat(header.stream().filter("风险是否已消除"::equals)).hasSize(2);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(f.formatCellValue(last.getCell(6))).as("the last row is a person, not a footer").hasSize(18);
        }
        try (LedgerServices empty = LedgerServices.open(dir.resolve("national.db"))) {
            var office = s.settings().office();
            empty.settings().save(new cn.bangfu.ledger.model.OfficeSettings(office.county(), office.town(), "测试员"));
            s.rates().thresholds().forEach(empty.rates()::putThreshold);
            ImportPlan plan = empty.importPlanning().plan(file, ImportOptions.defaults(), ImportProgress.NONE);
            assertThat(plan.errors()).as("rows refused").isEmpty();
            assertThat(empty.importApplying().apply(plan, ImportProgress.NONE).applied()).isTrue();
            String monitored = " WHERE EXISTS (SELECT 1 FROM episode e WHERE e.household_id = h.id)";
            assertThat(rows(empty, "SELECT h.household_no, m.name, m.id_number, m.relation, m.gender, m.birth_date "
                    + "FROM member m JOIN household h ON h.id = m.household_id" + monitored + " AND m.left_on IS NULL"))
                    .isEqualTo(rows(s, "SELECT h.household_no, m.name, m.id_number, m.relation, m.gender, m.birth_date "
                            + "FROM member m JOIN household h ON h.id = m.household_id" + monitored
                            + " AND m.left_on IS NULL"));
            assertThat(empty.overview().stats().monitored()).isEqualTo(s.overview().stats().monitored());
        }
    }

    /** Rows of a query on the ledger file, each as its columns joined by | (read beside the open ledger). */
    static TreeSet<String> rows(LedgerServices l, String sql) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + l.file()); var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    /** Every current member: household, name, ID, relation, gender, birth date, education, health, phone. */
    static TreeSet<String> people(LedgerServices l) throws Exception {
        return rows(l, "SELECT h.household_no, m.name, m.id_number, m.relation, m.gender, m.birth_date, m.education, "
                + "m.school_status, m.health, m.labour_skill, m.phone FROM member m JOIN household h "
                + "ON h.id = m.household_id WHERE m.left_on IS NULL");
    }

    /** Every household: number, village, type, 整户无劳动能力, phone, and its monitoring. */
    static TreeSet<String> households(LedgerServices l) throws Exception {
        return rows(l, "SELECT h.household_no, v.name, h.household_type, h.no_labour_capacity, h.phone, "
                + "(SELECT e.category || '/' || e.identified_month || '/' || e.eliminated FROM episode e "
                + "WHERE e.household_id = h.id ORDER BY e.identified_month DESC, e.id DESC LIMIT 1) "
                + "FROM household h JOIN village v ON v.id = h.village_id");
    }
}
