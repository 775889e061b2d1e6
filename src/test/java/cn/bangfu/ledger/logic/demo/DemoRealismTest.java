package cn.bangfu.ledger.logic.demo;

import static cn.bangfu.ledger.logic.demo.DemoGeneratorTest.AS_OF;
import static cn.bangfu.ledger.logic.demo.DemoGeneratorTest.AS_OF_MONTH;
import static cn.bangfu.ledger.logic.demo.DemoGeneratorTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.rules.Workflow;
import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.LedgerView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A demo ledger tells one consistent story: risks follow from the members, income from who can work, the
 * workflow from the passing of time, and 低保 households have their grade.
 */
class DemoRealismTest {

    static final Set<String> ILL = Set.of("长期慢性病", "患有大病");
    static final Set<String> ABLE = Set.of("普通劳动力", "技能劳动力");
    static final Set<String> ON_DIBAO = Set.of("农村低保", "城市低保");

    @TempDir
    Path dir;

    private <T> T withDemo(int households, long seed, Function<LedgerView, T> work) {
        try (Ledger ledger = Ledger.open(dir.resolve("realism-" + households + "-" + seed + ".db"), Ledger.Mode.WRITE,
                CLOCK)) {
            new DemoGenerator(ledger).generate(DemoGeneratorTest.options(households, seed));
            return ledger.read(work);
        }
    }

    static Map<Long, List<Member>> membersByHousehold(LedgerView v) {
        return v.members().all().stream().filter(Member::isCurrent).collect(Collectors.groupingBy(Member::householdId));
    }

    static boolean isStudent(Member m) {
        return m.schoolStatus() != null && !"学龄前儿童".equals(m.schoolStatus());
    }

    // ------------------------------------------------------------------ risks and members

    @ParameterizedTest
    @CsvSource({"600, 1", "600, 2", "600, 3", "600, 2026", "1500, 103"})
    void risksAgreeWithTheMembers(int households, long seed) {
        record Outcome(List<String> problems, Map<String, Integer> risks) {
        }
        Outcome o = withDemo(households, seed, v -> {
            List<String> problems = new ArrayList<>();
            Map<String, Integer> seen = new TreeMap<>();
            Map<Long, List<Member>> members = membersByHousehold(v);
            for (Household h : v.households().all()) {
                List<Member> people = members.get(h.id());
                long able = people.stream().filter(m -> ABLE.contains(m.labourSkill())).count();
                for (Episode e : v.episodes().ofHousehold(h.id())) {
                    List<String> risks = v.episodes().risks(e.id());
                    risks.forEach(r -> seen.merge(r, 1, Integer::sum));
                    String who = "household " + h.householdNo() + " episode " + e.id() + " risks " + risks + ": ";
                    if (risks.contains("因残") && people.stream().noneMatch(m -> "残疾".equals(m.health()))) {
                        problems.add(who + "因残 but no member is 残疾");
                    }
                    if (risks.contains("因病") && people.stream().noneMatch(m -> ILL.contains(m.health()))) {
                        problems.add(who + "因病 but no member is ill");
                    }
                    if (risks.contains("因学") && people.stream().noneMatch(DemoRealismTest::isStudent)) {
                        problems.add(who + "因学 but nobody is at school");
                    }
                    if (risks.contains("缺劳动力") && able > 1) {
                        problems.add(who + "缺劳动力 but " + able + " members can work");
                    }
                    if (h.noLabourCapacity() && !risks.contains("缺劳动力")) {
                        problems.add(who + "整户无劳动能力 without 缺劳动力");
                    }
                    if (risks.contains("因务工就业不稳") && able == 0) {
                        problems.add(who + "因务工就业不稳 but nobody can work");
                    }
                }
            }
            return new Outcome(problems, seen);
        });
        assertThat(o.problems()).isEmpty();
        // the risks that need a reason in the members are still drawn
        assertThat(o.risks()).containsKeys("因病", "因残", "缺劳动力", "因务工就业不稳");
    }

    // ------------------------------------------------------------------ wage income and labour

    @ParameterizedTest
    @CsvSource({"600, 1", "600, 2026", "1500, 103"})
    void nobodyEarnsAWageWhereNobodyCanWork(int households, long seed) {
        record Outcome(List<String> problems, int noLabour, int alone) {
        }
        Outcome o = withDemo(households, seed, v -> {
            List<String> problems = new ArrayList<>();
            int noLabour = 0;
            int alone = 0;
            Map<Long, List<Member>> members = membersByHousehold(v);
            for (Household h : v.households().all()) {
                List<Member> people = members.get(h.id());
                boolean nobodyCanWork = people.stream().noneMatch(m -> ABLE.contains(m.labourSkill()));
                if (nobodyCanWork != h.noLabourCapacity()) {
                    problems.add("household " + h.householdNo() + " 是否整户无劳动能力 " + h.noLabourCapacity()
                            + " but members' labour " + people.stream().map(Member::labourSkill).toList());
                }
                if (!h.noLabourCapacity()) {
                    continue;
                }
                noLabour++;
                alone += people.size() == 1 ? 1 : 0;
                String who = "household " + h.householdNo() + " (" + people.size() + " persons, 整户无劳动能力): ";
                for (IncomeYear i : v.households().incomes(h.id())) {
                    if (i.wageIncome() != 0) {
                        problems.add(who + i.year() + " 工资性收入 " + i.wageIncome());
                    }
                }
                for (Episode e : v.episodes().ofHousehold(h.id())) {
                    for (EpisodeSnapshot s : v.episodes().snapshots(e.id())) {
                        if (s.wageIncome() != 0) {
                            problems.add(who + "episode " + e.id() + " " + s.phase() + " 工资性收入 " + s.wageIncome());
                        }
                    }
                }
                for (Member m : people) {
                    if (m.publicPost() != null || m.workMonths() != null && m.workMonths() > 0) {
                        problems.add(who + m.name() + " works: " + m.workStatus() + " " + m.workMonths() + " months, post "
                                + m.publicPost());
                    }
                }
            }
            return new Outcome(problems, noLabour, alone);
        });
        assertThat(o.problems()).isEmpty();
        assertThat(o.noLabour()).as("households with nobody able to work").isPositive();
        assertThat(o.alone()).as("one-person households with nobody able to work").isPositive();
    }

    // ------------------------------------------------------------------ the workflow moves on with time

    @ParameterizedTest
    @CsvSource({"600, 1", "600, 2", "600, 2026", "1500, 103"})
    void workflowStepsAdvanceWithTime(int households, long seed) {
        record Outcome(List<String> problems, Map<String, Integer> nextOfOld, int oldOpen, int oldNotStarted,
                int inElimination, int longAgo, int longAgoEliminated) {
        }
        Outcome o = withDemo(households, seed, v -> {
            List<String> problems = new ArrayList<>();
            Map<String, Integer> nextOfOld = new TreeMap<>();
            int oldOpen = 0;
            int oldNotStarted = 0;
            int inElimination = 0;
            int longAgo = 0;
            int longAgoEliminated = 0;
            for (Household h : v.households().all()) {
                for (Episode e : v.episodes().ofHousehold(h.id())) {
                    List<EpisodeStep> steps = v.episodes().steps(e.id());
                    String who = "household " + h.householdNo() + " episode " + e.id() + " identified "
                            + e.identifiedMonth() + ": ";
                    Workflow.Status status = Workflow.status(e, steps, AS_OF);
                    status.findings().forEach(f -> problems.add(who + f.code() + " " + f.message()));
                    checkChainDates(steps, Workflow.IDENTIFICATION_CHAIN, who, problems);
                    checkChainDates(steps, Workflow.ELIMINATION_CHAIN, who, problems);
                    Set<String> kinds = steps.stream().map(EpisodeStep::kind).collect(Collectors.toSet());
                    long months = ChronoUnit.MONTHS.between(e.identifiedMonth(), AS_OF_MONTH);
                    if (months >= 2 && !kinds.containsAll(Workflow.IDENTIFICATION_CHAIN)) {
                        problems.add(who + "identification chain incomplete after " + months + " months: " + kinds);
                    }
                    if (e.eliminated()) {
                        if (!kinds.containsAll(Workflow.ELIMINATION_CHAIN)) {
                            problems.add(who + "eliminated without the whole elimination chain: " + kinds);
                        }
                        steps.stream().filter(s -> Workflow.ELIM_MARK.equals(s.kind())).findFirst()
                                .filter(s -> !e.eliminatedMonth().equals(java.time.YearMonth.from(s.stepOn())))
                                .ifPresent(s -> problems.add(who + "标注消除 on " + s.stepOn() + " but 消除监测时间 "
                                        + e.eliminatedMonth()));
                    } else if (kinds.contains(Workflow.ELIM_MARK)) {
                        problems.add(who + "open with a 标注消除 step");
                    }
                    if (h.noLabourCapacity()) {
                        continue; // stays monitored whatever the time (整户无劳动能力)
                    }
                    if (months >= 18) {
                        longAgo++;
                        longAgoEliminated += e.eliminated() ? 1 : 0;
                    }
                    // an elimination takes weeks after the six months (EliminationRules): from the seventh month on
                    if (!e.eliminated() && months >= 7) {
                        oldOpen++;
                        nextOfOld.merge(String.valueOf(status.nextStepCode()), 1, Integer::sum);
                        boolean started = Workflow.ELIMINATION_CHAIN.stream().anyMatch(kinds::contains);
                        oldNotStarted += started ? 0 : 1;
                        inElimination += started ? 1 : 0;
                    }
                }
            }
            return new Outcome(problems, nextOfOld, oldOpen, oldNotStarted, inElimination, longAgo, longAgoEliminated);
        });
        assertThat(o.problems()).isEmpty();
        assertThat(o.oldOpen()).as("open episodes of seven months and more").isPositive();
        assertThat(o.inElimination()).as("open episodes whose elimination is under way, next steps %s", o.nextOfOld())
                .isPositive();
        assertThat(o.oldNotStarted()).as("not all old open episodes wait at 入户核实: %s", o.nextOfOld())
                .isLessThanOrEqualTo(o.oldOpen() * 6 / 10);
        assertThat(o.longAgoEliminated()).as("of %s episodes identified 18 months ago or more", o.longAgo())
                .isGreaterThanOrEqualTo(o.longAgo() * 6 / 10);
    }

    /** In chain order, each recorded step comes after the one before it (after the last day of a 公示). */
    private static void checkChainDates(List<EpisodeStep> steps, List<String> chain, String who, List<String> problems) {
        LocalDate previous = null;
        String previousKind = null;
        for (String kind : chain) {
            EpisodeStep s = steps.stream().filter(x -> kind.equals(x.kind())).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            if (previous != null && !s.stepOn().isAfter(previous)) {
                problems.add(who + kind + " on " + s.stepOn() + " not after " + previousKind + " (" + previous + ")");
            }
            if (s.stepOn().isAfter(AS_OF)) {
                problems.add(who + kind + " on " + s.stepOn() + " after the as-of date");
            }
            previous = s.endOn() != null ? s.endOn() : s.stepOn();
            previousKind = kind;
        }
    }

    // ------------------------------------------------------------------ 低保 grades

    static final Pattern DIBAO_DETAIL = Pattern.compile("(农村低保|城市低保)（(.+?)）");

    @ParameterizedTest
    @CsvSource({"600, 1", "600, 2026", "1500, 103"})
    void householdsOnDibaoHaveTheirGrade(int households, long seed) {
        record Outcome(List<String> problems, int onDibao) {
        }
        Outcome o = withDemo(households, seed, v -> {
            List<String> problems = new ArrayList<>();
            int onDibao = 0;
            Map<Integer, Set<String>> grades = v.dibaoGrades().list().stream().collect(Collectors.groupingBy(
                    DibaoGrade::year, Collectors.mapping(DibaoGrade::grade, Collectors.toSet())));
            Map<Long, List<Member>> members = membersByHousehold(v);
            for (Household h : v.households().all()) {
                Set<String> dibao = members.get(h.id()).stream().map(Member::dibao).collect(Collectors.toSet());
                String who = "household " + h.householdNo() + " 低保 " + dibao + ": ";
                List<Measure> dibaoMeasures = new ArrayList<>();
                for (Measure m : v.measures().ofHousehold(h.id())) {
                    if (m.detail() != null && m.detail().contains("低保")) {
                        dibaoMeasures.add(m);
                    }
                }
                boolean on = dibao.stream().anyMatch(ON_DIBAO::contains);
                if (!on) {
                    if (!dibaoMeasures.isEmpty()) {
                        problems.add(who + "not on 低保 but has measures " + dibaoMeasures);
                    }
                    continue;
                }
                onDibao++;
                if (dibao.size() != 1) {
                    problems.add(who + "members differ");
                }
                List<Measure> current = dibaoMeasures.stream()
                        .filter(m -> !m.startOn().isAfter(AS_OF) && (m.endOn() == null || !m.endOn().isBefore(AS_OF)))
                        .toList();
                if (current.size() != 1) {
                    problems.add(who + "has " + current.size() + " current 低保 measures: " + dibaoMeasures);
                    continue;
                }
                Measure m = current.getFirst();
                Matcher g = DIBAO_DETAIL.matcher(m.detail());
                if (!"综合保障/兜底".equals(m.family()) || !g.find()) {
                    problems.add(who + "measure " + m.family() + " " + m.detail() + " names no 低保 grade");
                } else if (!dibao.contains(g.group(1))) {
                    problems.add(who + "measure says " + g.group(1));
                } else if (!grades.getOrDefault(m.startOn().getYear(), Set.of()).contains(g.group(2))) {
                    problems.add(who + "grade " + g.group(2) + " is not in the " + m.startOn().getYear()
                            + " 低保档次 table " + grades);
                }
            }
            return new Outcome(problems, onDibao);
        });
        assertThat(o.problems()).isEmpty();
        assertThat(o.onDibao()).isPositive();
    }
}
