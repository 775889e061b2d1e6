package cn.bangfu.ledger.logic.demo;

import cn.bangfu.ledger.logic.rules.AttentionChecks;
import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.Threshold;
import cn.bangfu.ledger.model.Village;
import cn.bangfu.ledger.model.VillageGroup;
import cn.bangfu.ledger.store.Change;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerTx;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;
import java.util.function.BooleanSupplier;

/**
 * Fills an empty ledger with a realistic synthetic town: villages with Chinese names and groups,
 * households whose members have valid ID numbers (GB 11643) and plausible ages, relations, health,
 * labour and schooling, and about 8–15 % monitored households across the three categories, with risks,
 * dated workflow steps, measures, and some eliminated (and a few re-marked) episodes.
 *
 * <p>The same seed and the same as-of date always give the same ledger. Everything is written in one
 * audited transaction: a cancelled or failed run leaves the ledger empty.
 */
public final class DemoGenerator {

    /** The largest town a demo makes: a county roster's worth of people. */
    public static final int MAX_HOUSEHOLDS = 100_000;
    public static final String OPERATOR = "演示数据";
    static final String AREA = "全县";
    static final String DEMO_DOC = "演示数据（非真实文号）";
    /** The setting a generated ledger carries ({@code demo=true}), so it is shown as a demo wherever it lies. */
    public static final String DEMO_SETTING = "demo";

    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋"
            + "蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔")
            .split("");
    private static final String[] MALE_CHARS = "伟强军建国明华平刚勇林海波志文杰涛斌俊峰东春生福贵荣德山发成永进金宝忠兴".split("");
    private static final String[] FEMALE_CHARS = "芳娟敏静丽艳霞秀英兰梅玲红燕萍琴云凤桂珍娥莲翠娇婷雪慧琳洁佳".split("");
    private static final String[] VILLAGE_HEAD = "东西南北上下新大小石龙凤黄白青桃柳杨李马高长水金".split("");
    private static final String[] VILLAGE_TAIL = "坑塘坪岭湾田山溪岗桥寨冲坝洞园".split("");
    private static final String[] GROUP_NUMERALS = "一二三四五六七八九十".split("");
    private static final String[] MINORITIES = {"壮族", "瑶族", "苗族", "彝族", "土家族", "侗族", "布依族", "回族", "畲族"};
    private static final String[] COUNTY_CODES = {"441523", "371522", "532124", "522631", "431226", "360733"};
    private static final String[] PUBLIC_POSTS = {"护林员", "保洁员", "护路员", "水管员", "治安巡逻员"};
    private static final String[] FUNDS = {"衔接推进乡村振兴补助资金", "驻镇帮镇扶村资金", "统筹整合涉农资金", "东西部协作资金",
        "社会帮扶捐赠"};
    private static final String[] RISKS = {"因病", "因残", "因学", "因灾", "因意外事故", "因务工就业不稳", "缺劳动力", "因安全住房",
        "因安全饮水", "产业项目失败", "其他"};
    private static final int[] RISK_WEIGHTS = {30, 14, 10, 5, 6, 12, 12, 3, 3, 3, 2};
    private static final String[] DIBAO_GRADES = {"一档", "二档", "三档"};

    /** What to make. */
    public record Options(int households, long seed, LocalDate asOf) {
        public Options {
            if (households < 1 || households > MAX_HOUSEHOLDS) {
                throw new LedgerException("户数应在 1 到 " + MAX_HOUSEHOLDS + " 之间，实际为 " + households + "。");
            }
            if (asOf == null) {
                throw new IllegalArgumentException("asOf");
            }
        }
    }

    /** What was made. */
    public record Result(int villages, int households, int members, int monitored, int eliminated, int measures) {
    }

    private final Ledger ledger;

    public DemoGenerator(Ledger ledger) {
        this.ledger = ledger;
    }

    /** Fills the ledger; refuses a ledger that already has villages or households. */
    public Result generate(Options options) {
        return generate(options, p -> { }, () -> false);
    }

    /**
     * Fills the ledger, reporting progress from 0 to 1 and stopping (leaving the ledger empty) with a
     * {@link CancellationException} when {@code cancelled} says so.
     */
    public Result generate(Options options, DoubleConsumer progress, BooleanSupplier cancelled) {
        boolean empty = ledger.read(v -> v.villages().count() == 0 && v.households().count() == 0);
        if (!empty) {
            throw new LedgerException("演示数据只能填入空账本：" + ledger.file()
                    + " 里已经有村或农户。请用 --db 指定一个新文件，例如 demo.db。");
        }
        return ledger.write(Change.by(OPERATOR).because("生成演示数据"),
                tx -> new Run(tx, options, progress, cancelled).run());
    }

    /** One generation run: the random stream and running totals. */
    private static final class Run {
        private final LedgerTx tx;
        private final Options options;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        private final Random random;
        private final LocalDate asOf;
        private final YearMonth asOfMonth;
        private final String countyCode;
        private final Set<String> usedIds = new HashSet<>();
        private int members;
        private String householdNo; // of the household whose members are being made
        private int personSeq;
        private int monitored;
        private int eliminated;
        private int measures;

        Run(LedgerTx tx, Options options, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.tx = tx;
            this.options = options;
            this.progress = progress;
            this.cancelled = cancelled;
            this.random = new Random(options.seed());
            this.asOf = options.asOf();
            this.asOfMonth = YearMonth.from(asOf);
            this.countyCode = COUNTY_CODES[random.nextInt(COUNTY_CODES.length)];
        }

        Result run() {
            tx.settings().put(DEMO_SETTING, "true");
            if (tx.settings().get("office.county").orElse("").isEmpty()) {
                tx.settings().put("office.county", "示范县");
            }
            if (tx.settings().get("office.town").orElse("").isEmpty()) {
                tx.settings().put("office.town", "示范镇");
            }
            for (int year = asOf.getYear() - 5; year <= asOf.getYear(); year++) {
                // demo figures only: 6,000 yuan in 2021 rising by 500 a year (thresholds are provincial config)
                long yuan = 6_000 + 500L * Math.max(0, year - 2021);
                tx.thresholds().put(new Threshold(year, AREA, yuan * 100, DEMO_DOC));
            }
            for (int year = asOf.getYear() - 5; year <= asOf.getYear(); year++) {
                for (int g = 0; g < DIBAO_GRADES.length; g++) {
                    tx.dibaoGrades().put(new DibaoGrade(year, DIBAO_GRADES[g], dibaoMonthlyYuan(year, g) * 100, DEMO_DOC));
                }
            }
            List<long[]> villages = makeVillages();
            int n = options.households();
            // exactly 8–15 % of households are monitored (at least one)
            double share = 0.08 + random.nextDouble() * 0.07;
            int monitoredCount = Math.max(1, (int) Math.round(n * share));
            List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, n).boxed().toList());
            java.util.Collections.shuffle(order, random);
            java.util.BitSet monitoredSet = new java.util.BitSet(n);
            order.subList(0, monitoredCount).forEach(monitoredSet::set);
            for (int i = 0; i < n; i++) {
                if ((i & 63) == 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("已取消生成演示数据");
                    }
                    progress.accept((double) i / n);
                }
                long[] village = villages.get(random.nextInt(villages.size()));
                makeHousehold(i, village, monitoredSet.get(i));
            }
            progress.accept(1.0);
            return new Result(villages.size(), n, members, monitored, eliminated, measures);
        }

        /** Villages with groups: each element is {villageId, villageIndex, groupId...}. */
        private List<long[]> makeVillages() {
            int count = Math.clamp(options.households() / 60, 3, 70);
            List<String> names = new ArrayList<>();
            for (String head : VILLAGE_HEAD) {
                for (String tail : VILLAGE_TAIL) {
                    if (!head.equals(tail)) {
                        names.add(head + tail + "村");
                    }
                }
            }
            java.util.Collections.shuffle(names, random);
            List<long[]> villages = new ArrayList<>();
            for (int v = 0; v < count; v++) {
                long id = tx.villages().add(new Village(null, names.get(v), String.format("%03d", v + 1), v + 1, true));
                int groups = 3 + random.nextInt(6);
                long[] row = new long[2 + groups];
                row[0] = id;
                row[1] = v + 1;
                for (int g = 0; g < groups; g++) {
                    row[2 + g] = tx.villages().addGroup(new VillageGroup(null, id, GROUP_NUMERALS[g] + "组"));
                }
                villages.add(row);
            }
            return villages;
        }

        private void makeHousehold(int index, long[] village, boolean isMonitored) {
            String category = isMonitored ? pickCategory() : null;
            String type = category == null
                    ? (random.nextInt(100) < 70 ? "脱贫户" : "一般农户")
                    : switch (category) {
                        case "脱贫不稳定户" -> "脱贫户";
                        case "边缘易致贫户" -> "一般农户";
                        default -> random.nextBoolean() ? "脱贫户" : "一般农户";
                    };
            String householdNo = countyCode + "001" + String.format("%03d%06d", village[1], index + 1);
            long groupId = village[2 + random.nextInt(village.length - 2)];

            List<Member> people = makeMembers(householdNo);
            boolean noLabour = people.stream().noneMatch(m -> isAbleToWork(m.labourSkill()));
            // 低保 goes by household, most often where nobody can work
            boolean onDibao = random.nextInt(100) < (noLabour ? 60 : category != null ? 20 : 4);
            if (onDibao) {
                people = people.stream().map(m -> withDibao(m, "农村低保")).toList();
            }
            boolean earns = people.stream().anyMatch(m -> m.publicPost() != null
                    || m.workMonths() != null && m.workMonths() > 0);
            String address = "第" + (1 + random.nextInt(200)) + "号";
            long hh = tx.households().add(new Household(null, householdNo, village[0], groupId, type, noLabour,
                    people.getFirst().phone(), address, null));
            for (Member m : people) {
                tx.members().add(m.inHousehold(hh));
            }
            members += people.size();
            if ("脱贫户".equals(type) || category != null) {
                long perPerson = category != null ? 5_000 + random.nextInt(6_000) : 9_000 + random.nextInt(16_000);
                tx.households().putIncome(income(hh, asOf.getYear() - 1, perPerson * people.size(), earns));
            }
            if (onDibao) {
                dibaoMeasure(hh);
            }
            if (category != null) {
                makeEpisode(hh, category, people, noLabour, earns);
            }
        }

        /** The household's 低保 as a 综合保障/兜底 measure naming its grade (档次) of the dibao_grade table. */
        private void dibaoMeasure(long hh) {
            LocalDate since = asOf.minusMonths(1 + random.nextInt(48)).withDayOfMonth(1);
            int g = random.nextInt(DIBAO_GRADES.length);
            long monthly = dibaoMonthlyYuan(since.getYear(), g);
            tx.measures().add(new Measure(null, hh, null, AttentionChecks.SAFETY_NET,
                    "农村低保（" + DIBAO_GRADES[g] + "）", since, null, monthly * 12 * 100, "城乡低保资金", null,
                    "按月发放，" + since.getYear() + " 年每月 " + monthly + " 元"));
            measures++;
        }

        /**
         * Income over a year. Without anyone in work (务工 or a 公益性岗位) there is no 工资性收入: the income is
         * transfers (低保, pensions, subsidies) and some farming.
         */
        private IncomeYear income(long hh, int year, long netYuan, boolean earns) {
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

        // ---- people

        private List<Member> makeMembers(String householdNo) {
            this.householdNo = householdNo;
            this.personSeq = 0;
            int size = pickSize();
            List<Member> people = new ArrayList<>();
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            int headAge = 30 + random.nextInt(51);
            String headGender = random.nextInt(100) < 82 ? "1" : "2";
            people.add(person(surname, "户主", headGender, headAge, true));
            if (size >= 2 && random.nextInt(100) < 85) {
                String spouseSurname = SURNAMES[random.nextInt(SURNAMES.length)];
                people.add(person(spouseSurname, "配偶", other(headGender), clampAge(headAge - 3 + random.nextInt(7)),
                        false));
            }
            String familyName = "1".equals(headGender) ? surname : SURNAMES[random.nextInt(SURNAMES.length)];
            if (headAge >= 58) {
                int sonAge = clampAge(headAge - 24 - random.nextInt(8));
                while (people.size() < size) {
                    if (people.stream().noneMatch(m -> "之子".equals(m.relation()))) {
                        people.add(person(familyName, "之子", "1", sonAge, false));
                    } else if (people.stream().noneMatch(m -> "之儿媳".equals(m.relation())) && random.nextBoolean()) {
                        String s = SURNAMES[random.nextInt(SURNAMES.length)];
                        people.add(person(s, "之儿媳", "2", clampAge(sonAge - 2 + random.nextInt(5)), false));
                    } else {
                        String g = random.nextBoolean() ? "1" : "2";
                        people.add(person(familyName, "1".equals(g) ? "之孙子" : "之孙女", g,
                                random.nextInt(Math.max(1, Math.min(16, sonAge - 19))), false));
                    }
                }
            } else {
                if (people.size() < size && headAge <= 50 && random.nextInt(100) < 35) {
                    String g = random.nextBoolean() ? "1" : "2";
                    String parentSurname = "1".equals(g) ? surname : SURNAMES[random.nextInt(SURNAMES.length)];
                    people.add(person(parentSurname, "1".equals(g) ? "之父" : "之母", g,
                            Math.min(95, headAge + 22 + random.nextInt(9)), false));
                }
                while (people.size() < size) {
                    String g = random.nextBoolean() ? "1" : "2";
                    int age = Math.max(0, headAge - 22 - random.nextInt(14));
                    people.add(person(familyName, "1".equals(g) ? "之子" : "之女", g, age, false));
                }
            }
            return people;
        }

        private Member person(String surname, String relation, String gender, int age, boolean head) {
            String name = surname + givenName(gender);
            LocalDate birth = asOf.minusYears(age).minusDays(1 + random.nextInt(364));
            String id = newId(birth, gender);
            String[] schooling = schooling(age);
            String health = health(age);
            String labour = labour(age, health, schooling[1] != null);
            String work = null;
            Long workMonths = null;
            if (age >= 16 && schooling[1] == null) {
                if (isAbleToWork(labour)) {
                    int r = random.nextInt(100);
                    work = r < 25 ? "省外务工" : r < 45 ? "省内县外务工" : r < 70 ? "县内务工" : "未务工";
                    workMonths = "未务工".equals(work) ? 0L : 3L + random.nextInt(10);
                } else {
                    work = "未务工";
                    workMonths = 0L;
                }
            }
            boolean insured = random.nextInt(100) < 98;
            String post = null;
            Long postMonths = null;
            if (age >= 18 && age < 70 && isAbleToWork(labour) && random.nextInt(100) < 5) {
                post = PUBLIC_POSTS[random.nextInt(PUBLIC_POSTS.length)];
                postMonths = 6L + random.nextInt(7);
            }
            String tekun = head && age >= 65 && random.nextInt(100) < 3 ? "农村特困" : "不享受";
            String ethnicity = random.nextInt(100) < 93 ? "汉族" : MINORITIES[random.nextInt(MINORITIES.length)];
            String personNo = householdNo + String.format("%02d", ++personSeq);
            return new Member(null, 0, name, "居民身份证", id, id, null, gender, birth, ethnicity, relation, schooling[0],
                    schooling[1], health, labour, work, workMonths, insured, insured, age >= 16 && random.nextInt(100) < 90,
                    "未享受", tekun, post, postMonths, head ? phone() : null, personNo, null, null);
        }

        private String givenName(String gender) {
            String[] chars = "1".equals(gender) ? MALE_CHARS : FEMALE_CHARS;
            String first = chars[random.nextInt(chars.length)];
            return random.nextInt(100) < 70 ? first + chars[random.nextInt(chars.length)] : first;
        }

        /** {education, schoolStatus}: exactly one is set for anyone of school age or older. */
        private String[] schooling(int age) {
            if (age < 3) {
                return new String[] {null, "学龄前儿童"};
            }
            if (age < 6) {
                return new String[] {null, "学前教育"};
            }
            if (age < 12) {
                return new String[] {null, "小学"};
            }
            if (age < 15) {
                return new String[] {null, "七至九年级"};
            }
            if (age < 18) {
                return new String[] {null, random.nextInt(100) < 65 ? "普通高中" : "中职"};
            }
            if (age < 22 && random.nextInt(100) < 35) {
                return new String[] {null, random.nextBoolean() ? "本科" : "高职高专"};
            }
            int r = random.nextInt(100);
            String education;
            if (age >= 65) {
                education = r < 35 ? "文盲或半文盲" : r < 80 ? "小学" : "初中";
            } else if (age >= 45) {
                education = r < 8 ? "文盲或半文盲" : r < 40 ? "小学" : r < 85 ? "初中" : "高中";
            } else {
                education = r < 10 ? "小学" : r < 55 ? "初中" : r < 80 ? "高中" : r < 92 ? "大专" : "本科及以上";
            }
            return new String[] {education, null};
        }

        private String health(int age) {
            int r = random.nextInt(100);
            int chronic = age >= 60 ? 25 : 8;
            if (r < chronic) {
                return "长期慢性病";
            }
            if (r < chronic + 4) {
                return "患有大病";
            }
            if (r < chronic + 8) {
                return "残疾";
            }
            return "健康";
        }

        private String labour(int age, String health, boolean inSchool) {
            if (age < 16 || inSchool) {
                return "无劳动力";
            }
            if ("患有大病".equals(health) || "残疾".equals(health)) {
                return random.nextBoolean() ? "弱劳动力或半劳动力" : "丧失劳动力";
            }
            if (age >= 75) {
                return "丧失劳动力";
            }
            if (age >= 65) {
                return "弱劳动力或半劳动力";
            }
            return random.nextInt(100) < 20 ? "技能劳动力" : "普通劳动力";
        }

        private String newId(LocalDate birth, String gender) {
            String date = birth.toString().replace("-", "");
            while (true) {
                int seq = random.nextInt(500) * 2 + ("1".equals(gender) ? 1 : 0);
                if (seq == 0) {
                    continue;
                }
                String first17 = countyCode + date + String.format("%03d", seq);
                String id = first17 + IdNumber.checkChar(first17);
                if (usedIds.add(id)) {
                    return id;
                }
            }
        }

        private String phone() {
            String[] prefixes = {"135", "136", "137", "138", "139", "150", "151", "158", "159", "186", "187", "188"};
            return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
        }

        private int pickSize() {
            int r = random.nextInt(100);
            return r < 10 ? 1 : r < 30 ? 2 : r < 55 ? 3 : r < 80 ? 4 : r < 92 ? 5 : 6;
        }

        private String pickCategory() {
            int r = random.nextInt(100);
            return r < 40 ? "脱贫不稳定户" : r < 85 ? "边缘易致贫户" : "突发严重困难户";
        }

        // ---- monitoring

        private void makeEpisode(long hh, String category, List<Member> people, boolean noLabour, boolean earns) {
            YearMonth identified = asOfMonth.minusMonths(random.nextInt(36));
            List<String> risks = pickRisks(people, noLabour);
            boolean waterSafe = !risks.contains("因安全饮水");
            boolean housingSafe = !risks.contains("因安全住房");
            String channel = switch (random.nextInt(10)) {
                case 0, 1, 2 -> "农户自主申报";
                case 3, 4, 5, 6 -> "干部排查";
                default -> "部门筛查预警";
            };
            String cadre = SURNAMES[random.nextInt(SURNAMES.length)] + givenName(random.nextBoolean() ? "1" : "2");
            // eliminated: identified at least 7 months ago, never when nobody can work; the longer ago, the likelier
            long monthsOpen = ChronoUnit.MONTHS.between(identified, asOfMonth);
            boolean eliminate = !noLabour && monthsOpen >= 7
                    && random.nextInt(100) < Math.min(85, 30 + 5 * (monthsOpen - 7));
            YearMonth eliminatedMonth = eliminate
                    ? identified.plusMonths(6 + random.nextInt((int) Math.min(7, monthsOpen - 5))) : null;

            List<Measure> planned = planMeasures(hh, risks, identified, cadre);
            String method = eliminate ? (!planned.isEmpty() && random.nextInt(100) < 85 ? Episode.ASSISTED
                    : Episode.NATURAL) : null;
            long episodeId = tx.episodes().add(new Episode(null, hh, category, channel, identified, cadre,
                    phone(), eliminate, method, eliminatedMonth, null, null), risks);
            monitored++;
            int persons = people.size();
            long perPerson = 3_500 + random.nextInt(4_000);
            tx.episodes().addSnapshot(snapshot(episodeId, EpisodeSnapshot.IDENTIFIED, persons, perPerson,
                    !housingSafe, waterSafe, earns), hh);
            tx.households().addGuaranteeCheck(new GuaranteeCheck(null, hh, identified.atDay(5), false, housingSafe,
                    housingSafe ? "B" : "C", false, waterSafe, null));
            identificationSteps(episodeId, hh, identified);
            for (Measure m : planned) {
                if (!m.startOn().isAfter(asOf)) {
                    tx.measures().add(m);
                    measures++;
                }
            }
            if (eliminate) {
                long threshold = 6_000 + 500L * Math.max(0, eliminatedMonth.getYear() - 2021);
                tx.episodes().addSnapshot(snapshot(episodeId, EpisodeSnapshot.ELIMINATED, persons,
                        threshold + 1_000 + random.nextInt(6_000), false, true, earns), hh);
                eliminationSteps(episodeId, hh, eliminatedMonth);
                eliminated++;
                if (random.nextInt(100) < 4 && eliminatedMonth.plusMonths(2).isBefore(asOfMonth)) {
                    remark(hh, episodeId, eliminatedMonth, cadre, persons, risks, earns);
                }
            } else if (!noLabour && monthsOpen >= 7 && random.nextInt(100) < 70) {
                eliminationUnderWay(episodeId, hh);
            }
        }

        /** 风险再标注: an eliminated household found at risk again opens a new episode that follows the old one. */
        private void remark(long hh, long previousId, YearMonth eliminatedMonth, String cadre, int persons,
                List<String> oldRisks, boolean earns) {
            long monthsLeft = ChronoUnit.MONTHS.between(eliminatedMonth, asOfMonth);
            YearMonth again = eliminatedMonth.plusMonths(2 + random.nextInt((int) Math.max(1, monthsLeft - 1)));
            if (again.isAfter(asOfMonth)) {
                again = asOfMonth;
            }
            List<String> risks = List.of(random.nextBoolean() ? "因意外事故" : oldRisks.getFirst());
            long id = tx.episodes().add(new Episode(null, hh, "突发严重困难户", "干部排查", again, cadre, phone(), false,
                    null, null, null, previousId), risks);
            tx.episodes().addSnapshot(snapshot(id, EpisodeSnapshot.IDENTIFIED, persons, 3_000 + random.nextInt(3_000),
                    false, true, earns), hh);
            LocalDate on = clampToAsOf(again.atDay(3));
            tx.episodes().addStep(new EpisodeStep(null, id, "remark", on, null, "风险再标注"), hh);
            identificationSteps(id, hh, again);
        }

        private EpisodeSnapshot snapshot(long episodeId, String phase, int persons, long perPersonYuan,
                boolean housingUnsafe, boolean waterSafe, boolean earns) {
            long net = perPersonYuan * persons;
            IncomeYear i = income(0, 2000, net, earns);
            // after elimination the large rigid spending is under control: at most a fifth of net income
            long selfPaid = EpisodeSnapshot.ELIMINATED.equals(phase)
                    ? Math.min(i.compliantSelfPaid(), net * 100 / 5) : i.compliantSelfPaid();
            return new EpisodeSnapshot(episodeId, phase, persons, i.wageIncome(), i.businessIncome(),
                    i.propertyIncome(), i.transferIncome(), i.businessExpense(), 0, selfPaid, false,
                    !housingUnsafe, false, waterSafe);
        }

        /**
         * Risks that the members bear out: 因病 only with someone ill, 因残 with someone disabled, 因学 with someone
         * at school, 缺劳动力 with at most one member able to work (always when nobody is), 因务工就业不稳 with someone
         * who can work.
         */
        private List<String> pickRisks(List<Member> people, boolean noLabour) {
            long able = people.stream().filter(m -> isAbleToWork(m.labourSkill())).count();
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
                risks.add(weighted(RISKS, weights));
            }
            return new ArrayList<>(risks).subList(0, Math.min(5, risks.size()));
        }

        private List<Measure> planMeasures(long hh, List<String> risks, YearMonth identified, String cadre) {
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
                long amount = (300L + random.nextInt(4_700)) * 100;
                list.add(new Measure(null, hh, null, family, detail(family), start, end, amount,
                        FUNDS[random.nextInt(FUNDS.length)], cadre, null));
            }
            return list;
        }

        private String detail(String family) {
            return switch (family) {
                case "健康帮扶" -> "医保缴费补贴及医疗救助";
                case "教育帮扶" -> random.nextBoolean() ? "雨露计划补助" : "义务教育阶段资助";
                case "饮水安全保障" -> "入户自来水管网改造";
                case "住房安全保障" -> "危房改造";
                case "综合保障/兜底" -> "临时救助"; // 低保 is its own measure, with its grade (dibaoMeasure)
                case "公益性岗位" -> PUBLIC_POSTS[random.nextInt(PUBLIC_POSTS.length)] + "岗位";
                case "就业帮扶" -> random.nextBoolean() ? "外出务工交通补贴" : "技能培训";
                case "防贫保险" -> "防贫保险理赔";
                default -> random.nextBoolean() ? "种养奖补" : "产业项目分红";
            };
        }

        private void identificationSteps(long episodeId, long hh, YearMonth month) {
            LocalDate d = month.atDay(1 + random.nextInt(8));
            for (String kind : Workflow.IDENTIFICATION_CHAIN) {
                if (d.isAfter(asOf)) {
                    return; // still in progress
                }
                LocalDate end = Workflow.PUBLICITY.equals(kind) ? d.plusDays(5 + random.nextInt(3)) : null;
                tx.episodes().addStep(new EpisodeStep(null, episodeId, kind, d, end, null), hh);
                d = (end != null ? end : d).plusDays(1 + random.nextInt(3));
            }
        }

        /** The whole elimination chain, its 标注消除 in the elimination month (by the as-of date at the latest). */
        private void eliminationSteps(long episodeId, long hh, YearMonth month) {
            int lastDay = month.equals(asOfMonth) ? asOf.getDayOfMonth() : 28;
            eliminationChain(episodeId, hh, Workflow.ELIMINATION_CHAIN, month.atDay(1 + random.nextInt(lastDay)));
        }

        /** An open episode whose elimination has begun: the first one to four steps, the last in recent weeks. */
        private void eliminationUnderWay(long episodeId, long hh) {
            int done = 1 + random.nextInt(Workflow.ELIMINATION_CHAIN.size() - 1);
            eliminationChain(episodeId, hh, Workflow.ELIMINATION_CHAIN.subList(0, done), asOf.minusDays(random.nextInt(21)));
        }

        /**
         * Steps of the elimination chain, dated backwards from the last one's date so each follows the one before
         * (the next step after the last day of the 民主评议公示 of 5–7 days).
         */
        private void eliminationChain(long episodeId, long hh, List<String> kinds, LocalDate lastOn) {
            EpisodeStep[] steps = new EpisodeStep[kinds.size()];
            LocalDate d = lastOn; // the last day of the step being dated
            for (int i = kinds.size() - 1; i >= 0; i--) {
                String kind = kinds.get(i);
                LocalDate start = Workflow.ELIM_REVIEW.equals(kind) ? d.minusDays(4 + random.nextInt(3)) : d;
                steps[i] = new EpisodeStep(null, episodeId, kind, start, start.equals(d) ? null : d, null);
                d = start.minusDays(1 + random.nextInt(3));
            }
            for (EpisodeStep s : steps) {
                tx.episodes().addStep(s, hh);
            }
        }

        private LocalDate clampToAsOf(LocalDate d) {
            return d.isAfter(asOf) ? asOf : d;
        }

        private <T> T weighted(T[] values, int[] weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int r = random.nextInt(total);
            for (int i = 0; i < values.length; i++) {
                r -= weights[i];
                if (r < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private static boolean isAbleToWork(String labourSkill) {
            return "普通劳动力".equals(labourSkill) || "技能劳动力".equals(labourSkill);
        }

        private static Member withDibao(Member m, String dibao) {
            return new Member(m.id(), m.householdId(), m.name(), m.idType(), m.idNumber(), m.idNumberRaw(), m.idFlag(),
                    m.gender(), m.birthDate(), m.ethnicity(), m.relation(), m.education(), m.schoolStatus(), m.health(),
                    m.labourSkill(), m.workStatus(), m.workMonths(), m.medicalInsurance(), m.seriousIllnessInsurance(),
                    m.pensionInsurance(), dibao, m.tekun(), m.publicPost(), m.publicPostMonths(), m.phone(), m.personNo(),
                    m.leftOn(), m.leftReason());
        }

        /** Demo figures only (grades and amounts are provincial config): 一档 highest, rising 20 yuan a year. */
        private static long dibaoMonthlyYuan(int year, int grade) {
            return 450 - 100L * grade + 20L * Math.max(0, year - 2021);
        }

        private static String other(String gender) {
            return "1".equals(gender) ? "2" : "1";
        }

        private static int clampAge(int age) {
            return Math.clamp(age, 18, 95);
        }
    }
}
