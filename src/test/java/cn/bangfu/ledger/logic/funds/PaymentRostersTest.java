package cn.bangfu.ledger.logic.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.funds.PaymentRoster.Line;
import cn.bangfu.ledger.logic.funds.PaymentRoster.Status;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A payment list read and matched to members — never guessed — and a roster made from the measures. */
class PaymentRostersTest {

    @TempDir
    Path dir;

    FundsFixture f;
    PaymentRosters rosters;
    long zhang;
    long li;
    static final String ZHANG = ServiceFixture.id("44152319700101001");
    static final String LI = ServiceFixture.id("44152319700101002");

    @BeforeEach
    void ledger() {
        f = new FundsFixture(dir);
        rosters = new PaymentRosters(f.base.ledger, f.clock);
        zhang = f.base.household("0001", "张三", "44152319700101001");
        li = f.base.household("0002", "李四", "44152319700101002");
        f.base.household("0003", "王五", "44152319700101003");
        f.base.household("0004", "王五", "44152319700101004");
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        f.close();
    }

    Path csv(String... lines) throws Exception {
        Path file = dir.resolve("名单.csv");
        Files.writeString(file, String.join("\r\n", lines), java.nio.charset.Charset.forName("GB18030"));
        return file;
    }

    @Test
    void matchesByIdAndShowsEveryLineItCannotPayWithTheReason() throws Exception {
        Path file = csv("东坑村临时救助发放花名册",
                "序号,姓名,身份证号码,一卡通账号,发放金额（元）,备注",
                "1,张三," + ZHANG + ",6217 0000 1111 2222,\"1,500.00\",",
                "2,李肆," + LI + ",6217000011113333,800,",
                "3,王五,,,300,",
                "4,赵六,,,300,",
                "5,张三," + ZHANG + ",6217000011112222,100,",
                "6,李四," + LI + ",,abc,",
                ",合计,,,\"3,000.00\",");
        long postingsBefore = f.postings();

        PaymentRoster roster = rosters.read(file, () -> false);

        List<Line> l = roster.lines();
        assertThat(l).extracting(Line::status).containsExactly(Status.PAYABLE, Status.INVALID, Status.AMBIGUOUS,
                Status.UNMATCHED, Status.INVALID, Status.INVALID);
        assertThat(l.get(0).householdId()).isEqualTo(zhang);
        assertThat(l.get(0).bankAccount()).isEqualTo("6217000011112222");
        assertThat(l.get(0).amountFen()).isEqualTo(1_500_00L);
        assertThat(l.get(0).row()).isEqualTo(3);
        assertThat(l.get(1).note()).contains("李四", "李肆");
        assertThat(l.get(2).note()).contains("2 人叫“王五”", "身份证号");
        assertThat(l.get(3).note()).contains("没有叫“赵六”");
        assertThat(l.get(4).note()).contains("第 3 行", "重复");
        assertThat(l.get(5).note()).contains("abc");
        assertThat(roster.payableCount()).isEqualTo(1);
        assertThat(roster.payableFen()).isEqualTo(1_500_00L);
        assertThat(roster.problemCount()).isEqualTo(5);
        assertThatThrownBy(roster::householdLines).isInstanceOf(IllegalStateException.class);
        assertThat(f.postings()).as("reading writes nothing").isEqualTo(postingsBefore);

        PaymentRoster rest = roster.withProblemsLeftOut();
        assertThat(rest.problemCount()).isZero();
        assertThat(rest.lines()).extracting(Line::status).containsOnly(Status.PAYABLE, Status.LEFT_OUT);
        long fund = f.fund("临时救助资金");
        f.journal.receive(fund, LocalDate.of(2026, 11, 2), 10_000_00L, null, "到位");
        long entry = f.journal.payHouseholds(fund, null, LocalDate.of(2026, 11, 20), "记-11", "临时救助",
                rest.householdLines());
        assertThat(f.journal.entry(entry).postings()).hasSize(2);
        assertThat(f.row(fund).paidFen()).isEqualTo(1_500_00L);
        assertThat(f.fundProblems()).isEmpty();
    }

    @Test
    void aUniqueNameWithoutIdIsMatchedAndSaysSo() throws Exception {
        PaymentRoster roster = rosters.read(csv("姓名,金额", "李四,200"), () -> false);
        assertThat(roster.lines().get(0).status()).isEqualTo(Status.PAYABLE);
        assertThat(roster.lines().get(0).householdId()).isEqualTo(li);
        assertThat(roster.lines().get(0).note()).contains("按姓名匹配");
    }

    @Test
    void anExcelListWithAnIdStoredAsANumberIsRefusedOnThatLine() throws Exception {
        Path file = dir.resolve("名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("东坑村");
            sheet.createRow(0).createCell(0).setCellValue("2026年11月产业奖补发放表");
            XSSFRow header = sheet.createRow(2);
            String[] names = {"户主姓名", "身份证号", "奖补金额", "村"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            XSSFRow a = sheet.createRow(3);
            a.createCell(0).setCellValue("张三");
            a.createCell(1).setCellValue(ZHANG);
            a.createCell(2).setCellValue(2000);
            a.createCell(3).setCellValue("东坑村");
            XSSFRow b = sheet.createRow(4);
            b.createCell(0).setCellValue("李四");
            b.createCell(1).setCellValue(Double.parseDouble(LI)); // typed as a number: its last digits are gone
            b.createCell(2).setCellValue(1000.5);
            wb.write(out);
        }
        PaymentRoster roster = rosters.read(file, () -> false);
        assertThat(roster.lines()).extracting(Line::status).containsExactly(Status.PAYABLE, Status.INVALID);
        assertThat(roster.lines().get(0).amountFen()).isEqualTo(2000_00L);
        assertThat(roster.lines().get(1).note()).contains("身份证号");
    }

    @Test
    void aFileWithoutANameAndAnAmountColumnIsRefusedInWords() throws Exception {
        assertThatThrownBy(() -> rosters.read(csv("户编号,电话", "0001,138"), () -> false))
                .isInstanceOf(LedgerException.class).hasMessageContaining("姓名").hasMessageContaining("金额");
        Path pdf = dir.resolve("名单.xlsx");
        Files.write(pdf, "%PDF-1.4 not a table".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> rosters.read(pdf, () -> false)).isInstanceOf(LedgerException.class);
    }

    @Test
    void aRosterFromTheMeasuresPaysEachRunningMeasureOrThoseStartedThisMonth() {
        long fund = f.fund("公益性岗位补贴");
        LocalDate oct = LocalDate.of(2026, 10, 1);
        long other = f.fund("其他资金");
        f.base.monitoring.addMeasure(new Measure(null, zhang, null, "公益性岗位", "保洁员", oct, null, 800_00L, null,
                fund, null, null), null);
        f.base.monitoring.addMeasure(new Measure(null, zhang, null, "公益性岗位", "保洁员（另一资金）", oct, null,
                300_00L, null, other, null, null), null); // paid from another fund: not on this fund's roster
        f.base.monitoring.addMeasure(new Measure(null, li, null, "公益性岗位", "护林员", LocalDate.of(2026, 11, 5),
                null, 600_00L, null, null, null, null), null);
        f.base.monitoring.addMeasure(new Measure(null, li, null, "公益性岗位", "已结束", oct, LocalDate.of(2026, 10, 31),
                500_00L, null, null, null, null), null);
        YearMonth nov = YearMonth.of(2026, 11);

        PaymentRoster monthly = rosters.fromMeasures("公益性岗位", null, nov, PaymentRosters.Basis.MONTHLY, fund);
        assertThat(monthly.lines()).extracting(Line::householdId).containsExactly(zhang, li);
        assertThat(monthly.payableFen()).isEqualTo(1_400_00L);
        assertThat(monthly.lines().get(0).name()).isEqualTo("张三");

        PaymentRoster started = rosters.fromMeasures("公益性岗位", null, nov, PaymentRosters.Basis.STARTED, fund);
        assertThat(started.lines()).extracting(Line::householdId).containsExactly(li);

        PaymentRoster guards = rosters.fromMeasures("公益性岗位", "护林", nov, PaymentRosters.Basis.MONTHLY, fund);
        assertThat(guards.payableFen()).isEqualTo(600_00L);

        f.journal.receive(fund, LocalDate.of(2026, 11, 2), 10_000_00L, null, "到位");
        f.journal.payHouseholds(fund, null, LocalDate.of(2026, 11, 20), null, "公益性岗位补贴", monthly.householdLines());
        PaymentRoster again = rosters.fromMeasures("公益性岗位", null, nov, PaymentRosters.Basis.MONTHLY, fund);
        assertThat(again.lines().get(0).note()).contains("本月已从该资金发放 800.00 元");
        assertThat(again.lines().get(0).payable()).as("flagged, not left out").isTrue();
    }

    @Test
    void aTotalInWordsIsNotTheAmountAndAnAmountInWanYuanIsRefused() throws Exception {
        Path words = csv("临时救助发放表",
                "姓名,身份证号,金额（大写）,金额（小写）",
                "张三," + ZHANG + ",壹仟伍佰元整,1500");
        PaymentRoster roster = rosters.read(words, () -> false);
        assertThat(roster.lines()).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo(Status.PAYABLE);
            assertThat(l.amountFen()).isEqualTo(1_500_00L);
        });

        Path wan = csv("产业奖补发放表",
                "姓名,身份证号,补助金额（万元）",
                "张三," + ZHANG + ",0.12");
        assertThatThrownBy(() -> rosters.read(wan, () -> false)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("万元").hasMessageContaining("什么也没有改");
    }

    @Test
    void aMemberWithTwoMeasuresOfTheFamilyInTheMonthIsAProblemNotPaidTwice() {
        long fund = f.fund("公益性岗位补贴");
        LocalDate oct = LocalDate.of(2026, 10, 1);
        f.base.monitoring.addMeasure(new Measure(null, zhang, null, "公益性岗位", "保洁员", oct, null, 800_00L, null,
                fund, null, null), null);
        f.base.monitoring.addMeasure(new Measure(null, zhang, null, "公益性岗位", "保洁员（续聘）", LocalDate.of(2026, 11, 1),
                null, 800_00L, null, fund, null, null), null);
        PaymentRoster roster = rosters.fromMeasures("公益性岗位", null, YearMonth.of(2026, 11),
                PaymentRosters.Basis.MONTHLY, fund);
        assertThat(roster.lines()).extracting(Line::status).containsExactly(Status.PAYABLE, Status.INVALID);
        assertThat(roster.lines().get(1).note()).contains("与第 1 行是同一人");
        assertThat(roster.withProblemsLeftOut().payableFen()).isEqualTo(800_00L);
    }
}
