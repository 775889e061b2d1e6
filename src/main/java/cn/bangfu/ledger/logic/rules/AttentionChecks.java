package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.model.Finding.warning;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-field checks of a monitored household (DOMAIN §3) for the 监测帮扶 "needs attention" list. Every
 * finding is a record-level warning.
 */
public final class AttentionChecks {

    /** 开发式帮扶: the measure families that build the household's own income. */
    public static final Set<String> DEVELOPMENTAL_FAMILIES = Set.of("产业帮扶", "就业帮扶", "公益性岗位", "金融帮扶", "消费帮扶");

    public static final String SAFETY_NET = "综合保障/兜底";

    static final String RISK_WATER = "因安全饮水";
    static final String RISK_ILLNESS = "因病";
    static final String RISK_HOUSING = "因安全住房";
    static final String RISK_SCHOOL = "因学";

    /**
     * The household's situation as the checks see it: current members, measures in force today, the open
     * episode's risks.
     */
    private record Facts(Household h, List<Member> members, Episode episode, List<String> risks,
            List<Measure> allMeasures, List<Measure> active, GuaranteeCheck latestCheck, IncomeYear latestIncome,
            LocalDate today) {

        boolean hasRisk(String risk) {
            return risks.contains(risk);
        }

        boolean hasActive(String... families) {
            Set<String> wanted = Set.of(families);
            return active.stream().anyMatch(m -> wanted.contains(m.family()));
        }
    }

    private AttentionChecks() {
    }

    /**
     * Checks a household.
     *
     * @param openEpisode  its open monitoring episode; null when it is not monitored (risk checks are skipped)
     * @param risks        the open episode's risks
     * @param measures     the household's measures
     * @param latestCheck  the latest 三保障 + 饮水 check; may be null
     * @param latestIncome the latest income year; may be null
     */
    public static List<Finding> check(Household h, List<Member> members, Episode openEpisode, List<String> risks,
            List<Measure> measures, GuaranteeCheck latestCheck, IncomeYear latestIncome, LocalDate today) {
        Objects.requireNonNull(h, "h");
        Objects.requireNonNull(today, "today");
        List<Measure> all = measures == null ? List.of() : measures;
        Episode episode = openEpisode != null && !openEpisode.eliminated() ? openEpisode : null;
        Facts f = new Facts(h, members.stream().filter(Member::isCurrent).toList(), episode,
                risks == null ? List.of() : risks, all,
                all.stream().filter(m -> RuleSupport.isActive(m, today)).toList(), latestCheck, latestIncome, today);
        List<Finding> out = new ArrayList<>();
        if (f.episode() != null) {
            noDevelopmentMeasure(f, out);
            waterUnsafe(f, out);
            uninsuredMembers(f, out);
            riskWithoutMeasure(f, RISK_HOUSING, "HOUSING_RISK_NO_MEASURE", "住房安全保障或易地搬迁",
                    "住房安全保障", "易地搬迁").ifPresent(out::add);
            riskWithoutMeasure(f, RISK_SCHOOL, "SCHOOL_RISK_NO_MEASURE", "教育帮扶", "教育帮扶").ifPresent(out::add);
            illnessRiskNoMeasure(f, out);
        }
        publicPostAge(f, out);
        reliesOnSafetyNetOnly(f, out);
        return out;
    }

    private static void noDevelopmentMeasure(Facts f, List<Finding> out) {
        LocalDate identifiedOn = f.episode().identifiedMonth().atDay(1);
        if (f.today().isBefore(identifiedOn.plusMonths(1)) || f.h().noLabourCapacity()) {
            return;
        }
        boolean any = f.allMeasures().stream().anyMatch(m -> DEVELOPMENTAL_FAMILIES.contains(m.family())
                && m.startOn() != null && !m.startOn().isBefore(identifiedOn) && !m.startOn().isAfter(f.today()));
        if (!any) {
            out.add(warning(null, "NO_DEVELOPMENT_MEASURE", "识别满一月未落实开发式帮扶措施："
                    + "请落实产业、就业、公益性岗位、金融或消费帮扶措施"));
        }
    }

    private static void waterUnsafe(Facts f, List<Finding> out) {
        if (f.latestCheck() == null || f.latestCheck().waterSafe()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!f.hasRisk(RISK_WATER)) {
            missing.add("未登记“" + RISK_WATER + "”风险");
        }
        if (!f.hasActive("饮水安全保障")) {
            missing.add("没有在帮的饮水安全保障措施");
        }
        if (!missing.isEmpty()) {
            out.add(warning(null, "WATER_UNSAFE", f.latestCheck().checkedOn() + " 核查饮水不安全，但"
                    + String.join("、", missing) + "，请补登风险或落实措施"));
        }
    }

    private static void uninsuredMembers(Facts f, List<Finding> out) {
        if (f.hasRisk(RISK_ILLNESS)) {
            return;
        }
        f.members().stream()
                .filter(m -> Boolean.FALSE.equals(m.medicalInsurance()))
                .forEach(m -> out.add(warning(null, "UNINSURED_MEMBER", "成员“" + m.name()
                        + "”未参加基本医疗保险，未登记“因病”风险：请考虑登记因病风险并协助参保")));
    }

    private static Optional<Finding> riskWithoutMeasure(Facts f, String risk, String code, String wanted,
            String... families) {
        if (!f.hasRisk(risk) || f.hasActive(families)) {
            return Optional.empty();
        }
        return Optional.of(warning(null, code,
                "有“" + risk + "”风险，但没有在帮的" + wanted + "措施，请落实措施"));
    }

    private static void illnessRiskNoMeasure(Facts f, List<Finding> out) {
        if (!f.hasRisk(RISK_ILLNESS)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!f.hasActive("健康帮扶")) {
            problems.add("没有在帮的健康帮扶措施");
        }
        if (f.latestIncome() != null && f.latestIncome().compliantSelfPaid() == 0) {
            problems.add(f.latestIncome().year() + " 年收入中合规自付支出为0");
        }
        if (!problems.isEmpty()) {
            out.add(warning(null, "ILLNESS_RISK_NO_MEASURE", "有“因病”风险，但" + String.join("、", problems)
                    + "，请落实健康帮扶并核实医疗自付支出"));
        }
    }

    private static void publicPostAge(Facts f, List<Finding> out) {
        for (Member m : f.members()) {
            if (!RuleSupport.holdsPublicPost(m)) {
                continue;
            }
            RuleSupport.ageOf(m, f.today()).filter(RuleSupport::publicPostAgeImplausible).ifPresent(age ->
                    out.add(warning(null, "PUBLIC_POST_AGE", "成员“" + m.name() + "”" + age
                            + "岁，担任公益性岗位“" + m.publicPost() + "”：未满16周岁或70周岁及以上一般不安排，请核对")));
        }
    }

    private static void reliesOnSafetyNetOnly(Facts f, List<Finding> out) {
        if (f.h().noLabourCapacity() || f.active().isEmpty()) {
            return;
        }
        if (f.active().stream().allMatch(m -> SAFETY_NET.equals(m.family()))) {
            out.add(warning(null, "RELIES_ON_SAFETY_NET_ONLY",
                    "家庭有劳动能力，但在帮措施只有综合保障/兜底，请落实产业、就业等开发式帮扶"));
        }
    }
}
