package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.logic.rules.Fixtures.TODAY;
import static cn.bangfu.ledger.logic.rules.Fixtures.codes;
import static cn.bangfu.ledger.logic.rules.Fixtures.episode;
import static cn.bangfu.ledger.logic.rules.Fixtures.head;
import static cn.bangfu.ledger.logic.rules.Fixtures.household;
import static cn.bangfu.ledger.logic.rules.Fixtures.measure;
import static cn.bangfu.ledger.logic.rules.Fixtures.son;
import static cn.bangfu.ledger.logic.rules.Fixtures.spouse;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Member;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AttentionChecksTest {

    /** Identified in 2026-09; 2026-11-23 is well past one month. */
    private static final Episode OPEN = episode(YearMonth.of(2026, 9));
    private static final LocalDate SEPT_15 = LocalDate.of(2026, 9, 15);
    private static final Measure INDUSTRY = measure("产业帮扶", SEPT_15, null);
    private static final GuaranteeCheck SAFE = check(true);
    private static final IncomeYear INCOME = new IncomeYear(1L, 2026, 2_000_000, 0, 0, 0, 0, 0, 300_000);

    private static GuaranteeCheck check(boolean waterSafe) {
        return new GuaranteeCheck(1L, 1L, LocalDate.of(2026, 10, 8), false, true, "B", false, waterSafe, null);
    }

    /** A sound household (head, spouse, son), all insured, an industry measure since September. */
    private static final class Case {
        Household household = household(false);
        List<Member> members = new ArrayList<>(List.of(head().build(), spouse().build(), son().build()));
        Episode episode = OPEN;
        List<String> risks = new ArrayList<>(List.of("因务工就业不稳"));
        List<Measure> measures = new ArrayList<>(List.of(INDUSTRY));
        GuaranteeCheck latestCheck = SAFE;
        IncomeYear latestIncome = INCOME;
        LocalDate today = TODAY;

        List<Finding> run() {
            return AttentionChecks.check(household, members, episode, risks, measures, latestCheck, latestIncome,
                    today);
        }
    }

    @Test
    void soundHouseholdNeedsNoAttention() {
        assertThat(new Case().run()).isEmpty();
    }

    @Test
    void allFindingsAreRecordLevelWarnings() {
        Case c = new Case();
        c.measures.clear();
        c.risks.addAll(List.of("因病", "因学", "因安全住房"));
        c.latestCheck = check(false);
        List<Finding> findings = c.run();
        assertThat(codes(findings)).containsExactlyInAnyOrder("NO_DEVELOPMENT_MEASURE", "WATER_UNSAFE",
                "HOUSING_RISK_NO_MEASURE", "SCHOOL_RISK_NO_MEASURE", "ILLNESS_RISK_NO_MEASURE");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.field()).isNull();
            assertThat(f.message()).containsPattern("\\p{IsHan}");
        });
    }

    @Nested
    class NoDevelopmentMeasure {

        @Test
        void flaggedOneMonthAfterIdentification() {
            Case c = new Case();
            c.measures.clear();
            c.today = LocalDate.of(2026, 10, 1);
            List<Finding> findings = c.run();
            assertThat(codes(findings)).containsExactly("NO_DEVELOPMENT_MEASURE");
            assertThat(findings.getFirst().message()).startsWith("识别满一月未落实开发式帮扶措施");
        }

        @Test
        void notYetWithinTheFirstMonth() {
            Case c = new Case();
            c.measures.clear();
            c.today = LocalDate.of(2026, 9, 30);
            assertThat(c.run()).isEmpty();
        }

        @Test
        void measureBeforeIdentificationDoesNotCount() {
            Case c = new Case();
            c.measures.set(0, measure("就业帮扶", LocalDate.of(2026, 8, 31), null));
            assertThat(codes(c.run())).containsExactly("NO_DEVELOPMENT_MEASURE");
        }

        @Test
        void endedMeasureStartedSinceIdentificationCounts() {
            Case c = new Case();
            c.measures.set(0, measure("公益性岗位", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void nonDevelopmentalFamilyDoesNotCount() {
            Case c = new Case();
            c.measures.set(0, measure("社会帮扶", SEPT_15, null));
            assertThat(codes(c.run())).containsExactly("NO_DEVELOPMENT_MEASURE");
            assertThat(AttentionChecks.DEVELOPMENTAL_FAMILIES)
                    .containsExactlyInAnyOrder("产业帮扶", "就业帮扶", "公益性岗位", "金融帮扶", "消费帮扶");
        }

        @Test
        void notForHouseholdWithoutLabourCapacity() {
            Case c = new Case();
            c.household = household(true);
            c.measures.clear();
            assertThat(c.run()).isEmpty();
        }

        @Test
        void notWithoutOpenEpisode() {
            Case c = new Case();
            c.episode = null;
            c.measures.clear();
            assertThat(c.run()).isEmpty();
        }
    }

    @Nested
    class Water {

        @Test
        void unsafeWithoutRiskAndMeasure() {
            Case c = new Case();
            c.latestCheck = check(false);
            List<Finding> findings = c.run();
            assertThat(codes(findings)).containsExactly("WATER_UNSAFE");
            assertThat(findings.getFirst().message()).contains("因安全饮水", "饮水安全保障");
        }

        @Test
        void unsafeWithRiskButNoMeasure() {
            Case c = new Case();
            c.latestCheck = check(false);
            c.risks.add("因安全饮水");
            List<Finding> findings = c.run();
            assertThat(codes(findings)).containsExactly("WATER_UNSAFE");
            assertThat(findings.getFirst().message()).doesNotContain("未登记");
        }

        @Test
        void unsafeWithRiskAndActiveMeasureIsCovered() {
            Case c = new Case();
            c.latestCheck = check(false);
            c.risks.add("因安全饮水");
            c.measures.add(measure("饮水安全保障", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void endedWaterMeasureDoesNotCover() {
            Case c = new Case();
            c.latestCheck = check(false);
            c.risks.add("因安全饮水");
            c.measures.add(measure("饮水安全保障", SEPT_15, LocalDate.of(2026, 11, 22)));
            assertThat(codes(c.run())).containsExactly("WATER_UNSAFE");
        }
    }

    @Nested
    class Uninsured {

        @Test
        void uninsuredMemberWithoutIllnessRisk() {
            Case c = new Case();
            c.members.set(2, son().medicalInsurance(false).build());
            List<Finding> findings = c.run();
            assertThat(codes(findings)).containsExactly("UNINSURED_MEMBER");
            assertThat(findings.getFirst().message()).contains("张小明");
        }

        @Test
        void illnessRiskRecorded() {
            Case c = new Case();
            c.members.set(2, son().medicalInsurance(false).build());
            c.risks.add("因病");
            c.measures.add(measure("健康帮扶", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void unknownInsuranceOrLeftMemberIsNotFlagged() {
            Case c = new Case();
            c.members.set(1, spouse().medicalInsurance(null).build());
            c.members.set(2, son().medicalInsurance(false).left(TODAY, "迁出").build());
            assertThat(c.run()).isEmpty();
        }
    }

    @Nested
    class RiskMeasures {

        @Test
        void housingRisk() {
            Case c = new Case();
            c.risks.add("因安全住房");
            assertThat(codes(c.run())).containsExactly("HOUSING_RISK_NO_MEASURE");
            c.measures.add(measure("易地搬迁", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void housingRiskWithHousingMeasure() {
            Case c = new Case();
            c.risks.add("因安全住房");
            c.measures.add(measure("住房安全保障", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void schoolRisk() {
            Case c = new Case();
            c.risks.add("因学");
            assertThat(codes(c.run())).containsExactly("SCHOOL_RISK_NO_MEASURE");
            c.measures.add(measure("教育帮扶", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void futureMeasureIsNotActive() {
            Case c = new Case();
            c.risks.add("因学");
            c.measures.add(measure("教育帮扶", TODAY.plusDays(1), null));
            assertThat(codes(c.run())).containsExactly("SCHOOL_RISK_NO_MEASURE");
        }

        @Test
        void illnessRiskWithoutHealthMeasure() {
            Case c = new Case();
            c.risks.add("因病");
            List<Finding> findings = c.run();
            assertThat(codes(findings)).containsExactly("ILLNESS_RISK_NO_MEASURE");
            assertThat(findings.getFirst().message()).contains("健康帮扶").doesNotContain("合规自付支出为0");
        }

        @Test
        void illnessRiskWithoutSelfPaidSpending() {
            Case c = new Case();
            c.risks.add("因病");
            c.measures.add(measure("健康帮扶", SEPT_15, null));
            c.latestIncome = new IncomeYear(1L, 2026, 2_000_000, 0, 0, 0, 0, 0, 0);
            List<Finding> findings = c.run();
            assertThat(codes(findings)).containsExactly("ILLNESS_RISK_NO_MEASURE");
            assertThat(findings.getFirst().message()).contains("合规自付支出为0").doesNotContain("没有在帮");
        }

        @Test
        void illnessRiskCovered() {
            Case c = new Case();
            c.risks.add("因病");
            c.measures.add(measure("健康帮扶", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void riskChecksNeedAnOpenEpisode() {
            Case c = new Case();
            c.episode = null;
            c.risks.addAll(List.of("因病", "因学", "因安全住房"));
            c.latestCheck = check(false);
            c.members.set(2, son().medicalInsurance(false).build());
            assertThat(c.run()).isEmpty();
        }
    }

    @Nested
    class PublicPost {

        @Test
        void childWithPublicPost() {
            Case c = new Case();
            c.members.set(2, son().publicPost("保洁员").build());
            List<Finding> findings = c.run();
            assertThat(codes(findings)).containsExactly("PUBLIC_POST_AGE");
            assertThat(findings.getFirst().message()).contains("张小明", "16");
        }

        @Test
        void adultWithPublicPost() {
            Case c = new Case();
            c.members.set(0, head().publicPost("护林员").build());
            assertThat(c.run()).isEmpty();
        }

        @Test
        void checkedWithoutEpisodeToo() {
            Case c = new Case();
            c.episode = null;
            c.members.set(0, head().birthDate(LocalDate.of(1950, 1, 1)).publicPost("护林员").build());
            assertThat(codes(c.run())).containsExactly("PUBLIC_POST_AGE");
        }
    }

    @Nested
    class SafetyNetOnly {

        @Test
        void ableHouseholdOnlyOnSafetyNet() {
            Case c = new Case();
            c.measures.set(0, measure("综合保障/兜底", SEPT_15, null));
            c.measures.add(measure("产业帮扶", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)));
            assertThat(codes(c.run())).containsExactly("RELIES_ON_SAFETY_NET_ONLY");
        }

        @Test
        void householdWithoutLabourCapacityMayRelyOnIt() {
            Case c = new Case();
            c.household = household(true);
            c.measures.set(0, measure("综合保障/兜底", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }

        @Test
        void mixedMeasuresAreFine() {
            Case c = new Case();
            c.measures.add(measure("综合保障/兜底", SEPT_15, null));
            assertThat(c.run()).isEmpty();
        }
    }
}
