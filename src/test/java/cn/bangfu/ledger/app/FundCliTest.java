package cn.bangfu.ledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.model.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** funds, journal, month-close and month-reopen as the clerk types them; stats --json and check see the funds. */
class FundCliTest {

    @TempDir
    Path dir;

    CliRun run(String... args) {
        return CliRun.of(args);
    }

    String db() {
        return dir.resolve("ledger.db").toString();
    }

    static final YearMonth LAST = YearMonth.now().minusMonths(1);

    @BeforeEach
    void ledger() {
        assertThat(run("--db", db(), "init").code()).isZero();
        try (LedgerServices s = LedgerServices.open(Path.of(db()))) {
            s.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
            long village = s.households().addVillage("东坑村");
            long fund = s.funds().addFund(new Fund(null, "中央衔接资金", "衔接资金（中央）", "中央", LAST.getYear(),
                    "粤财农〔2026〕8号", null));
            long project = s.funds().addProject(new Project(null, "百香果基地", "产业发展", village, null,
                    Project.UNDER_WAY, null, null, null, null, null, null));
            LocalDate day = LAST.atDay(10);
            s.journal().receive(fund, day, 500_000_00L, "粤财农〔2026〕8号", "到位");
            s.journal().allocate(fund, project, day, 300_000_00L, "分配");
            s.journal().pay(fund, project, "宏达建筑队", day, 120_000_00L, "记-07", "首期工程款");
        }
    }

    @Test
    void fundsAndTheJournalAreListedInWordsAndJson() {
        CliRun r = run("--db", db(), "funds");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("中央衔接资金", "500,000.00", "300,000.00", "120,000.00", "200,000.00", "40.00%");

        JsonNode funds = JsonMapper.builder().build().readTree(run("--db", db(), "funds", "--json").out());
        assertThat(funds.get(0).get("received_fen").asLong()).isEqualTo(500_000_00L);
        assertThat(funds.get(0).get("paid_fen").asLong()).isEqualTo(120_000_00L);

        r = run("--db", db(), "journal", "--fund", "1", "--month", LAST.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("共 3 张凭证", "拨付", "记-07", "宏达建筑队", "-120,000.00", "#1 百香果基地");
        JsonNode journal = JsonMapper.builder().build().readTree(run("--db", db(), "journal", "--json").out());
        assertThat(journal.get("total").asLong()).isEqualTo(3);
        assertThat(journal.get("entries").get(0).get("kind").asString()).isEqualTo("拨付");
        assertThat(run("--db", db(), "journal", "--month", LAST.plusMonths(1).toString()).out()).contains("共 0 张凭证");

        JsonNode stats = JsonMapper.builder().build().readTree(run("--db", db(), "stats", "--json").out());
        assertThat(stats.get("funds").get("count").asLong()).isEqualTo(1);
        assertThat(stats.get("funds").get("allocated_fen").asLong()).isEqualTo(300_000_00L);
        assertThat(stats.get("projects").get("by_status").get("实施中").asLong()).isEqualTo(1);

        assertThat(run("--db", db(), "check").code()).isZero();
    }

    @Test
    void aMonthIsClosedWithABackupAndReopenedOnlyWithAReason() {
        CliRun r = run("--db", db(), "month-close", LAST.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("已结账", "结账前的备份", "备份");
        assertThat(dir.resolve("备份")).isDirectory();

        r = run("--db", db(), "month-close", LAST.toString());
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("已经结账");

        r = run("--db", db(), "month-reopen", LAST.toString());
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--reason");
        r = run("--db", db(), "month-reopen", LAST.toString(), "--reason", " ");
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        r = run("--db", db(), "month-reopen", LAST.toString(), "--reason", "县里退回报表");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("已重新开账", "县里退回报表");

        r = run("--db", db(), "month-close", "2026-13");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(run("--db", db(), "check").code()).isZero();
    }

    @Test
    void aPaymentListIsPostedOnlyWhenEveryLineIsMatchedOrTheProblemsAreLeftOutOnPurpose() throws Exception {
        String zhang = cn.bangfu.ledger.logic.ServiceFixture.id("44152319700101001");
        try (LedgerServices s = LedgerServices.open(Path.of(db()))) {
            long village = s.households().villages().get(0).id();
            s.households().createHousehold(cn.bangfu.ledger.logic.ServiceFixture.household("0001", village),
                    cn.bangfu.ledger.logic.ServiceFixture.person("张三", zhang, "户主", null, null), null);
        }
        Path list = dir.resolve("临时救助.csv");
        java.nio.file.Files.writeString(list, "姓名,身份证号,一卡通账号,金额\n张三," + zhang
                + ",6217000011112222,1500\n赵六,,,300\n");
        long entriesBefore = JsonMapper.builder().build()
                .readTree(run("--db", db(), "journal", "--json").out()).get("total").asLong();

        CliRun r = run("--db", db(), "payments", list.toString(), "--fund", "1", "--kind", "临时救助");
        assertThat(r.code()).as(r.err()).isEqualTo(Cli.ROWS_REJECTED);
        assertThat(r.out()).contains("可发放 1 户 1,500.00 元", "第 3 行", "赵六", "未匹配", "没有记账");
        assertThat(journalTotal()).isEqualTo(entriesBefore);

        r = run("--db", db(), "payments", list.toString(), "--fund", "1", "--kind", "临时救助", "--dry-run",
                "--skip-problems");
        assertThat(r.code()).isEqualTo(Cli.ROWS_REJECTED);
        assertThat(journalTotal()).isEqualTo(entriesBefore);

        r = run("--db", db(), "payments", list.toString(), "--fund", "1", "--kind", "临时救助", "--skip-problems",
                "--date", LAST.atDay(20).toString(), "--voucher", "记-09");
        assertThat(r.code()).isEqualTo(Cli.ROWS_REJECTED);
        assertThat(r.out()).contains("已记账", "发放到户 1 户", "1,500.00");
        assertThat(journalTotal()).isEqualTo(entriesBefore + 1);
        JsonNode funds = JsonMapper.builder().build().readTree(run("--db", db(), "funds", "--json").out());
        assertThat(funds.get(0).get("paid_fen").asLong()).isEqualTo(120_000_00L + 1_500_00L);
        assertThat(run("--db", db(), "check").code()).isZero();

        r = run("--db", db(), "payments", list.toString(), "--fund", "9", "--kind", "临时救助");
        assertThat(r.code()).isEqualTo(Cli.REFUSED);
        assertThat(r.err()).contains("没有编号为 9 的资金");
    }

    long journalTotal() {
        return JsonMapper.builder().build().readTree(run("--db", db(), "journal", "--json").out()).get("total").asLong();
    }
}
