package cn.bangfu.ledger.logic.reports.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

/** 衔接资金支出进度月报 over {@link FundsMonthsFixture}: every figure from the journal's entries. */
class FundsProgressFormTest {

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
        List<ReportModel> models = new FundsProgressForm(fx.months.context).build(ReportRequest.of(m, false));
        assertThat(models).hasSize(1);
        ReportModel model = models.getFirst();
        assertThat(model.title()).isEqualTo("示范镇" + cn.bangfu.ledger.model.Months.text(m) + "衔接资金支出进度月报");
        assertThat(model.unitLine()).contains("万元");
        return FormCells.table(model, "支出进度");
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String fund, String project) {
        return rows.stream().filter(r -> fund.equals(r.get("fund")) && project.equals(r.get("project"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + fund + " / " + project + " in " + rows));
    }

    @Test
    void eachProjectUnderItsFundWithTheMonthsAndTheCumulativePayments() {
        ReportTable t = table(YearMonth.of(2026, 11));
        List<Map<String, Object>> data = FormCells.data(t);
        assertThat(data).extracting(r -> r.get("fund") + "/" + r.get("project")).containsExactly(
                "2026年中央衔接资金/东坑村百香果基地", "2026年中央衔接资金/全镇村道硬底化",
                "2026年驻镇帮镇扶村资金/全镇村道硬底化", "2026年驻镇帮镇扶村资金/（未列入项目的直接支出）");

        Map<String, Object> p1 = row(data, "2026年中央衔接资金", "东坑村百香果基地");
        // 150,000 and 20,000 paid in November, the 20,000 reversed in November; 100,000 in October
        assertThat(p1).containsEntry("planned", 600_000_00L).containsEntry("allocated", 600_000_00L)
                .containsEntry("paid_month", 150_000_00L).containsEntry("paid_total", 250_000_00L)
                .containsEntry("status", "实施中").containsEntry("place", "东坑村")
                .containsEntry("assets", FundsProgressForm.NO_ASSETS);
        assertThat((Double) p1.get("progress")).isCloseTo(250.0 / 600.0, within(1e-9));
        // linked: A, B (her son left on 10 November) and D; A and B are 脱贫户 and 监测对象, D neither
        assertThat(p1).containsEntry("households", 3L).containsEntry("persons", 3L).containsEntry("poor", 2L)
                .containsEntry("monitored", 2L);

        Map<String, Object> p2 = row(data, "2026年中央衔接资金", "全镇村道硬底化");
        assertThat(p2).containsEntry("paid_month", 0L).containsEntry("paid_total", 50_000_00L)
                .containsEntry("place", "全镇").containsEntry("households", 120L).containsEntry("persons", 400L)
                .containsEntry("poor", null).containsEntry("monitored", null);
        assertThat(row(data, "2026年驻镇帮镇扶村资金", "全镇村道硬底化")).containsEntry("allocated", 300_000_00L)
                .containsEntry("paid_month", 300_000_00L).containsEntry("progress", 1.0);
        assertThat(row(data, "2026年驻镇帮镇扶村资金", "（未列入项目的直接支出）")).as("发放到户 with no project")
                .containsEntry("allocated", 6_000_00L).containsEntry("paid_month", 5_000_00L)
                .containsEntry("paid_total", 6_000_00L);

        List<Map<String, Object>> subtotals = FormCells.rows(t, Row.Kind.SUBTOTAL);
        assertThat(subtotals).hasSize(2);
        assertThat(subtotals.getFirst()).containsEntry("fund", "2026年中央衔接资金").containsEntry("project", "小计")
                .containsEntry("received", 1_000_000_00L).containsEntry("planned", 800_000_00L)
                .containsEntry("allocated", 800_000_00L).containsEntry("paid_month", 150_000_00L)
                .containsEntry("paid_total", 300_000_00L).containsEntry("households", 123L)
                .containsEntry("persons", 403L);
        assertThat(subtotals.get(1)).containsEntry("received", 500_000_00L).containsEntry("allocated", 306_000_00L)
                .containsEntry("paid_total", 306_000_00L);

        Map<String, Object> total = FormCells.rows(t, Row.Kind.TOTAL).getFirst();
        assertThat(total).containsEntry("received", 1_500_000_00L).containsEntry("allocated", 1_106_000_00L)
                .containsEntry("paid_month", 455_000_00L).containsEntry("paid_total", 606_000_00L)
                .as("P2 under both funds counts once").containsEntry("households", 123L)
                .containsEntry("persons", 403L).containsEntry("poor", 2L).containsEntry("monitored", 2L);
        assertThat((Double) total.get("progress")).isCloseTo(606.0 / 1106.0, within(1e-9));
        // the journal agrees: cumulative paid is what FundService reports paid (today is in November)
        long paid = fx.funds.funds().stream().mapToLong(r -> r.paidFen()).sum();
        assertThat(total.get("paid_total")).isEqualTo(paid);
    }

    @Test
    void aPastMonthShowsItsOwnPaymentsOnly() {
        ReportTable t = table(YearMonth.of(2026, 10));
        Map<String, Object> p1 = row(FormCells.data(t), "2026年中央衔接资金", "东坑村百香果基地");
        assertThat(p1).containsEntry("paid_month", 100_000_00L).containsEntry("paid_total", 100_000_00L)
                .as("B's son still lived there at October's end").containsEntry("persons", 4L);
        Map<String, Object> total = FormCells.rows(t, Row.Kind.TOTAL).getFirst();
        assertThat(total).containsEntry("paid_month", 151_000_00L).containsEntry("paid_total", 151_000_00L)
                .containsEntry("allocated", 1_101_000_00L);

        ReportTable march = table(YearMonth.of(2026, 3));
        assertThat(FormCells.data(march)).as("planned, nothing allocated yet").allSatisfy(r -> assertThat(r)
                .containsEntry("allocated", 0L).containsEntry("progress", null));
        assertThat(FormCells.rows(march, Row.Kind.SUBTOTAL)).extracting(r -> r.get("received"))
                .containsExactly(1_000_000_00L, 0L);
    }

    @Test
    void theShippedTemplateFits() {
        ReportModel m = new FundsProgressForm(fx.months.context).build(ReportRequest.of(YearMonth.of(2026, 11), false))
                .getFirst();
        try (var t = cn.bangfu.ledger.logic.reports.excel.ReportTemplates.builtIn().open(m)) {
            assertThat(t.generated()).isFalse();
            assertThat(t.source()).endsWith("templates/funds-progress.xlsx");
        }
    }
}
