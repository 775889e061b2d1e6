package cn.bangfu.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.home.HomeViewModel;
import cn.bangfu.ledger.gui.settings.SettingsViewModel;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.model.OfficeSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ViewModels are plain objects: tested here without the FX toolkit. */
class ViewModelTest {

    @TempDir
    Path dir;

    @Test
    void homeShowsLiveCountsAndTheEmptyState() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            HomeViewModel vm = new HomeViewModel(s);
            assertThat(vm.emptyProperty().get()).isTrue();
            assertThat(vm.householdsProperty().get()).isEqualTo("0");
            assertThat(vm.officeProperty().get()).contains("尚未设置乡镇");
            assertThat(vm.offersDemo()).isTrue();

            var r = s.demo().generate(new DemoGenerator.Options(1_200, 3, LocalDate.of(2026, 11, 23)));
            vm.refresh();
            assertThat(vm.emptyProperty().get()).isFalse();
            assertThat(vm.householdsProperty().get()).isEqualTo("1,200");
            assertThat(vm.membersProperty().get()).isEqualTo(Messages.count(r.members()));
            assertThat(vm.monitoredBreakdownProperty().get()).contains("脱贫不稳定户", "边缘易致贫户", "突发严重困难户");
            assertThat(vm.officeProperty().get()).isEqualTo("示范县示范镇帮扶台账");
        }
    }

    @Test
    void settingsValidateAsYouTypeAndSaveOnlyWhenSound() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            AtomicInteger saved = new AtomicInteger();
            SettingsViewModel vm = new SettingsViewModel(s, saved::incrementAndGet);
            assertThat(vm.dirtyBinding().get()).isFalse();
            assertThat(vm.canSaveBinding().get()).isFalse();
            assertThat(vm.problemsProperty().get()).contains("乡镇名称", "操作员");

            vm.countyProperty().set("示范县");
            vm.townProperty().set("示范镇");
            assertThat(vm.dirtyBinding().get()).isTrue();
            assertThat(vm.canSaveBinding().get()).isFalse(); // operator still missing
            assertThat(vm.onSave()).isFalse();
            assertThat(saved).hasValue(0);

            vm.operatorProperty().set("王书记");
            assertThat(vm.problemsProperty().get()).isEmpty();
            assertThat(vm.canSaveBinding().get()).isTrue();
            assertThat(vm.onSave()).isTrue();
            assertThat(saved).hasValue(1);
            assertThat(vm.messageProperty().get()).isEqualTo("已保存。");
            assertThat(vm.dirtyBinding().get()).isFalse();
            assertThat(s.settings().office()).isEqualTo(new OfficeSettings("示范县", "示范镇", "王书记"));

            vm.townProperty().set("别的镇");
            vm.onRevert();
            assertThat(vm.townProperty().get()).isEqualTo("示范镇");
            assertThat(vm.dirtyBinding().get()).isFalse();
        }
    }

    @Test
    void theFrameFollowsTheSettings() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            MainViewModel vm = new MainViewModel(s);
            assertThat(vm.titleProperty().get()).isEqualTo("帮扶台账");
            assertThat(vm.operatorLineProperty().get()).isEqualTo("操作员：未设置");
            s.settings().save(new OfficeSettings("示范县", "示范镇", "王书记"));
            vm.refreshOffice();
            assertThat(vm.titleProperty().get()).isEqualTo("帮扶台账 — 示范县示范镇");
            assertThat(vm.operatorLineProperty().get()).isEqualTo("操作员：王书记");
            vm.onNavigate(Page.SETTINGS);
            assertThat(vm.pageProperty().get()).isEqualTo(Page.SETTINGS);
        }
    }

    /** A ledger the demo command filled is marked as a demo when opened with --db, with no way "back" from it. */
    @Test
    void theFrameMarksADemoMadeInAnyFile() {
        Path file = dir.resolve("x.db");
        try (LedgerServices s = LedgerServices.open(file)) {
            assertThat(new MainViewModel(s).isDemo()).isFalse();
            s.demo().generate(new DemoGenerator.Options(20, 1, LocalDate.of(2026, 11, 23)));
        }
        try (LedgerServices s = LedgerServices.open(file)) {
            MainViewModel vm = new MainViewModel(s);
            assertThat(vm.isDemo()).isTrue();
            assertThat(vm.canLeaveDemo()).as("x.db is the ledger that was asked for").isFalse();
            assertThat(new HomeViewModel(s).offersDemo()).isFalse();
        }
    }

    @Test
    void windowStateRoundTripsAndIgnoresGarbage() throws Exception {
        Path file = dir.resolve("w/window.properties");
        assertThat(WindowState.load(file)).isEmpty();
        new WindowState(10, 20, 1300, 820, true).save(file);
        assertThat(WindowState.load(file)).contains(new WindowState(10, 20, 1300, 820, true));
        java.nio.file.Files.writeString(file, "x=abc");
        assertThat(WindowState.load(file)).isEmpty();
    }
}
