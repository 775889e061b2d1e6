package cn.bangfu.ledger.logic.rules;

import static cn.bangfu.ledger.logic.rules.Fixtures.codes;
import static cn.bangfu.ledger.logic.rules.Fixtures.episode;
import static cn.bangfu.ledger.logic.rules.Fixtures.publicity;
import static cn.bangfu.ledger.logic.rules.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    private static final YearMonth IDENTIFIED = YearMonth.of(2026, 3);
    private static final Episode OPEN = episode(IDENTIFIED);
    private static final Episode ELIMINATED = new Episode(1L, 1L, "边缘易致贫户", "干部排查", IDENTIFIED, null, null,
            true, Episode.ASSISTED, YearMonth.of(2026, 10), null, null);

    /** The whole identification chain, 2026-03-02 … 2026-03-16, with a 5-day 公示. */
    private static List<EpisodeStep> identification() {
        return new ArrayList<>(List.of(
                step(1, "apply", LocalDate.of(2026, 3, 2)),
                step(2, "home_check", LocalDate.of(2026, 3, 3)),
                step(3, "data_compare", LocalDate.of(2026, 3, 4)),
                step(4, "review", LocalDate.of(2026, 3, 5)),
                publicity(5, "publicity", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 10)),
                step(6, "town_review", LocalDate.of(2026, 3, 12)),
                step(7, "county_approval", LocalDate.of(2026, 3, 14)),
                step(8, "system_mark", LocalDate.of(2026, 3, 16))));
    }

    /** The whole elimination chain in October 2026. */
    private static List<EpisodeStep> elimination() {
        return List.of(
                step(11, "elim_home_check", LocalDate.of(2026, 10, 1)),
                publicity(12, "elim_review", LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 9)),
                step(13, "elim_town_review", LocalDate.of(2026, 10, 12)),
                step(14, "elim_county_approval", LocalDate.of(2026, 10, 15)),
                step(15, "elim_mark", LocalDate.of(2026, 10, 20)));
    }

    private static List<EpisodeStep> all(List<EpisodeStep> first, List<EpisodeStep> second) {
        List<EpisodeStep> out = new ArrayList<>(first);
        out.addAll(second);
        return out;
    }

    @Nested
    class NextStep {

        @Test
        void noStepsYetStartsWithApplication() {
            Workflow.Status s = Workflow.status(OPEN, List.of(), LocalDate.of(2026, 3, 20));
            assertThat(s.nextStepCode()).isEqualTo("apply");
            assertThat(s.nextStepLabel()).isEqualTo("农户申请及承诺授权");
            assertThat(s.daysSinceLastStep()).isEqualTo(19);
            assertThat(s.daysSinceIdentified()).isEqualTo(19);
            assertThat(s.findings()).isEmpty();
        }

        @Test
        void firstMissingStepOfIdentification() {
            List<EpisodeStep> steps = identification().subList(0, 4);
            Workflow.Status s = Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 6));
            assertThat(s.nextStepCode()).isEqualTo("publicity");
            assertThat(s.nextStepLabel()).isEqualTo("村内公示");
            assertThat(s.daysSinceLastStep()).isEqualTo(1);
        }

        @Test
        void skippedStepIsStillDue() {
            List<EpisodeStep> steps = identification();
            steps.remove(2); // data_compare
            assertThat(Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 20)).nextStepCode()).isEqualTo("data_compare");
        }

        @Test
        void nothingDueWithinSixMonths() {
            Workflow.Status s = Workflow.status(OPEN, identification(), LocalDate.of(2026, 8, 31));
            assertThat(s.nextStepCode()).isNull();
            assertThat(s.nextStepLabel()).isNull();
            assertThat(s.findings()).isEmpty();
        }

        @Test
        void eliminationReviewMayStartAfterSixMonths() {
            Workflow.Status s = Workflow.status(OPEN, identification(), LocalDate.of(2026, 9, 1));
            assertThat(s.nextStepCode()).isEqualTo("elim_home_check");
            assertThat(s.nextStepLabel()).isEqualTo("入户核实");
            assertThat(s.daysSinceIdentified()).isEqualTo(184);
        }

        @Test
        void nextMissingStepWithinElimination() {
            List<EpisodeStep> steps = all(identification(), elimination().subList(0, 2));
            Workflow.Status s = Workflow.status(OPEN, steps, LocalDate.of(2026, 10, 10));
            assertThat(s.nextStepCode()).isEqualTo("elim_town_review");
            assertThat(s.daysSinceLastStep()).isEqualTo(7);
        }

        @Test
        void eliminatedAndMarkedIsDone() {
            Workflow.Status s = Workflow.status(ELIMINATED, all(identification(), elimination()),
                    LocalDate.of(2026, 11, 23));
            assertThat(s.nextStepCode()).isNull();
            assertThat(s.findings()).isEmpty();
        }

        @Test
        void eliminatedWithoutMarkStillNeedsIt() {
            List<EpisodeStep> steps = all(identification(), elimination().subList(0, 4));
            assertThat(Workflow.status(ELIMINATED, steps, LocalDate.of(2026, 11, 23)).nextStepCode())
                    .isEqualTo("elim_mark");
        }

        @Test
        void rollbackAfterMarkRestartsElimination() {
            List<EpisodeStep> steps = all(identification(), elimination());
            steps.add(step(20, "rollback", LocalDate.of(2026, 11, 2)));
            Workflow.Status s = Workflow.status(OPEN, steps, LocalDate.of(2026, 11, 23));
            assertThat(s.nextStepCode()).isEqualTo("elim_home_check");
            assertThat(s.daysSinceLastStep()).isEqualTo(21);

            steps.add(step(21, "elim_home_check", LocalDate.of(2026, 11, 20)));
            assertThat(Workflow.status(OPEN, steps, LocalDate.of(2026, 11, 23)).nextStepCode())
                    .isEqualTo("elim_review");
        }

        @Test
        void rollbackWithoutEarlierMarkChangesNothing() {
            List<EpisodeStep> steps = all(identification(), elimination().subList(0, 2));
            steps.add(step(20, "rollback", LocalDate.of(2026, 10, 5)));
            assertThat(Workflow.status(OPEN, steps, LocalDate.of(2026, 10, 10)).nextStepCode())
                    .isEqualTo("elim_town_review");
        }
    }

    @Nested
    class Publicity {

        @Test
        void runningPublicity() {
            Workflow.Status s = Workflow.status(OPEN, identification().subList(0, 5), LocalDate.of(2026, 3, 10));
            assertThat(s.publicityRunning()).isTrue();
            assertThat(s.publicityEnds()).isEqualTo(LocalDate.of(2026, 3, 10));
            assertThat(s.nextStepCode()).isEqualTo("town_review");
        }

        @Test
        void finishedPublicity() {
            Workflow.Status s = Workflow.status(OPEN, identification().subList(0, 5), LocalDate.of(2026, 3, 11));
            assertThat(s.publicityRunning()).isFalse();
            assertThat(s.publicityEnds()).isNull();
        }

        @Test
        void runningEliminationPublicity() {
            List<EpisodeStep> steps = all(identification(), elimination().subList(0, 2));
            Workflow.Status s = Workflow.status(OPEN, steps, LocalDate.of(2026, 10, 5));
            assertThat(s.publicityRunning()).isTrue();
            assertThat(s.publicityEnds()).isEqualTo(LocalDate.of(2026, 10, 9));
        }

        @Test
        void tooShort() {
            List<EpisodeStep> steps = identification();
            steps.set(4, publicity(5, "publicity", LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9)));
            List<Finding> findings = Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 20)).findings();
            assertThat(codes(findings)).containsExactly("PUBLICITY_TOO_SHORT");
            assertThat(findings.getFirst().isError()).isFalse();
            assertThat(findings.getFirst().message()).contains("4 天");
        }

        @Test
        void eliminationPublicityTooShort() {
            List<EpisodeStep> steps = all(identification(), List.of(
                    step(11, "elim_home_check", LocalDate.of(2026, 10, 1)),
                    publicity(12, "elim_review", LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 3))));
            assertThat(codes(Workflow.status(OPEN, steps, LocalDate.of(2026, 10, 20)).findings()))
                    .containsExactly("PUBLICITY_TOO_SHORT");
        }

        @Test
        void noEndDate() {
            List<EpisodeStep> steps = identification();
            steps.set(4, step(5, "publicity", LocalDate.of(2026, 3, 6)));
            List<Finding> findings = Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 20)).findings();
            assertThat(codes(findings)).containsExactly("PUBLICITY_NO_END");
            assertThat(findings.getFirst().field()).isEqualTo("endOn");
        }
    }

    @Nested
    class Findings {

        @Test
        void stepBeforePreviousStep() {
            List<EpisodeStep> steps = identification();
            steps.set(1, step(2, "home_check", LocalDate.of(2026, 3, 1)));
            List<Finding> findings = Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 20)).findings();
            assertThat(codes(findings)).containsExactly("STEP_ORDER");
            assertThat(findings.getFirst().message()).contains("入户核查", "农户申请及承诺授权");
            assertThat(findings.getFirst().isError()).isFalse();
        }

        @Test
        void sameDayStepsAreInOrder() {
            List<EpisodeStep> steps = identification();
            steps.set(1, step(2, "home_check", LocalDate.of(2026, 3, 2)));
            assertThat(Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 20)).findings()).isEmpty();
        }

        @Test
        void stepInFuture() {
            List<EpisodeStep> steps = List.of(step(1, "apply", LocalDate.of(2026, 3, 21)));
            List<Finding> findings = Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 20)).findings();
            assertThat(codes(findings)).containsExactly("STEP_IN_FUTURE");
            assertThat(findings.getFirst().isError()).isTrue();
        }

        @Test
        void eventsAreNotChainSteps() {
            List<EpisodeStep> steps = identification();
            steps.add(step(30, "remark", LocalDate.of(2026, 3, 1)));
            Workflow.Status s = Workflow.status(OPEN, steps, LocalDate.of(2026, 3, 20));
            assertThat(s.findings()).isEmpty();
            assertThat(s.nextStepCode()).isNull();
        }

        @Test
        void labelsCoverEveryStepCode() {
            assertThat(Workflow.LABELS).containsKeys(Workflow.IDENTIFICATION_CHAIN.toArray(String[]::new))
                    .containsKeys(Workflow.ELIMINATION_CHAIN.toArray(String[]::new))
                    .containsEntry("rollback", "风险消除回退")
                    .containsEntry("elim_town_review", "乡镇审核（消除）");
        }
    }
}
