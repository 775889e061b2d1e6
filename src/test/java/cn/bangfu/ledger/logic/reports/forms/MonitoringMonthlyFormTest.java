package cn.bangfu.ledger.logic.reports.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 监测对象动态月报 over a ledger built through several months ({@link MonthsFixture}): each month's figures are the state at its end,
 * including an elimination later undone (风险消除回退) and a member who left.
 */
class MonitoringMonthlyFormTest {

    @TempDir
    Path dir;

    MonthsFixture fx;
    MonitoringMonthlyForm form;

    @BeforeEach
    void ledger() {
        fx = new MonthsFixture(dir);
        form = new MonitoringMonthlyForm(fx.context);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ReportModel month(int month) {
        List<ReportModel> models = form.build(ReportRequest.of(YearMonth.of(2026, month), false));
        assertThat(models).hasSize(1);
        return models.getFirst();
    }

    /** The 合计 row's value of a column of the first table. */
    private static long total(ReportModel m, String key) {
        ReportTable t = m.tables().getFirst();
        Row total = t.rows().getLast();
        assertThat(total.kind()).isEqualTo(Row.Kind.TOTAL);
        return (Long) total.cell(index(t, key));
    }

    private static int index(ReportTable t, String key) {
        List<Column> columns = t.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }

    private static long cell(ReportModel m, String category, String key) {
        ReportTable t = m.tables().getFirst();
        return t.rows().stream().filter(r -> r.kind() == Row.Kind.DATA && category.equals(r.cell(1)))
                .map(r -> (Long) r.cell(index(t, key))).findFirst().orElseThrow();
    }

    @Test
    void eachMonthShowsTheStateAtItsEnd() {
        ReportModel sep = month(9);
        assertThat(total(sep, "start_h")).isEqualTo(2); // A (May), C (August)
        assertThat(total(sep, "new_h")).isZero();
        assertThat(total(sep, "elim_help_h")).isEqualTo(1); // A
        assertThat(total(sep, "end_h")).isEqualTo(2);
        assertThat(total(sep, "open_h")).isEqualTo(1); // C

        ReportModel oct = month(10);
        assertThat(total(oct, "start_h")).isEqualTo(2);
        assertThat(total(oct, "new_h")).isEqualTo(1); // B
        assertThat(total(oct, "new_p")).isEqualTo(2);
        assertThat(total(oct, "elim_natural_h")).as("C's elimination stood at October's end").isEqualTo(1);
        assertThat(total(oct, "end_h")).isEqualTo(3);
        assertThat(total(oct, "end_p")).isEqualTo(4);
        assertThat(total(oct, "open_h")).as("only B").isEqualTo(1);
        assertThat(cell(oct, "突发严重困难户", "open_h")).isZero();

        ReportModel nov = month(11);
        assertThat(total(nov, "start_h")).isEqualTo(3);
        assertThat(total(nov, "elim_natural_h") + total(nov, "elim_help_h")).isZero();
        assertThat(total(nov, "end_h")).isEqualTo(3);
        assertThat(total(nov, "end_p")).as("B's son left on 10 November").isEqualTo(3);
        assertThat(total(nov, "open_h")).as("B, and C again after the rollback").isEqualTo(2);
        assertThat(cell(nov, "突发严重困难户", "open_h")).isEqualTo(1);

        ReportModel apr = month(4);
        assertThat(total(apr, "end_h")).as("a month before anything: a valid form with zeros").isZero();
    }

    @Test
    void subtotalsAndTotalAgreeWithTheDataRows() {
        ReportModel oct = month(10);
        ReportTable t = oct.tables().getFirst();
        List<Column> columns = t.columns();
        for (int i = 2; i < columns.size(); i++) {
            long data = 0;
            long subtotals = 0;
            for (Row r : t.rows()) {
                if (r.kind() == Row.Kind.DATA) {
                    data += (Long) r.cell(i);
                } else if (r.kind() == Row.Kind.SUBTOTAL) {
                    subtotals += (Long) r.cell(i);
                }
            }
            assertThat((Long) t.rows().getLast().cell(i)).as(columns.get(i).key()).isEqualTo(data).isEqualTo(subtotals);
        }
        assertThat(oct.title()).isEqualTo("示范镇2026年10月监测对象动态月报");
        assertThat(oct.signature().preparer()).isEqualTo("李会计");
        assertThat(t.headerDepth()).isEqualTo(3);
    }

    @Test
    void theBreakdownsCountTheHouseholdsStillAtRisk() {
        ReportModel nov = month(11);
        ReportTable risks = nov.tables().get(1);
        Row 因学 = risks.rows().stream().filter(r -> "因学".equals(r.cell(0))).findFirst().orElseThrow();
        assertThat(因学.cells()).containsExactly("因学", 1L, 1L, 1L);
        Row 因病 = risks.rows().stream().filter(r -> "因病".equals(r.cell(0))).findFirst().orElseThrow();
        assertThat(因病.cells()).as("B has 因病 second; A is eliminated").containsExactly("因病", 0L, 0L, 1L);
        assertThat(risks.rows().getLast().cells()).containsExactly("合计", 2L, 2L, null);
    }
}
