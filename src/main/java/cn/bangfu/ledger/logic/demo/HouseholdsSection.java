package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * The households: exactly 8–15 % of them drawn for monitoring (with their category, which decides the household
 * type), each with its members, 低保 (most often where nobody can work) as a measure naming its grade, and last
 * year's income for 脱贫户 and monitored households. Every write goes through {@code HouseholdService} (and
 * {@code MonitoringService} for the 低保 measure), so the member rules check every person.
 */
final class HouseholdsSection implements DemoSection {

    @Override
    public String name() {
        return "households";
    }

    @Override
    public double weight() {
        return 4;
    }

    @Override
    public void write(DemoTown town, RandomGenerator random) {
        int n = town.options().households();
        double share = 0.08 + random.nextDouble() * 0.07;
        int monitoredCount = Math.max(1, (int) Math.round(n * share));
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, random);
        BitSet monitored = new BitSet(n);
        order.subList(0, monitoredCount).forEach(monitored::set);
        DemoPeople people = new DemoPeople(random, town.asOf(), town.countyCode());
        List<DemoTown.MadeVillage> villages = town.villages();
        for (int i = 0; i < n; i++) {
            town.tick(i, n);
            DemoTown.MadeVillage village = villages.get(random.nextInt(villages.size()));
            town.made().add(household(town, random, people, i, village, monitored.get(i)));
        }
    }

    private static DemoTown.MadeHousehold household(DemoTown town, RandomGenerator random, DemoPeople makePeople,
            int index, DemoTown.MadeVillage village, boolean isMonitored) {
        String category = isMonitored ? pickCategory(random) : null;
        String type = category == null
                ? (random.nextInt(100) < 70 ? "脱贫户" : "一般农户")
                : switch (category) {
                    case "脱贫不稳定户" -> "脱贫户";
                    case "边缘易致贫户" -> "一般农户";
                    default -> random.nextBoolean() ? "脱贫户" : "一般农户";
                };
        String householdNo = town.countyCode() + "001" + String.format("%03d%06d", village.number(), index + 1);
        long groupId = village.groupIds().get(random.nextInt(village.groupIds().size()));

        List<Member> people = makePeople.household(householdNo);
        boolean noLabour = people.stream().noneMatch(m -> DemoPeople.isAbleToWork(m.labourSkill()));
        // 低保 goes by household, most often where nobody can work
        boolean onDibao = random.nextInt(100) < (noLabour ? 60 : category != null ? 20 : 4);
        if (onDibao) {
            people = people.stream().map(m -> DemoPeople.withDibao(m, "农村低保")).toList();
        }
        boolean earns = people.stream().anyMatch(m -> m.publicPost() != null
                || m.workMonths() != null && m.workMonths() > 0);
        String address = "第" + (1 + random.nextInt(200)) + "号";
        long hh = town.households().createHousehold(new Household(null, householdNo, village.id(), groupId, type,
                noLabour, people.getFirst().phone(), address, null), people.getFirst(), null);
        for (Member m : people.subList(1, people.size())) {
            town.households().addMember(m.inHousehold(hh), null);
        }
        town.members += people.size();
        if ("脱贫户".equals(type) || category != null) {
            long perPerson = category != null ? 5_000 + random.nextInt(6_000) : 9_000 + random.nextInt(16_000);
            town.households().putIncome(income(random, hh, town.asOf().getYear() - 1, perPerson * people.size(), earns));
        }
        if (onDibao) {
            dibaoMeasure(town, random, hh);
        }
        return new DemoTown.MadeHousehold(hh, category, people, noLabour, earns);
    }

    /** The household's 低保 as a 综合保障/兜底 measure naming its grade (档次) of the dibao_grade table. */
    private static void dibaoMeasure(DemoTown town, RandomGenerator random, long hh) {
        LocalDate since = town.asOf().minusMonths(1 + random.nextInt(48)).withDayOfMonth(1);
        int g = random.nextInt(SettingsSection.DIBAO_GRADES.length);
        long monthly = SettingsSection.dibaoMonthlyYuan(since.getYear(), g);
        town.monitoring().addMeasure(new Measure(null, hh, null, AttentionChecks.SAFETY_NET,
                "农村低保（" + SettingsSection.DIBAO_GRADES[g] + "）", since, null, monthly * 12 * 100, "城乡低保资金", null,
                null,
                "按月发放，" + since.getYear() + " 年每月 " + monthly + " 元"), null);
        town.measures++;
    }

    /**
     * Income over a year. Without anyone in work (务工 or a 公益性岗位) there is no 工资性收入: the income is
     * transfers (低保, pensions, subsidies) and some farming.
     */
    static IncomeYear income(RandomGenerator random, long hh, int year, long netYuan, boolean earns) {
        long expense = 200 + random.nextInt(2_000);
        long transfer = Math.round(netYuan * (0.1 + random.nextDouble() * 0.2));
        long business = Math.round(netYuan * random.nextDouble() * 0.3);
        long property = random.nextInt(4) == 0 ? 100 + random.nextInt(800) : 0;
        long wage = Math.max(0, netYuan + expense - transfer - business - property);
        if (!earns) {
            transfer += wage;
            wage = 0;
        }
        return new IncomeYear(hh, year, wage * 100, business * 100, property * 100, transfer * 100, expense * 100,
                0, random.nextInt(5) == 0 ? (500L + random.nextInt(5_000)) * 100 : 0);
    }

    private static String pickCategory(RandomGenerator random) {
        int r = random.nextInt(100);
        return r < 40 ? "脱贫不稳定户" : r < 85 ? "边缘易致贫户" : "突发严重困难户";
    }
}
