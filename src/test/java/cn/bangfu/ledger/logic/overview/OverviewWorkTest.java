package cn.bangfu.ledger.logic.overview;

import static cn.bangfu.ledger.logic.ServiceFixture.TODAY;
import static cn.bangfu.ledger.logic.ServiceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode;
import cn.bangfu.ledger.logic.monitoring.WorkQueue;
import cn.bangfu.ledger.logic.monitoring.WorkQueue.Entry;
import cn.bangfu.ledger.logic.monitoring.WorkQueue.Kind;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeListing;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.Lead;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.OpenLead;
import cn.bangfu.ledger.model.Threshold;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clerk's work (the home page's to-dos and the 监测帮扶 lists), counted on a ledger built by hand. */
class OverviewWorkTest {

    static final YearMonth NOW = YearMonth.from(TODAY);

    @TempDir
    Path dir;

    ServiceFixture f;
    OverviewService overview;
    int next = 1;

    @BeforeEach
    void open() {
        f = new ServiceFixture(dir);
        overview = new OverviewService(f.ledger, ServiceFixture.CLOCK);
        f.rates.putThreshold(new Threshold(2026, "全县", 8_000_00, "示县〔2026〕1号"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    long household(boolean noLabourCapacity) {
        String no = String.format("%04d", next);
        String first17 = String.format("44152319700101%03d", 2 * next++ + 1);
        Household h = new Household(null, no, f.village, null, "脱贫户", noLabourCapacity, "13800000000", null, null);
        return f.households.createHousehold(h, ServiceFixture.person("户主" + no, ServiceFixture.id(first17), "户主",
                null, null), null);
    }

    long episode(long household, YearMonth identified, String risk) {
        return f.monitoring.openEpisode(new NewEpisode(household, "边缘易致贫户", "干部排查", identified, List.of(risk),
                "王干部", "13900000000", snapshot(1, 5_000)), null);
    }

    void measure(long household, String family, LocalDate start) {
        f.monitoring.addMeasure(new Measure(null, household, null, family, "措施", start, null, null, null, null, null,
                null), null);
    }

    /** The identification chain up to and including the 村内公示 from {@code publicityFrom} to {@code publicityTo}. */
    void stepsToPublicity(long episode, LocalDate from, LocalDate publicityFrom, LocalDate publicityTo) {
        LocalDate d = from;
        for (String kind : List.of("apply", "home_check", "data_compare", "review")) {
            f.monitoring.recordStep(episode, kind, d, null, null, null);
            d = d.plusDays(1);
        }
        f.monitoring.recordStep(episode, "publicity", publicityFrom, publicityTo, null, null);
    }

    /** The whole identification chain, from {@code from} on. */
    void fullChain(long episode, LocalDate from) {
        stepsToPublicity(episode, from, from.plusDays(4), from.plusDays(10));
        LocalDate d = from.plusDays(11);
        for (String kind : List.of("town_review", "county_approval", "system_mark")) {
            f.monitoring.recordStep(episode, kind, d, null, null, null);
            d = d.plusDays(1);
        }
    }

    static List<Long> households(List<Entry> entries) {
        return entries.stream().map(e -> e.status().openCase().household().id()).toList();
    }

    @Test
    void eachListCountsWhatItsRuleSelects() {
        // identified this month: nothing due yet
        long fresh = household(false);
        long freshEpisode = episode(fresh, NOW, "因残");
        // two months without a developmental measure
        long noMeasure = household(false);
        episode(noMeasure, NOW.minusMonths(2), "因残");
        // 因学 without an education measure: needs attention (and has a developmental one)
        long school = household(false);
        episode(school, NOW.minusMonths(3), "因学");
        measure(school, "产业帮扶", NOW.minusMonths(3).atDay(5));
        // a 公示 running today
        long publicity = household(false);
        long publicityEpisode = episode(publicity, NOW.minusMonths(1), "因残");
        measure(publicity, "就业帮扶", NOW.minusMonths(1).atDay(2));
        stepsToPublicity(publicityEpisode, NOW.minusMonths(1).atDay(2), TODAY.minusDays(2), TODAY.plusDays(4));
        // a 公示 that ended: waiting for the 乡镇审核
        long ended = household(false);
        long endedEpisode = episode(ended, NOW.minusMonths(1), "因残");
        measure(ended, "就业帮扶", NOW.minusMonths(1).atDay(2));
        stepsToPublicity(endedEpisode, NOW.minusMonths(1).atDay(2), TODAY.minusDays(12), TODAY.minusDays(6));
        // eight months, the chain done: due for the elimination assessment
        long due = household(false);
        long dueEpisode = episode(due, NOW.minusMonths(8), "因残");
        measure(due, "产业帮扶", NOW.minusMonths(8).atDay(3));
        fullChain(dueEpisode, NOW.minusMonths(8).atDay(2));
        // the same, but 整户无劳动能力: a firm rule blocks the elimination
        long blocked = household(true);
        long blockedEpisode = episode(blocked, NOW.minusMonths(8), "因残");
        fullChain(blockedEpisode, NOW.minusMonths(8).atDay(2));
        // eliminated this month, and one last month
        long eliminated = household(false);
        long eliminatedEpisode = episode(eliminated, NOW.minusMonths(8), "因残");
        measure(eliminated, "产业帮扶", NOW.minusMonths(8).atDay(3));
        f.monitoring.eliminate(eliminatedEpisode, NOW, Episode.ASSISTED, snapshot(1, 30_000), TODAY, null);
        long lastMonth = household(false);
        long lastMonthEpisode = episode(lastMonth, NOW.minusMonths(9), "因残");
        measure(lastMonth, "产业帮扶", NOW.minusMonths(9).atDay(3));
        f.monitoring.eliminate(lastMonthEpisode, NOW.minusMonths(1), Episode.ASSISTED, snapshot(1, 30_000),
                TODAY.minusDays(30), null);
        // two leads: one open, one decided
        f.ledger.write(f.settings.change(), tx -> {
            tx.leads().addAll(List.of(
                    new Lead(null, fresh, null, "户主0001", ServiceFixture.id("44152319700101003"), "县医保局", "医疗自付超过1万元", TODAY.minusDays(9), null,
                            null, null, null, null),
                    new Lead(null, noMeasure, null, "户主0002", ServiceFixture.id("44152319700101005"), "县民政局", "低保边缘", TODAY.minusDays(20), null,
                            "已核实", Lead.NOT_TAKEN, "收入稳定", TODAY.minusDays(3))));
            return null;
        });

        WorkQueue.Lists work = overview.work();

        assertThat(work.today()).isEqualTo(TODAY);
        assertThat(households(work.entries(Kind.PUBLICITY))).containsExactly(publicity);
        assertThat(households(work.entries(Kind.PUBLICITY_ENDED))).containsExactly(ended);
        assertThat(households(work.entries(Kind.ELIMINATION_DUE))).containsExactly(due);
        assertThat(households(work.entries(Kind.ELIMINATION_BLOCKED))).containsExactly(blocked);
        assertThat(households(work.entries(Kind.NO_DEVELOPMENT))).containsExactly(noMeasure);
        assertThat(work.entries(Kind.ATTENTION)).singleElement().satisfies(e -> {
            assertThat(e.status().openCase().household().id()).isEqualTo(school);
            assertThat(e.finding().code()).isEqualTo("SCHOOL_RISK_NO_MEASURE");
        });
        assertThat(work.leads()).extracting(OpenLead::householdNo).containsExactly("0001");
        assertThat(work.identified()).extracting(l -> l.episode().id()).containsExactly(freshEpisode);
        assertThat(work.eliminated()).singleElement().satisfies(l -> {
            assertThat(l.episode().id()).isEqualTo(eliminatedEpisode);
            assertThat(l.householdNo()).isEqualTo("0008");
            assertThat(l.village()).isEqualTo("东坑村");
            assertThat(l.head()).isEqualTo("户主0008");
        });

        // the count of every list is the number of its rows
        assertThat(Kind.values()).allSatisfy(k -> assertThat(work.count(k)).as(k.name()).isEqualTo(switch (k) {
            case PUBLICITY, PUBLICITY_ENDED, ELIMINATION_DUE, ELIMINATION_BLOCKED, NO_DEVELOPMENT, ATTENTION, LEADS,
                    NEW_THIS_MONTH, ELIMINATED_THIS_MONTH -> 1;
        }));
    }

    @Test
    void attentionCountsOneRowPerFindingAndTheMonthListsFollowTheClock() {
        long h = household(false);
        // 因学 and 因安全住房 without their measures, and two months without a developmental one
        f.monitoring.openEpisode(new NewEpisode(h, "边缘易致贫户", "干部排查", NOW.minusMonths(2), List.of("因学", "因安全住房"),
                null, null, snapshot(1, 5_000)), null);

        WorkQueue.Lists work = overview.work();
        assertThat(work.entries(Kind.ATTENTION)).extracting(e -> e.finding().code())
                .containsExactlyInAnyOrder("SCHOOL_RISK_NO_MEASURE", "HOUSING_RISK_NO_MEASURE");
        assertThat(work.count(Kind.ATTENTION)).isEqualTo(2);
        assertThat(work.count(Kind.NO_DEVELOPMENT)).isEqualTo(1);
        assertThat(work.count(Kind.NEW_THIS_MONTH)).isZero();

        // two months on the same ledger read as of the identification month: it is new then
        var then = java.time.Clock.fixed(NOW.minusMonths(2).atDay(15).atStartOfDay(java.time.ZoneId.systemDefault())
                .toInstant(), java.time.ZoneId.systemDefault());
        assertThat(new OverviewService(f.ledger, then).work().identified()).extracting(EpisodeListing::householdNo)
                .containsExactly("0001");
    }
}
