package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.logic.rules.Fixtures.after;
import static cn.bangfu.ledger.logic.rules.Fixtures.episode;
import static cn.bangfu.ledger.logic.rules.Fixtures.household;
import static cn.bangfu.ledger.logic.rules.Fixtures.measure;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.rules.EliminationRules.Proposal;
import cn.bangfu.ledger.logic.rules.EliminationRules.RuleCheck;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Threshold;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EliminationRulesTest {

    private static final YearMonth IDENTIFIED = YearMonth.of(2026, 1);
    private static final YearMonth NOW = YearMonth.of(2026, 11);
    /** 2026 threshold: 8,700 yuan per person and year. */
    private static final Threshold THRESHOLD = new Threshold(2026, "云南", 870_000, "云乡振发〔2026〕1号");
    /** Three persons, 30,000 yuan net: 10,000 yuan each. */
    private static final EpisodeSnapshot GOOD_AFTER = after(3, 3_000_000, 200_000);
    private static final List<Measure> MEASURES = List.of(measure("产业帮扶", LocalDate.of(2026, 2, 10), null));

    /** A proposal that passes every rule: 帮扶消除 in 202608, seven months after identification. */
    private static Proposal good() {
        return new Proposal(episode(IDENTIFIED), household(false), YearMonth.of(2026, 8), Episode.ASSISTED,
                GOOD_AFTER, MEASURES, THRESHOLD);
    }

    private static Proposal with(YearMonth month, String method, EpisodeSnapshot after, List<Measure> measures,
            Threshold threshold) {
        return new Proposal(episode(IDENTIFIED), household(false), month, method, after, measures, threshold);
    }

    private static RuleCheck rule(Proposal p, String code) {
        List<RuleCheck> checks = EliminationRules.evaluate(p, NOW);
        return checks.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void alwaysOneCheckPerRuleInOrder() {
        Proposal empty = new Proposal(episode(IDENTIFIED), household(true), null, null, null, null, null);
        for (Proposal p : List.of(good(), empty)) {
            assertThat(EliminationRules.evaluate(p, NOW)).extracting(RuleCheck::code).containsExactly(
                    "MIN_MONTHS", "MEASURE_FOR_ASSISTED", "INCOME_ABOVE_THRESHOLD", "GUARANTEES_SECURED",
                    "LABOUR_CAPACITY", "POST_FIELDS_FILLED", "RIGID_SPENDING");
        }
        assertThat(EliminationRules.evaluate(good(), NOW))
                .allSatisfy(c -> assertThat(c.label()).containsPattern("\\p{IsHan}"))
                .allSatisfy(c -> assertThat(c.message()).containsPattern("\\p{IsHan}"));
    }

    @Test
    void goodProposalPassesEverything() {
        List<RuleCheck> checks = EliminationRules.evaluate(good(), NOW);
        assertThat(checks).allMatch(RuleCheck::passed);
        assertThat(EliminationRules.allowed(checks, false)).isTrue();
    }

    @Nested
    class MinMonths {

        /** Same month, next month, before identification, after the current month. */
        @ParameterizedTest
        @ValueSource(strings = {"2026-01", "2026-02", "2025-12", "2026-12"})
        void firmFailures(String month) {
            RuleCheck c = rule(with(YearMonth.parse(month), Episode.ASSISTED, GOOD_AFTER, MEASURES, THRESHOLD),
                    "MIN_MONTHS");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"2026-03", "2026-05"})
        void twoToFiveMonthsIsAWarning(String month) {
            Proposal p = with(YearMonth.parse(month), Episode.ASSISTED, GOOD_AFTER, MEASURES, THRESHOLD);
            RuleCheck c = rule(p, "MIN_MONTHS");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isFalse();
            assertThat(c.message()).contains("不足6个月");
            List<RuleCheck> checks = EliminationRules.evaluate(p, NOW);
            assertThat(EliminationRules.allowed(checks, false)).isFalse();
            assertThat(EliminationRules.allowed(checks, true)).isTrue();
        }

        @ParameterizedTest
        @CsvSource({"2026-07", "2026-11"})
        void sixMonthsOrMorePass(String month) {
            RuleCheck c = rule(with(YearMonth.parse(month), Episode.ASSISTED, GOOD_AFTER, MEASURES, THRESHOLD),
                    "MIN_MONTHS");
            assertThat(c.passed()).isTrue();
            assertThat(c.message()).contains("2026年1月");
        }

        @Test
        void missingMonthFailsFirm() {
            RuleCheck c = rule(with(null, Episode.ASSISTED, GOOD_AFTER, MEASURES, THRESHOLD), "MIN_MONTHS");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
        }
    }

    @Nested
    class MeasureForAssisted {

        @Test
        void assistedWithoutMeasureFails() {
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, GOOD_AFTER, List.of(), THRESHOLD),
                    "MEASURE_FOR_ASSISTED");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
        }

        @Test
        void measureStartingAfterTheMonthDoesNotCount() {
            List<Measure> late = List.of(measure("产业帮扶", LocalDate.of(2026, 9, 1), null));
            assertThat(rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, GOOD_AFTER, late, THRESHOLD),
                    "MEASURE_FOR_ASSISTED").passed()).isFalse();
            List<Measure> lastDay = List.of(measure("产业帮扶", LocalDate.of(2026, 8, 31), null));
            assertThat(rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, GOOD_AFTER, lastDay, THRESHOLD),
                    "MEASURE_FOR_ASSISTED").passed()).isTrue();
        }

        @Test
        void naturalEliminationIsNotApplicable() {
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.NATURAL, GOOD_AFTER, List.of(), THRESHOLD),
                    "MEASURE_FOR_ASSISTED");
            assertThat(c.passed()).isTrue();
            assertThat(c.message()).contains("自然消除", "不适用");
        }
    }

    @Nested
    class Income {

        @Test
        void aboveThresholdPassesWithYuanFigures() {
            RuleCheck c = rule(good(), "INCOME_ABOVE_THRESHOLD");
            assertThat(c.passed()).isTrue();
            assertThat(c.message()).contains("10,000.00", "8,700.00");
        }

        @Test
        void equalToThresholdFails() {
            EpisodeSnapshot exactly = after(2, 1_740_000, 0);
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, exactly, MEASURES, THRESHOLD),
                    "INCOME_ABOVE_THRESHOLD");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
            assertThat(c.message()).contains("8,700.00");
            EpisodeSnapshot oneFenMore = after(2, 1_740_002, 0);
            assertThat(rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, oneFenMore, MEASURES, THRESHOLD),
                    "INCOME_ABOVE_THRESHOLD").passed()).isTrue();
        }

        @Test
        void missingThreshold() {
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, GOOD_AFTER, MEASURES, null),
                    "INCOME_ABOVE_THRESHOLD");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
            assertThat(c.message()).isEqualTo("未设置 2026 年监测标准，请到「设置」填写");
        }

        @Test
        void thresholdOfAnotherYear() {
            Threshold old = new Threshold(2025, "云南", 800_000, null);
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, GOOD_AFTER, MEASURES, old),
                    "INCOME_ABOVE_THRESHOLD");
            assertThat(c.passed()).isFalse();
            assertThat(c.message()).contains("2025", "2026");
        }

        @Test
        void missingSnapshot() {
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, null, MEASURES, THRESHOLD),
                    "INCOME_ABOVE_THRESHOLD");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
        }
    }

    @Nested
    class Guarantees {

        @Test
        void listsWhatIsNotSecured() {
            EpisodeSnapshot bad = new EpisodeSnapshot(1L, EpisodeSnapshot.ELIMINATED, 3, 3_000_000, 0, 0, 0, 0, 0, 0,
                    true, false, false, false);
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, bad, MEASURES, THRESHOLD),
                    "GUARANTEES_SECURED");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
            assertThat(c.message()).contains("失学辍学", "住房不安全", "饮水不安全").doesNotContain("医疗保险");
        }

        @Test
        void uninsuredMember() {
            EpisodeSnapshot bad = new EpisodeSnapshot(1L, EpisodeSnapshot.ELIMINATED, 3, 3_000_000, 0, 0, 0, 0, 0, 0,
                    false, true, true, true);
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, bad, MEASURES, THRESHOLD),
                    "GUARANTEES_SECURED");
            assertThat(c.passed()).isFalse();
            assertThat(c.message()).contains("医疗保险");
        }

        @Test
        void securedPasses() {
            assertThat(rule(good(), "GUARANTEES_SECURED").passed()).isTrue();
        }
    }

    @Nested
    class Labour {

        @Test
        void noLabourCapacityStaysMonitored() {
            Proposal p = new Proposal(episode(IDENTIFIED), household(true), YearMonth.of(2026, 8), Episode.ASSISTED,
                    GOOD_AFTER, MEASURES, THRESHOLD);
            RuleCheck c = rule(p, "LABOUR_CAPACITY");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
            assertThat(c.message()).isEqualTo("整户无劳动能力的家庭应继续监测，纳入兜底保障");
            assertThat(EliminationRules.allowed(EliminationRules.evaluate(p, NOW), true)).isFalse();
        }

        @Test
        void ableHouseholdPasses() {
            assertThat(rule(good(), "LABOUR_CAPACITY").passed()).isTrue();
        }
    }

    @Nested
    class PostFields {

        @Test
        void missingMethod() {
            RuleCheck c = rule(with(YearMonth.of(2026, 8), null, GOOD_AFTER, MEASURES, THRESHOLD), "POST_FIELDS_FILLED");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isTrue();
            assertThat(c.message()).contains("消除方式");
        }

        @Test
        void zeroPersons() {
            RuleCheck c = rule(with(YearMonth.of(2026, 8), Episode.NATURAL, after(0, 3_000_000, 0), MEASURES,
                    THRESHOLD), "POST_FIELDS_FILLED");
            assertThat(c.passed()).isFalse();
            assertThat(c.message()).contains("人口");
        }

        @Test
        void missingSnapshot() {
            assertThat(rule(with(YearMonth.of(2026, 8), Episode.NATURAL, null, MEASURES, THRESHOLD),
                    "POST_FIELDS_FILLED").passed()).isFalse();
        }

        @Test
        void filledPasses() {
            assertThat(rule(good(), "POST_FIELDS_FILLED").passed()).isTrue();
        }
    }

    @Nested
    class RigidSpending {

        @Test
        void overHalfOfNetIncomeIsAWarning() {
            Proposal p = with(YearMonth.of(2026, 8), Episode.ASSISTED, after(3, 3_000_000, 1_500_001), MEASURES,
                    THRESHOLD);
            RuleCheck c = rule(p, "RIGID_SPENDING");
            assertThat(c.passed()).isFalse();
            assertThat(c.firm()).isFalse();
            assertThat(c.message()).contains("15,000.01", "30,000.00");
            List<RuleCheck> checks = EliminationRules.evaluate(p, NOW);
            assertThat(EliminationRules.allowed(checks, false)).isFalse();
            assertThat(EliminationRules.allowed(checks, true)).isTrue();
        }

        @Test
        void exactlyHalfPasses() {
            assertThat(rule(with(YearMonth.of(2026, 8), Episode.ASSISTED, after(3, 3_000_000, 1_500_000), MEASURES,
                    THRESHOLD), "RIGID_SPENDING").passed()).isTrue();
        }
    }

    @Nested
    class Allowed {

        @Test
        void firmFailureCannotBeOverridden() {
            List<RuleCheck> checks = List.of(new RuleCheck("A", "甲", true, true, "好"),
                    new RuleCheck("B", "乙", false, true, "坏"));
            assertThat(EliminationRules.allowed(checks, true)).isFalse();
        }

        @Test
        void nonFirmFailureNeedsReason() {
            List<RuleCheck> checks = List.of(new RuleCheck("A", "甲", false, false, "坏"));
            assertThat(EliminationRules.allowed(checks, false)).isFalse();
            assertThat(EliminationRules.allowed(checks, true)).isTrue();
            assertThat(EliminationRules.allowed(List.of(), false)).isTrue();
        }
    }
}
