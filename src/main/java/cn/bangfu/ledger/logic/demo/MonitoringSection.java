package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.Fund;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * 防返贫动态监测 for the households drawn for it: an episode with risks the members bear out, the identification
 * snapshot and 三保障 check, dated workflow steps, measures (一户一策), and — for episodes identified seven months
 * ago and more — an elimination through the elimination rules, an elimination under way, and a few 风险再标注
 * (at least one, as there is at least one 公示 still running on the as-of date when an episode is identified
 * that month: the work queues the demo shows are never empty by chance).
 * Every write goes through {@link MonitoringService}: a demo episode the rules refuse stops the demo (a bug
 * in this section, to be fixed here). The only warning it gives a reason for is the one every demo earns by
 * backfilling up to three years of history ({@code MONTH_OLD}).
 */
final class MonitoringSection implements DemoSection {

    /** The reason for the warnings a backfilled history raises (an identification more than a year ago). */
    static final String BACKFILL = "演示数据：补录一年以前识别的监测户";
    private static final Set<String> BACKFILL_WARNINGS = Set.of("MONTH_OLD");

    private static final String[] RISKS = {"因病", "因残", "因学", "因灾", "因意外事故", "因务工就业不稳", "缺劳动力", "因安全住房",
        "因安全饮水", "产业项目失败", "其他"};
    private static final int[] RISK_WEIGHTS = {30, 14, 10, 5, 6, 12, 12, 3, 3, 3, 2};
    private static final String[] FUNDS = {"衔接推进乡村振兴补助资金", "驻镇帮镇扶村资金", "统筹整合涉农资金", "东西部协作资金",
        "社会帮扶捐赠"};

    @Override
    public String name() {
        return "monitoring";
    }

    @Override
    public double weight() {
        return 1;
    }

    @Override
    public void write(DemoTown town, RandomGenerator random) {
        List<DemoTown.MadeHousehold> monitored = town.made().stream().filter(h -> h.category() != null).toList();
        DemoSteps steps = new DemoSteps(town.monitoring(), random, town.asOf());
        Map<String, Fund> funds = demoFunds(town);
        for (int i = 0; i < monitored.size(); i++) {
            town.tick(i, monitored.size());
            episode(town, random, steps, monitored.get(i), funds);
        }
    }

    /**
     * The funds the funds section made before this one (the year's 衔接资金, 驻镇帮镇扶村资金, 东西部协作资金), by the
     * fund text of {@link #FUNDS} each stands for; empty when there are none (before March, or a test's sections).
     */
    private static Map<String, Fund> demoFunds(DemoTown town) {
        Map<String, Fund> out = new HashMap<>();
        if (town.funds() == null) {
            return out;
        }
        for (var row : town.funds().funds()) { // newest year first, then in the order made: 中央 before 省级
            for (String text : FUNDS) {
                if (row.fund().name().contains(text)) {
                    out.putIfAbsent(text, row.fund());
                }
            }
        }
        return out;
    }

    /**
     * A measure with an amount started in the year of a demo fund of its fund text is paid from that fund (fund_id,
     * no text); the others (an earlier year, 统筹整合涉农资金, 社会帮扶捐赠) keep the text, as measures typed
     * before the ledger kept funds do. Draws nothing, so the episodes stay as they were without funds.
     */
    static Measure withFund(Measure m, Map<String, Fund> funds) {
        Fund f = m.fundText() == null ? null : funds.get(m.fundText());
        if (m.amount() == null || f == null || m.startOn().getYear() != f.year()) {
            return m;
        }
        return new Measure(m.id(), m.householdId(), m.memberId(), m.family(), m.detail(), m.startOn(), m.endOn(),
                m.amount(), null, f.id(), m.cadre(), m.note());
    }

    private static void episode(DemoTown town, RandomGenerator random, DemoSteps steps, DemoTown.MadeHousehold h,
            Map<String, Fund> funds) {
        MonitoringService monitoring = town.monitoring();
        LocalDate asOf = town.asOf();
        YearMonth asOfMonth = town.asOfMonth();
        YearMonth identified = asOfMonth.minusMonths(random.nextInt(36));
        List<String> risks = pickRisks(random, h.people(), h.noLabour());
        boolean waterSafe = !risks.contains("因安全饮水");
        boolean housingSafe = !risks.contains("因安全住房");
        String channel = switch (random.nextInt(10)) {
            case 0, 1, 2 -> "农户自主申报";
            case 3, 4, 5, 6 -> "干部排查";
            default -> "部门筛查预警";
        };
        String cadre = DemoNames.anyone(random);
        // eliminated: identified at least 7 months ago, never when nobody can work; the longer ago, the likelier
        long monthsOpen = ChronoUnit.MONTHS.between(identified, asOfMonth);
        boolean eliminate = !h.noLabour() && monthsOpen >= 7
                && random.nextInt(100) < Math.min(85, 30 + 5 * (monthsOpen - 7));
        YearMonth eliminatedMonth = eliminate
                ? identified.plusMonths(6 + random.nextInt((int) Math.min(7, monthsOpen - 5))) : null;

        List<Measure> planned = planMeasures(random, h.id(), risks, identified, cadre, asOf);
        String method = eliminate ? (!planned.isEmpty() && random.nextInt(100) < 85 ? Episode.ASSISTED
                : Episode.NATURAL) : null;
        int persons = h.people().size();
        long perPerson = 3_500 + random.nextInt(4_000);
        NewEpisode opened = new NewEpisode(h.id(), h.category(), channel, identified, risks, cadre,
                DemoNames.mobile(random), snapshot(random, EpisodeSnapshot.IDENTIFIED, persons, perPerson, !housingSafe,
                        waterSafe, h.earns()));
        long episodeId = monitoring.openEpisode(opened, backfill(monitoring.checkNewEpisode(opened)));
        town.monitored++;
        LocalDate checkedOn = identified.atDay(5);
        town.households().addGuaranteeCheck(new GuaranteeCheck(null, h.id(), checkedOn.isAfter(asOf) ? asOf : checkedOn,
                false, housingSafe, housingSafe ? "B" : "C", false, waterSafe, null));
        // the 公示期满待审核 queue needs 公示 still running: the first episode identified this month, and a third of the rest
        boolean third = identified.equals(asOfMonth) && random.nextInt(3) == 0;
        boolean publicityNow = identified.equals(asOfMonth) && (third || town.publicitiesRunning == 0);
        if (steps.identification(episodeId, identified, publicityNow)) {
            town.publicitiesRunning++;
        }
        for (Measure m : planned) {
            if (!m.startOn().isAfter(asOf)) {
                monitoring.addMeasure(withFund(m, funds), null);
                town.measures++;
            }
        }
        if (eliminate) {
            long above = SettingsSection.thresholdYuan(eliminatedMonth.getYear()) + 1_000 + random.nextInt(6_000);
            steps.eliminate(episodeId, eliminatedMonth, method,
                    snapshot(random, EpisodeSnapshot.ELIMINATED, persons, above, false, true, h.earns()));
            town.eliminated++;
            // a few re-marked (4 %), and at least the first that can be, so the town shows one
            boolean lucky = random.nextInt(100) < 4;
            if ((lucky || town.remarked == 0) && eliminatedMonth.plusMonths(2).isBefore(asOfMonth)) {
                town.remarked++;
                remark(town, random, steps, h, eliminatedMonth, cadre, risks);
            }
        } else if (!h.noLabour() && monthsOpen >= 7 && random.nextInt(100) < 70) {
            steps.eliminationUnderWay(episodeId);
        }
    }

    /** 风险再标注: an eliminated household found at risk again opens a new episode that follows the old one. */
    private static void remark(DemoTown town, RandomGenerator random, DemoSteps steps, DemoTown.MadeHousehold h,
            YearMonth eliminatedMonth, String cadre, List<String> oldRisks) {
        long monthsLeft = ChronoUnit.MONTHS.between(eliminatedMonth, town.asOfMonth());
        YearMonth again = eliminatedMonth.plusMonths(2 + random.nextInt((int) Math.max(1, monthsLeft - 1)));
        if (again.isAfter(town.asOfMonth())) {
            again = town.asOfMonth();
        }
        List<String> risks = List.of(random.nextBoolean() ? "因意外事故" : oldRisks.getFirst());
        NewEpisode e = new NewEpisode(h.id(), "突发严重困难户", "干部排查", again, risks, cadre, DemoNames.mobile(random),
                snapshot(random, EpisodeSnapshot.IDENTIFIED, h.people().size(), 3_000 + random.nextInt(3_000), false,
                        true, h.earns()));
        long id = town.monitoring().remark(e, backfill(town.monitoring().checkRemark(e)));
        steps.identification(id, again, false);
    }

    /** The backfill reason when the only warnings are those of a backfilled history; else none (the save refuses). */
    private static String backfill(List<Finding> findings) {
        List<Finding> warnings = findings.stream().filter(f -> !f.isError()).toList();
        return !warnings.isEmpty() && warnings.stream().allMatch(f -> BACKFILL_WARNINGS.contains(f.code()))
                ? BACKFILL : null;
    }

    private static EpisodeSnapshot snapshot(RandomGenerator random, String phase, int persons, long perPersonYuan,
            boolean housingUnsafe, boolean waterSafe, boolean earns) {
        long net = perPersonYuan * persons;
        IncomeYear i = HouseholdsSection.income(random, 0, 2000, net, earns);
        // after elimination the large rigid spending is under control: at most a fifth of net income
        long selfPaid = EpisodeSnapshot.ELIMINATED.equals(phase)
                ? Math.min(i.compliantSelfPaid(), net * 100 / 5) : i.compliantSelfPaid();
        return new EpisodeSnapshot(0, phase, persons, i.wageIncome(), i.businessIncome(), i.propertyIncome(),
                i.transferIncome(), i.businessExpense(), 0, selfPaid, false, !housingUnsafe, false, waterSafe);
    }

    /**
     * Risks that the members bear out: 因病 only with someone ill, 因残 with someone disabled, 因学 with someone
     * at school, 缺劳动力 with at most one member able to work (always when nobody is), 因务工就业不稳 with someone
     * who can work.
     */
    private static List<String> pickRisks(RandomGenerator random, List<Member> people, boolean noLabour) {
        long able = people.stream().filter(m -> DemoPeople.isAbleToWork(m.labourSkill())).count();
        boolean ill = people.stream().anyMatch(m -> "长期慢性病".equals(m.health()) || "患有大病".equals(m.health()));
        boolean disabled = people.stream().anyMatch(m -> "残疾".equals(m.health()));
        boolean student = people.stream().anyMatch(m -> m.schoolStatus() != null
                && !"学龄前儿童".equals(m.schoolStatus()));
        Set<String> risks = new LinkedHashSet<>();
        if (people.stream().anyMatch(m -> "患有大病".equals(m.health()))) {
            risks.add("因病");
        }
        if (disabled) {
            risks.add("因残");
        }
        if (noLabour) {
            risks.add("缺劳动力");
        }
        int[] weights = RISK_WEIGHTS.clone();
        for (int i = 0; i < RISKS.length; i++) {
            boolean possible = switch (RISKS[i]) {
                case "因病" -> ill;
                case "因残" -> disabled;
                case "因学" -> student;
                case "缺劳动力" -> able <= 1;
                case "因务工就业不稳" -> able >= 1;
                default -> true;
            };
            weights[i] = possible ? weights[i] : 0;
        }
        int wanted = 1 + random.nextInt(3);
        while (risks.size() < wanted) {
            risks.add(DemoRandom.weighted(random, RISKS, weights));
        }
        return new ArrayList<>(risks).subList(0, Math.min(5, risks.size()));
    }

    private static List<Measure> planMeasures(RandomGenerator random, long hh, List<String> risks, YearMonth identified,
            String cadre, LocalDate asOf) {
        List<Measure> list = new ArrayList<>();
        if (random.nextInt(100) < 6) {
            return list; // no measure yet: the "识别满一月未落实开发式措施" queue needs some
        }
        Set<String> families = new LinkedHashSet<>();
        for (String risk : risks) {
            families.add(switch (risk) {
                case "因病" -> "健康帮扶";
                case "因残" -> random.nextBoolean() ? "综合保障/兜底" : "公益性岗位";
                case "因学" -> "教育帮扶";
                case "因安全饮水" -> "饮水安全保障";
                case "因安全住房" -> "住房安全保障";
                case "缺劳动力" -> "综合保障/兜底";
                case "因务工就业不稳" -> "就业帮扶";
                case "因灾", "因意外事故" -> random.nextBoolean() ? "防贫保险" : "综合保障/兜底";
                default -> "产业帮扶";
            });
        }
        if (random.nextInt(100) < 40) {
            families.add("产业帮扶");
        }
        for (String family : families) {
            LocalDate start = identified.plusMonths(random.nextInt(2)).atDay(1 + random.nextInt(27));
            LocalDate end = random.nextInt(100) < 30 ? start.plusMonths(6 + random.nextInt(12)) : null;
            if (end != null && end.isAfter(asOf)) {
                end = null;
            }
            int draw = random.nextInt(4_700);
            // a 公益性岗位 amount is its monthly subsidy (what a 发放到户 roster of the month pays): 500–1,200 yuan
            long amount = ("公益性岗位".equals(family) ? 500L + draw % 701 : 300L + draw) * 100;
            list.add(new Measure(null, hh, null, family, detail(random, family), start, end, amount,
                    FUNDS[random.nextInt(FUNDS.length)], null, cadre, null));
        }
        return list;
    }

    private static String detail(RandomGenerator random, String family) {
        return switch (family) {
            case "健康帮扶" -> "医保缴费补贴及医疗救助";
            case "教育帮扶" -> random.nextBoolean() ? "雨露计划补助" : "义务教育阶段资助";
            case "饮水安全保障" -> "入户自来水管网改造";
            case "住房安全保障" -> "危房改造";
            case "综合保障/兜底" -> "临时救助"; // 低保 is its own measure, with its grade (HouseholdsSection)
            case "公益性岗位" -> DemoPeople.PUBLIC_POSTS[random.nextInt(DemoPeople.PUBLIC_POSTS.length)] + "岗位";
            case "就业帮扶" -> random.nextBoolean() ? "外出务工交通补贴" : "技能培训";
            case "防贫保险" -> "防贫保险理赔";
            default -> random.nextBoolean() ? "种养奖补" : "产业项目分红";
        };
    }
}
