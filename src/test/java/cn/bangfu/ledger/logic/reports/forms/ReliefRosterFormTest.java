package cn.bangfu.ledger.logic.reports.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Masking;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 低保、特困、临时救助及到户资金发放花名册 over {@link FundsMonthsFixture}: the bank's full form and the 公示. */
class ReliefRosterFormTest {

    @TempDir
    Path dir;

    FundsMonthsFixture fx;

    @BeforeEach
    void ledger() {
        fx = new FundsMonthsFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    ReportModel model(YearMonth m) {
        List<ReportModel> models = new ReliefRosterForm(fx.months.context).build(ReportRequest.of(m, false));
        assertThat(models).hasSize(1);
        return models.getFirst();
    }

    @Test
    void theFullFormListsEachHouseholdsPaymentWithTheWholeIdAndAccount() {
        ReportModel nov = model(YearMonth.of(2026, 11));
        ReportTable t = FormCells.table(nov, "发放花名册");
        List<Map<String, Object>> data = FormCells.data(t);
        assertThat(data).hasSize(2);
        assertThat(data.getFirst()).as("A: no member named, the head receives").containsEntry("village", "东坑村")
                .containsEntry("household_no", "4415230101001").containsEntry("head", "张大山")
                .containsEntry("receiver", "张大山").containsEntry("id_number", ServiceFixture.id("44152319700101001"))
                .containsEntry("bank_account", FundsMonthsFixture.BANK_A).containsEntry("kind", "临时救助")
                .containsEntry("fund", "2026年驻镇帮镇扶村资金").containsEntry("amount", 3_000_00L)
                .containsEntry("voucher", "记-11-004");
        assertThat(data.get(1)).containsEntry("receiver", "王五")
                .containsEntry("id_number", ServiceFixture.id("44152319650505003"))
                .containsEntry("bank_account", FundsMonthsFixture.BANK_C).containsEntry("amount", 2_000_00L);
        assertThat(FormCells.rows(t, Row.Kind.TOTAL).getFirst()).containsEntry("village", "合计").containsEntry("household_no", "2户，2笔")
                .containsEntry("amount", 5_000_00L);
        assertThat(FormCells.texts(nov)).anyMatch(s -> FormCells.FULL_ID.matcher(s).find());

        List<Map<String, Object>> oct = FormCells.data(FormCells.table(model(YearMonth.of(2026, 10)), "发放花名册"));
        assertThat(oct).as("October's roster: B's 产业奖补 only").singleElement()
                .satisfies(r -> assertThat(r).containsEntry("head", "李小红").containsEntry("kind", "产业奖补")
                        .containsEntry("bank_account", null));
    }

    @Test
    void thePublicityFormMasksTheIdAndHasNoAccountColumn() {
        ReportModel masked = Masking.mask(model(YearMonth.of(2026, 11)));
        assertThat(masked.title()).endsWith("（公示）");
        ReportTable t = FormCells.table(masked, "发放花名册");
        assertThat(t.columns()).extracting(Column::key).doesNotContain("bank_account");
        assertThat(t.columns()).extracting(Column::kind).doesNotContain(CellKind.BANK_ACCOUNT);
        List<Map<String, Object>> data = FormCells.data(t);
        String id = ServiceFixture.id("44152319700101001");
        assertThat(data.getFirst()).containsEntry("id_number", id.substring(0, 6) + "********" + id.substring(14))
                .containsEntry("receiver", "张大山").containsEntry("amount", 3_000_00L);
        List<String> texts = FormCells.texts(masked);
        assertThat(texts).noneMatch(s -> FormCells.FULL_ID.matcher(s).find());
        assertThat(texts).noneMatch(s -> s.contains(FundsMonthsFixture.BANK_A) || s.contains(FundsMonthsFixture.BANK_C));
        assertThat(FormCells.rows(t, Row.Kind.TOTAL).getFirst()).containsEntry("amount", 5_000_00L);
    }

    @Test
    void theShippedTemplatesFitBothVariants() {
        ReportModel full = model(YearMonth.of(2026, 11));
        try (var t = cn.bangfu.ledger.logic.reports.excel.ReportTemplates.builtIn().open(full)) {
            assertThat(t.generated()).isFalse();
            assertThat(t.source()).endsWith("templates/relief-roster.xlsx");
        }
        try (var t = cn.bangfu.ledger.logic.reports.excel.ReportTemplates.builtIn().open(Masking.mask(full))) {
            assertThat(t.generated()).isFalse();
            assertThat(t.source()).endsWith("templates/relief-roster（公示）.xlsx");
        }
    }
}
