package cn.bangfu.ledger.gui.home;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.Messages;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Queue;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.monitoring.WorkQueue.Kind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The home page's model without the FX toolkit. */
class HomeViewModelTest {

    @TempDir
    Path dir;

    @Test
    void eachCardCountsTheRowsOfItsMonitoringListAndOpensIt() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            s.demo().generate(new DemoGenerator.Options(600, 7, LocalDate.now()));
            List<Kind> opened = new ArrayList<>();
            HomeViewModel home = new HomeViewModel(s, Background.inPlace(), opened::add);
            MonitoringViewModel monitoring = new MonitoringViewModel(s);
            monitoring.refreshNow();
            for (Kind k : Kind.values()) {
                assertThat(home.count(k)).as(k.name()).isEqualTo(monitoring.queue(Queue.of(k)).size());
                assertThat(home.countProperty(k).get()).isEqualTo(Messages.count(home.count(k)));
                assertThat(monitoring.titleProperty(Queue.of(k)).get()).contains("（" + home.count(k) + "）");
            }
            assertThat(HomeViewModel.TODOS).containsExactly(Kind.PUBLICITY_ENDED, Kind.ELIMINATION_DUE,
                    Kind.NO_DEVELOPMENT, Kind.LEADS, Kind.ATTENTION);
            assertThat(HomeViewModel.THIS_MONTH).containsExactly(Kind.NEW_THIS_MONTH, Kind.ELIMINATED_THIS_MONTH);
            home.onOpen(Kind.LEADS);
            home.onOpen(Kind.NEW_THIS_MONTH);
            assertThat(opened).containsExactly(Kind.LEADS, Kind.NEW_THIS_MONTH);
        }
    }

    @Test
    void theSpendingCardIsPaidOverAllocatedOfEveryFund() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            s.settings().save(new cn.bangfu.ledger.model.OfficeSettings("示范县", "示范镇", "李会计"));
            HomeViewModel empty = new HomeViewModel(s, Background.inPlace(), k -> { });
            assertThat(empty.spendingProperty().get()).isEqualTo("—");
            assertThat(empty.spendingDetailProperty().get()).isEqualTo("尚未录入帮扶资金");
            long v = s.households().addVillage("东坑村");
            long f = s.funds().addFund(new cn.bangfu.ledger.model.Fund(null, "衔接资金", "衔接资金（中央）", "中央", 2026,
                    null, null));
            long p = s.funds().addProject(new cn.bangfu.ledger.model.Project(null, "项目", "产业发展", v, null,
                    cn.bangfu.ledger.model.Project.UNDER_WAY, null, null, null, null, null, null));
            LocalDate day = LocalDate.now();
            s.journal().receive(f, day, 1_000_000_00L, null, "到位");
            s.journal().allocate(f, p, day, 400_000_00L, "分配");
            s.journal().pay(f, p, "施工队", day, 100_000_00L, null, "拨付");
            s.funds().addFund(new cn.bangfu.ledger.model.Fund(null, "社会捐赠", "社会捐赠", "其他", 2026, null, null));
            List<String> opened = new ArrayList<>();
            HomeViewModel home = new HomeViewModel(s, Background.inPlace(), k -> { }, () -> opened.add("funds"));
            assertThat(home.spendingProperty().get()).isEqualTo("25.00");
            assertThat(home.spendingDetailProperty().get()).isEqualTo("已拨付 10.0000 万元\n已分配 40.0000 万元");
            assertThat(home.fundBars()).containsExactly(new HomeViewModel.FundBar("衔接资金", 0.25, "25.00%"),
                    new HomeViewModel.FundBar("社会捐赠", 0, "—"));
            home.onOpenFunds();
            assertThat(opened).containsExactly("funds");
        }
    }

    @Test
    void theCountsAreReadOffTheCallingThreadAndShownAfterwards() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            s.demo().generate(new DemoGenerator.Options(200, 3, LocalDate.now()));
            List<Runnable> work = new ArrayList<>();
            List<Runnable> fx = new ArrayList<>();
            Executor worker = work::add;
            HomeViewModel home = new HomeViewModel(s, Background.on(worker, fx::add), k -> { });
            // nothing read yet: the read waits on the worker, the page says it is loading
            assertThat(home.householdsProperty().get()).isEmpty();
            assertThat(home.loadingProperty().get()).isTrue();
            work.removeFirst().run();
            assertThat(home.householdsProperty().get()).as("shown only on the FX thread").isEmpty();
            fx.removeFirst().run();
            assertThat(home.householdsProperty().get()).isEqualTo("200");
            assertThat(home.loadingProperty().get()).isFalse();
            assertThat(home.offersDemo()).isFalse(); // a generated ledger is a demo
        }
    }
}
