package cn.bangfu.ledger.logic.reports.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 资金拨付明细 over {@link FundsMonthsFixture}: the month's 拨付, 发放到户 and 冲销, each as the journal has it. */
class FundsPaymentsFormTest {

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

    ReportTable table(YearMonth m) {
        List<ReportModel> models = new FundsPaymentsForm(fx.months.context).build(ReportRequest.of(m, false));
        assertThat(models).hasSize(1);
        assertThat(models.getFirst().unitLine()).isEqualTo("单位：元");
        return FormCells.table(models.getFirst(), "拨付明细");
    }

    @Test
    void everyPaymentOfTheMonthInDateOrderWithItsVoucherAndATotal() {
        ReportTable t = table(YearMonth.of(2026, 11));
        List<Map<String, Object>> data = FormCells.data(t);
        assertThat(data).extracting(r -> r.get("voucher")).containsExactly("记-11-001", "记-11-003", "记-11-004",
                "记-11-005", "记-11-005");
        assertThat(data.getFirst()).containsEntry("no", 1L).containsEntry("payee", "示范镇宏达建筑队")
                .containsEntry("date", LocalDate.of(2026, 11, 5)).containsEntry("fund", "2026年中央衔接资金")
                .containsEntry("project", "东坑村百香果基地").containsEntry("kind", "拨付")
                .containsEntry("amount", 150_000_00L);
        assertThat(data.get(2)).as("a 发放到户 roster is one line").containsEntry("payee", "发放到户（2户）")
                .containsEntry("project", "（未列入项目）").containsEntry("memo", "临时救助")
                .containsEntry("amount", 5_000_00L);
        assertThat(data.get(4)).containsEntry("kind", "冲销").containsEntry("amount", -20_000_00L)
                .containsEntry("date", LocalDate.of(2026, 11, 22));
        assertThat((String) data.get(4).get("memo")).contains("三期工程款");

        Map<String, Object> total = FormCells.rows(t, Row.Kind.TOTAL).getFirst();
        assertThat(total).containsEntry("payee", "合计（5笔）").containsEntry("amount", 455_000_00L);
        // the same as the spending report's 本月支出
        ReportTable progress = new FundsProgressForm(fx.months.context)
                .build(ReportRequest.of(YearMonth.of(2026, 11), false)).getFirst().tables().getFirst();
        assertThat(FormCells.rows(progress, Row.Kind.TOTAL).getFirst().get("paid_month")).isEqualTo(total.get("amount"));
    }

    @Test
    void anotherMonthHasItsOwnPayments() {
        List<Map<String, Object>> oct = FormCells.data(table(YearMonth.of(2026, 10)));
        assertThat(oct).extracting(r -> r.get("voucher")).containsExactly("记-10-001", "记-10-003", "记-10-002");
        ReportTable sep = table(YearMonth.of(2026, 9));
        assertThat(FormCells.data(sep)).as("allocations are not payments").isEmpty();
        assertThat(FormCells.rows(sep, Row.Kind.TOTAL).getFirst()).containsEntry("amount", 0L);
    }

    @Test
    void theShippedTemplateFits() {
        ReportModel m = new FundsPaymentsForm(fx.months.context).build(ReportRequest.of(YearMonth.of(2026, 11), false))
                .getFirst();
        try (var t = cn.bangfu.ledger.logic.reports.excel.ReportTemplates.builtIn().open(m)) {
            assertThat(t.generated()).isFalse();
            assertThat(t.source()).endsWith("templates/funds-payments.xlsx");
        }
    }
}
