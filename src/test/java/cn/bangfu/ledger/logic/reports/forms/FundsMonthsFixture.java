package cn.bangfu.ledger.logic.reports.forms;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.backup.BackupService;
import cn.bangfu.ledger.logic.funds.FundService;
import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Project;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link MonthsFixture}'s town (A 张大山, B 李小红, C 王五, all 脱贫户 and 监测对象) with D 赵六 (一般农户, not
 * monitored) and a year of money written through {@link JournalService}, for the funds forms (amounts in 元):
 * <ul>
 * <li>中央 fund: 1,000,000 arrive on 10 March. Project P1 东坑村百香果基地 (planned and allocated 600,000; its
 * beneficiaries A, B and D linked) is paid 100,000 on 12 October, 150,000 on 5 November and 20,000 on 20
 * November, the last reversed on 22 November. Project P2 全镇村道硬底化 (the whole town; 120 households and 400
 * persons entered, none linked) gets 200,000 (planned 200,000), paid 50,000 on 20 October.</li>
 * <li>驻镇 fund: 500,000 arrive on 1 April. P2 gets 300,000 (planned 300,000), paid 300,000 on 15 November.
 * 发放到户 with no project: 1,000 产业奖补 to B on 16 October; 临时救助 on 18 November, 3,000 to A (no member named)
 * and 2,000 to C's head 王五 by name, each to its 一卡通 account.</li>
 * </ul>
 */
final class FundsMonthsFixture implements AutoCloseable {

    static final String BANK_A = "6217000012345678901";
    static final String BANK_C = "6217000099998888777";

    final MonthsFixture months;
    final ServiceFixture f;
    final FundService funds;
    final JournalService journal;
    final long d;
    final long central;
    final long town;
    final long p1;
    final long p2;

    FundsMonthsFixture(Path dir) {
        months = new MonthsFixture(dir);
        f = months.f;
        funds = new FundService(f.ledger, f.settings);
        journal = new JournalService(f.ledger, f.settings, new BackupService(f.ledger), ServiceFixture.CLOCK);
        d = f.households.createHousehold(new Household(null, "4415230101004", f.village, null, "一般农户", false,
                "13800000000", null, null), ServiceFixture.person("赵六", ServiceFixture.id("44152319750707004"), "户主",
                null, null), null);

        central = funds.addFund(new Fund(null, "2026年中央衔接资金", "衔接资金（中央）", "中央", 2026, "粤财农〔2026〕1号", null));
        town = funds.addFund(new Fund(null, "2026年驻镇帮镇扶村资金", "驻镇帮镇扶村资金", "省", 2026, "粤财农〔2026〕2号", null));
        journal.receive(central, LocalDate.of(2026, 3, 10), 1_000_000_00L, "粤财农〔2026〕1号", "中央资金到位");
        journal.receive(town, LocalDate.of(2026, 4, 1), 500_000_00L, "粤财农〔2026〕2号", "驻镇资金到位");

        p1 = funds.addProject(new Project(null, "东坑村百香果基地", "产业发展", f.village, "示范镇人民政府",
                Project.UNDER_WAY, LocalDate.of(2026, 4, 1), null, null, null, null, null), central, 600_000_00L);
        p2 = funds.addProject(new Project(null, "全镇村道硬底化", "乡村建设/基础设施", null, "示范镇人民政府",
                Project.UNDER_WAY, LocalDate.of(2026, 9, 1), null, null, 120L, 400L, null), central, 200_000_00L);
        funds.plan(p2, town, 300_000_00L);
        for (long h : List.of(months.a, months.b, d)) {
            f.ledger.update(f.settings.change(), tx -> tx.funds().addBeneficiary(p1, h));
        }

        journal.allocate(central, p1, LocalDate.of(2026, 4, 10), 600_000_00L, "百香果基地");
        journal.allocate(central, p2, LocalDate.of(2026, 9, 1), 200_000_00L, "村道");
        journal.allocate(town, p2, LocalDate.of(2026, 9, 1), 300_000_00L, "村道");

        journal.pay(central, p1, "示范镇宏达建筑队", LocalDate.of(2026, 10, 12), 100_000_00L, "记-10-001", "首期工程款");
        journal.pay(central, p2, "示范镇路桥公司", LocalDate.of(2026, 10, 20), 50_000_00L, "记-10-002", "村道预付款");
        journal.payHouseholds(town, null, LocalDate.of(2026, 10, 16), "记-10-003", "产业奖补",
                List.of(new HouseholdLine(months.b, null, null, 1_000_00L)));

        journal.pay(central, p1, "示范镇宏达建筑队", LocalDate.of(2026, 11, 5), 150_000_00L, "记-11-001", "二期工程款");
        journal.pay(town, p2, "示范镇路桥公司", LocalDate.of(2026, 11, 15), 300_000_00L, "记-11-003", "村道工程款");
        long headOfC = f.ledger.read(v -> v.members().all()).stream()
                .filter(x -> x.householdId() == months.c && Member.HEAD.equals(x.relation())).findFirst().orElseThrow()
                .id();
        journal.payHouseholds(town, null, LocalDate.of(2026, 11, 18), "记-11-004", "临时救助",
                List.of(new HouseholdLine(months.a, null, BANK_A, 3_000_00L),
                        new HouseholdLine(months.c, headOfC, BANK_C, 2_000_00L)));
        long wrong = journal.pay(central, p1, "示范镇宏达建筑队", LocalDate.of(2026, 11, 20), 20_000_00L, "记-11-005",
                "三期工程款");
        journal.reverse(wrong, LocalDate.of(2026, 11, 22), "重复拨付");
    }

    @Override
    public void close() {
        months.close();
    }
}
