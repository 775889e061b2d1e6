package cn.bangfu.ledger.gui.households;

import cn.bangfu.ledger.gui.common.Choice;
import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.home.HomeViewModel;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.VillageRow;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.model.HouseholdRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a demo town, the home page's counts are the ones the household list and the 监测帮扶 page arrive at:
 * a clerk who reads a number on the home page and filters the list for it finds as many households.
 */
class DemoPagesAgreeTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"600, 2026", "1500, 103"})
    void theHomePageCountsWhatTheListAndTheMonitoringPageCount(int households, long seed) {
        try (LedgerServices s = LedgerServices.open(dir.resolve("agree.db"))) {
            s.demo().generate(new DemoGenerator.Options(households, seed, LocalDate.of(2026, 11, 23)));
            HomeViewModel home = new HomeViewModel(s);
            HouseholdsViewModel list = new HouseholdsViewModel(s, cn.bangfu.ledger.gui.common.Background.inPlace());
            list.setLimit(households);
            list.refresh();
            MonitoringViewModel monitoring = new MonitoringViewModel(s);
            monitoring.refreshNow();
            VillageRow total = monitoring.villages().getLast();
            assertThat(total.total()).isTrue();

            // 农户 and 人口
            assertThat(list.totalProperty().get()).isEqualTo(households);
            assertThat(home.householdsProperty().get()).isEqualTo(Messages.count(list.totalProperty().get()))
                    .isEqualTo(Messages.count(total.households()));
            long persons = list.rows().stream().mapToLong(HouseholdRow::persons).sum();
            assertThat(home.membersProperty().get()).isEqualTo(Messages.count(persons));

            // 监测中: the list's status filter, the dashboard's total, and per category
            List<Choice<Boolean>> statuses = list.statuses();
            list.statusProperty().set(statuses.get(1));
            long monitoredInList = list.totalProperty().get();
            assertThat(home.monitoredProperty().get()).isEqualTo(Messages.count(monitoredInList))
                    .isEqualTo(Messages.count(total.open()));
            long remarked = list.rows().stream().filter(r -> s.monitoring().hadEliminatedEpisode(r.id())).count();
            for (Choice<String> category : list.categories()) {
                if (category.value() == null) {
                    continue;
                }
                list.categoryProperty().set(category);
                assertThat(home.monitoredBreakdownProperty().get())
                        .contains(category.value() + "  " + Messages.count(list.totalProperty().get()));
            }
            list.categoryProperty().set(list.categories().getFirst());

            // 已消除: households the list shows as eliminated
            list.statusProperty().set(statuses.get(2));
            assertThat(remarked).as("some households were eliminated and are monitored again").isPositive();
            assertThat(home.eliminatedProperty().get()).isEqualTo(Messages.count(list.totalProperty().get()));
            // and every elimination (户次), as the 监测帮扶 page's 已消除（户次） total counts them
            assertThat(home.eliminatedEpisodesProperty().get()).contains(Messages.count(total.eliminated()) + " 户次");
        }
    }
}
