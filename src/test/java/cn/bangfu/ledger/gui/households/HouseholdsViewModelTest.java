package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.Choice;
import cn.bangfu.ledger.gui.common.Formats;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.model.HouseholdFilter.Sort;
import cn.bangfu.ledger.model.HouseholdRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The household list's view model on a demo town of 200 households, without the FX toolkit. */
class HouseholdsViewModelTest {

    @TempDir
    static Path dir;

    static LedgerServices s;

    @BeforeAll
    static void town() {
        s = LedgerServices.open(dir.resolve("l.db"));
        s.demo().generate(new DemoGenerator.Options(200, 1, LocalDate.of(2026, 11, 23)));
    }

    @AfterAll
    static void close() {
        s.close();
    }

    @Test
    void showsEveryHouseholdWithItsCount() {
        HouseholdsViewModel vm = new HouseholdsViewModel(s, Background.inPlace());
        vm.refresh();
        assertThat(vm.totalProperty().get()).isEqualTo(200);
        assertThat(vm.rows()).hasSize(200);
        assertThat(vm.countProperty().get()).isEqualTo("共 200 户");
        assertThat(vm.ledgerEmptyProperty().get()).isFalse();

        vm.setLimit(50);
        vm.refresh();
        assertThat(vm.rows()).hasSize(50);
        assertThat(vm.countProperty().get()).isEqualTo("第 1–50 户，共 200 户");
        assertThat(vm.hasPreviousProperty().get()).isFalse();
        var firstPage = List.copyOf(vm.rows());

        // page by page to the end, in SQL: no household twice, none left out
        java.util.Set<Long> seen = new java.util.HashSet<>();
        firstPage.forEach(r -> seen.add(r.id()));
        for (int page = 2; page <= 4; page++) {
            vm.nextPage();
            assertThat(vm.rows()).hasSize(50);
            vm.rows().forEach(r -> assertThat(seen.add(r.id())).isTrue());
        }
        assertThat(vm.countProperty().get()).isEqualTo("第 151–200 户，共 200 户");
        assertThat(vm.hasNextProperty().get()).isFalse();
        vm.previousPage();
        assertThat(vm.countProperty().get()).isEqualTo("第 101–150 户，共 200 户");
        // a new search (a filter, the text, the sort) starts at its first page
        vm.sortBy(cn.bangfu.ledger.model.HouseholdFilter.Sort.PERSONS, false);
        assertThat(vm.countProperty().get()).isEqualTo("第 1–50 户，共 200 户");
    }

    @Test
    void filtersRunInSqlAndRefreshAtOnce() {
        HouseholdsViewModel vm = new HouseholdsViewModel(s, Background.inPlace());
        vm.refresh();
        // a village
        Choice<Long> village = vm.villages().get(1);
        vm.villageProperty().set(village);
        assertThat(vm.totalProperty().get()).isBetween(1L, 199L);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.village()).isEqualTo(village.label()));
        long inVillage = vm.totalProperty().get();
        // and monitored now
        vm.statusProperty().set(vm.statuses().get(1));
        assertThat(vm.totalProperty().get()).isLessThan(inVillage);
        assertThat(vm.rows()).allSatisfy(r -> {
            assertThat(r.monitored()).isTrue();
            assertThat(HouseholdsViewModel.categoryText(r)).endsWith("（监测中）");
        });
        // back to everything
        vm.villageProperty().set(vm.villages().getFirst());
        vm.statusProperty().set(vm.statuses().getFirst());
        assertThat(vm.totalProperty().get()).isEqualTo(200);
        // eliminated ones say so
        vm.statusProperty().set(vm.statuses().get(2));
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r ->
                assertThat(HouseholdsViewModel.categoryText(r)).endsWith("（已消除）"));
        vm.statusProperty().set(vm.statuses().getFirst());
        // a risk: only households whose open episode has it
        Choice<String> illness = vm.risks().stream().filter(c -> "因病".equals(c.value())).findFirst().orElseThrow();
        vm.riskProperty().set(illness);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.risks()).contains("因病"));
    }

    @Test
    void searchesByTextWhenAsked() {
        HouseholdsViewModel vm = new HouseholdsViewModel(s, Background.inPlace());
        vm.refresh();
        HouseholdRow some = vm.rows().get(17);
        vm.textProperty().set(some.householdNo());
        assertThat(vm.totalProperty().get()).as("the text alone does not query: the view debounces")
                .isEqualTo(200);
        vm.refresh();
        assertThat(vm.rows()).extracting(HouseholdRow::id).contains(some.id());
        assertThat(vm.totalProperty().get()).isEqualTo(1);
        assertThat(vm.countProperty().get()).isEqualTo("共 1 户");

        vm.textProperty().set(some.head());
        vm.refresh();
        assertThat(vm.rows()).extracting(HouseholdRow::head).contains(some.head());

        vm.textProperty().set("没有这个人");
        vm.refresh();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.ledgerEmptyProperty().get()).as("none matching is not an empty ledger").isFalse();
    }

    @Test
    void sortsInSqlByTheClickedColumn() {
        HouseholdsViewModel vm = new HouseholdsViewModel(s, Background.inPlace());
        vm.refresh();
        vm.sortBy(Sort.HOUSEHOLD_NO, true);
        assertThat(vm.sort()).isEqualTo(Sort.HOUSEHOLD_NO);
        assertThat(vm.rows()).extracting(HouseholdRow::householdNo)
                .isSortedAccordingTo(Comparator.reverseOrder());
        vm.sortBy(Sort.PERSONS, false);
        assertThat(vm.rows()).extracting(HouseholdRow::persons).isSorted();
        vm.sortBy(Sort.PERSONS, true);
        assertThat(vm.rows()).extracting(HouseholdRow::persons).isSortedAccordingTo(Comparator.reverseOrder());
        vm.sortBy(null, false); // the sort order was cleared: back to the default
        assertThat(vm.sort()).isEqualTo(Sort.VILLAGE);
        assertThat(vm.descending()).isFalse();
    }

    @Test
    void onlyTheLatestQueryIsApplied() {
        Deque<Runnable> background = new ArrayDeque<>();
        HouseholdsViewModel vm = new HouseholdsViewModel(s, Background.on(background::add, Runnable::run));
        vm.textProperty().set("没有这个人");
        vm.refresh();
        vm.textProperty().set("");
        vm.refresh();
        assertThat(vm.busyProperty().get()).isTrue();
        // run the newer query first, then the stale one: the stale one must not overwrite it
        background.removeLast().run();
        background.removeLast().run();
        assertThat(vm.totalProperty().get()).isEqualTo(200);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anEmptyLedgerSaysSo() {
        try (LedgerServices empty = LedgerServices.open(dir.resolve("empty.db"))) {
            HouseholdsViewModel vm = new HouseholdsViewModel(empty, Background.inPlace());
            vm.refresh();
            assertThat(vm.ledgerEmptyProperty().get()).isTrue();
            assertThat(vm.countProperty().get()).isEqualTo("共 0 户");
            assertThat(vm.villages()).extracting(Choice::label).containsExactly("全部村");
        }
    }

    @Test
    void changedTimesAreLocalNotUtc() {
        assertThat(cn.bangfu.ledger.model.Timestamps.local("2026-11-23T01:05:00.123Z", java.time.ZoneId.of("Asia/Shanghai")))
                .isEqualTo("2026-11-23 09:05");
        assertThat(Formats.month(java.time.YearMonth.of(2025, 3))).isEqualTo("2025年3月");
        assertThat(Formats.yuan(123456789L)).isEqualTo("1,234,567.89");
        assertThat(Formats.parseDate("1980年5月1日")).isEqualTo(LocalDate.of(1980, 5, 1));
        assertThat(Formats.parseDate("１９８０．５．１")).isEqualTo(LocalDate.of(1980, 5, 1));
        assertThat(Formats.parseDate("19800501")).isEqualTo(LocalDate.of(1980, 5, 1));
        assertThat(List.of("1980-13-01", "八零年")).allSatisfy(bad -> {
            try {
                Formats.parseDate(bad);
                throw new AssertionError("accepted " + bad);
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).contains(bad);
            }
        });
    }
}
