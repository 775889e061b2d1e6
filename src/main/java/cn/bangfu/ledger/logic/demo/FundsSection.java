package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.logic.funds.JournalService;
import cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A year of the town's money, written through the journal (so it can only balance): the year's four funds,
 * scaled to the town's size, arriving in spring; projects in the villages allocated from them and paid month by
 * month up to the demo's date; and 产业奖补 paid to the monitored households that can work, as one roster.
 */
final class FundsSection implements DemoSection {

    /** Per household of the town, what each fund brings in a year (元): about 2 million for 300 households. */
    private static final long[] FUNDS_YUAN_PER_HOUSEHOLD = {2_500, 1_500, 2_000, 600};
    private static final String[][] FUNDS = {
        {"中央财政衔接推进乡村振兴补助资金", "衔接资金（中央）", "中央"},
        {"省级衔接推进乡村振兴补助资金", "衔接资金（省）", "省"},
        {"驻镇帮镇扶村资金", "驻镇帮镇扶村资金", "省"},
        {"东西部协作资金", "东西部协作资金", "其他"}};
    /** Project kinds: the name after the village's, the category. */
    private static final String[][] PROJECTS = {
        {"百香果种植基地", "产业发展"}, {"村道硬底化", "乡村建设/基础设施"}, {"农村饮水安全巩固提升", "乡村建设/基础设施"},
        {"村容村貌提升", "乡村风貌"}, {"农产品加工厂房", "产业发展"}, {"就业帮扶车间", "就业"}};

    @Override
    public String name() {
        return "funds";
    }

    @Override
    public double weight() {
        return 0.05;
    }

    @Override
    public void write(DemoTown town, RandomGenerator random) {
        LocalDate asOf = town.asOf();
        int year = asOf.getYear();
        if (asOf.isBefore(LocalDate.of(year, 3, 1)) || town.villages().isEmpty()) {
            return; // the year's money has not come yet
        }
        JournalService journal = town.journal();
        int households = Math.max(1, town.made().size());
        List<Long> funds = new ArrayList<>();
        for (int i = 0; i < FUNDS.length; i++) {
            long fund = town.funds().addFund(new Fund(null, year + "年" + FUNDS[i][0], FUNDS[i][1], FUNDS[i][2], year,
                    SettingsSection.DEMO_DOC, null));
            funds.add(fund);
            long amount = FUNDS_YUAN_PER_HOUSEHOLD[i] * households * 100;
            journal.receive(fund, LocalDate.of(year, 2, 10 + 3 * i), amount, SettingsSection.DEMO_DOC, "资金下达到位");
        }

        // projects: one or two per village, from the funds in turn, started in spring, paid up to today
        int months = Math.max(1, asOf.getMonthValue() - 3);
        int n = 0;
        for (DemoTown.MadeVillage v : town.villages()) {
            int count = 1 + random.nextInt(2);
            int first = random.nextInt(PROJECTS.length);
            for (int k = 0; k < count; k++, n++) {
                String[] kind = PROJECTS[(first + k) % PROJECTS.length]; // two different kinds in one village
                String villageName = town.households().villages().stream().filter(x -> x.id() == v.id())
                        .findFirst().map(x -> x.name()).orElse("");
                LocalDate drawn = LocalDate.of(year, 3, 1 + random.nextInt(28));
                LocalDate start = drawn.isAfter(asOf) ? asOf : drawn;
                boolean done = months >= 6 && random.nextInt(3) == 0;
                LocalDate completed = done ? start.plusMonths(4 + random.nextInt(2)) : null;
                if (completed != null && completed.isAfter(asOf)) {
                    completed = null;
                    done = false;
                }
                long project = town.funds().addProject(new Project(null, villageName + kind[0] + "（" + year + "）",
                        kind[1], v.id(), "示范镇人民政府", done ? Project.COMPLETED : Project.UNDER_WAY, start, completed,
                        null, null, null, null));
                long fund = funds.get(n % 3); // the three larger funds pay the projects
                long unallocated = town.funds().funds().stream().filter(r -> r.fund().id() == fund).findFirst()
                        .orElseThrow().unallocatedFen();
                long allocation = Math.min(unallocated / 4, (20 + random.nextInt(60)) * 10_000_00L);
                if (allocation <= 0) {
                    continue;
                }
                town.funds().plan(project, fund, allocation);
                journal.allocate(fund, project, start, allocation, "分配到项目");
                // paid in monthly instalments of about a sixteenth, never more than what is left
                long left = allocation;
                for (LocalDate day = start.plusMonths(1); !day.isAfter(asOf) && left > 0; day = day.plusMonths(1)) {
                    long pay = done && day.plusMonths(1).isAfter(completed) ? left
                            : Math.min(left, allocation / 16 + random.nextLong(allocation / 40 + 1));
                    journal.pay(fund, project, "示范镇" + (n % 2 == 0 ? "宏达建筑工程队" : "绿源农业专业合作社"), day, pay,
                            "记-" + day.getMonthValue() + "-" + (n + 1), "工程款（按进度）");
                    left -= pay;
                }
            }
        }

        // 产业奖补 to the monitored households that can work: one roster from the 东西部协作 fund
        List<HouseholdLine> roster = new ArrayList<>();
        for (DemoTown.MadeHousehold h : town.made()) {
            if (h.category() != null && !h.noLabour()) {
                // the household's 惠民惠农一卡通 account: made from its id, so the draws stay as they were
                roster.add(new HouseholdLine(h.id(), null, String.format("621799%013d", h.id()),
                        (10 + random.nextInt(21)) * 100_00L));
            }
        }
        long east = funds.get(3);
        long available = town.funds().funds().stream().filter(r -> r.fund().id() == east).findFirst().orElseThrow()
                .unallocatedFen();
        long sum = roster.stream().mapToLong(HouseholdLine::amountFen).sum();
        if (!roster.isEmpty() && sum <= available) {
            LocalDate day = LocalDate.of(year, Math.min(asOf.getMonthValue(), 6), 20);
            journal.payHouseholds(east, null, day.isAfter(asOf) ? asOf : day, "记-户-1", "产业奖补发放到户", roster);
        }
    }
}
