package cn.bangfu.ledger.gui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.settings.RateTableViewModel;
import cn.bangfu.ledger.gui.settings.RateTableViewModel.Row;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.model.DibaoGrade;
import cn.bangfu.ledger.model.Threshold;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 设置 tables 监测标准 and 低保档次, without the FX toolkit. */
class RateTableViewModelTest {

    @TempDir
    Path dir;

    @Test
    void thresholdsAreAddedInYuanEditedAndDeletedThroughTheService() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            RateTableViewModel vm = RateTableViewModel.thresholds(s);
            assertThat(vm.rows()).isEmpty();
            vm.onAdd();
            assertThat(vm.formOpenProperty().get()).isTrue();
            assertThat(vm.keyProperty().get()).isEqualTo("全县");
            assertThat(vm.yearProperty().get()).isEqualTo(Integer.toString(s.monitoring().today().getYear()));
            vm.yearProperty().set("2026");
            vm.amountProperty().set("８，５００"); // full-width, as a pinyin IME may type it
            vm.docNoProperty().set("示财〔2026〕1号");
            assertThat(vm.onSave()).isTrue();
            assertThat(vm.formOpenProperty().get()).isFalse();
            assertThat(s.rates().thresholds()).containsExactly(new Threshold(2026, "全县", 850_000, "示财〔2026〕1号"));
            assertThat(vm.rows()).containsExactly(new Row(2026, "全县", 850_000, "示财〔2026〕1号"));
            assertThat(vm.rows().getFirst().amountYuan()).isEqualTo("8,500.00");

            // the same year and area again: refused, say to edit instead
            vm.onAdd();
            vm.yearProperty().set("2026");
            vm.amountProperty().set("9000");
            assertThat(vm.onSave()).isFalse();
            assertThat(vm.errorProperty().get()).isEqualTo("2026年“全县”的监测标准已有，请选中该行后点「修改」。");
            // errors in Chinese for a bad year, a bad amount, and the service's own refusal
            vm.yearProperty().set("二〇二七");
            assertThat(vm.onSave()).isFalse();
            assertThat(vm.errorProperty().get()).isEqualTo("年度请填写四位数字，例如 2026。");
            vm.yearProperty().set("2027");
            vm.amountProperty().set("8500.123");
            assertThat(vm.onSave()).isFalse();
            assertThat(vm.errorProperty().get()).startsWith("金额：金额最多两位小数");
            vm.amountProperty().set("0");
            assertThat(vm.onSave()).isFalse();
            assertThat(vm.errorProperty().get()).isEqualTo("请填写年度、适用范围和金额（元/人·年，大于 0）。");
            vm.onCancel();

            // edit: the amount changes, the key stays
            vm.onEdit(vm.rows().getFirst());
            assertThat(vm.editingProperty().get()).isNotNull();
            assertThat(vm.amountProperty().get()).isEqualTo("8,500.00");
            vm.amountProperty().set("8800");
            assertThat(vm.onSave()).isTrue();
            assertThat(s.rates().thresholds()).extracting(Threshold::amount).containsExactly(880_000L);

            assertThat(vm.deleteQuestion(vm.rows().getFirst())).contains("2026年“全县”", "8,800.00");
            assertThat(vm.onDelete(vm.rows().getFirst())).isTrue();
            assertThat(vm.rows()).isEmpty();
            assertThat(s.rates().thresholds()).isEmpty();
        }
    }

    @Test
    void dibaoGradesAreMonthlyAmounts() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            s.rates().putDibaoGrade(new DibaoGrade(2025, "一档", 50_000, null));
            RateTableViewModel vm = RateTableViewModel.dibaoGrades(s);
            assertThat(vm.rows()).hasSize(1);
            vm.onAdd();
            assertThat(vm.keyProperty().get()).isEmpty();
            vm.yearProperty().set("2026");
            vm.keyProperty().set("一档");
            vm.amountProperty().set("560");
            assertThat(vm.onSave()).isTrue();
            vm.onAdd();
            vm.yearProperty().set("2026");
            vm.amountProperty().set("300");
            assertThat(vm.onSave()).isFalse(); // no grade
            assertThat(vm.errorProperty().get()).isEqualTo("请填写年度、档次和每月金额（大于 0）。");
            // latest year first
            assertThat(vm.rows()).extracting(Row::year).containsExactly(2026, 2025);
            assertThat(s.rates().dibaoGrades()).contains(new DibaoGrade(2026, "一档", 56_000, null));
        }
    }

    @Test
    void deletingARowAsksFirstThroughTheDialogService() {
        try (LedgerServices s = LedgerServices.open(dir.resolve("l.db"))) {
            s.rates().putThreshold(new Threshold(2026, "全县", 850_000, null));
            ScriptedDialogs dialogs = new ScriptedDialogs().confirmWith(false).confirmWith(true);
            RateTableViewModel vm = new RateTableViewModel(s, RateTableViewModel.Kind.THRESHOLD,
                    cn.bangfu.ledger.gui.common.Background.inPlace(), dialogs);
            Row row = vm.rows().getFirst();
            assertThat(vm.onDeleteAsked(row)).isFalse(); // 取消
            assertThat(s.rates().thresholds()).hasSize(1);
            assertThat(dialogs.last()).isEqualTo("confirm: 确认删除 | " + vm.deleteQuestion(row));
            assertThat(vm.onDeleteAsked(row)).isTrue();
            assertThat(s.rates().thresholds()).isEmpty();
            assertThat(vm.rows()).isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("已删除。");
        }
    }
}
