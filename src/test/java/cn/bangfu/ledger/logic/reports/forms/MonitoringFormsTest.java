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
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 帮扶措施落实台账, 风险消除审核表 and 公示名单 over {@link MonthsFixture}, month by month. */
class MonitoringFormsTest {

    @TempDir
    Path dir;

    MonthsFixture fx;

    @BeforeEach
    void ledger() {
        fx = new MonthsFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static ReportModel only(List<ReportModel> models) {
        assertThat(models).hasSize(1);
        return models.getFirst();
    }

    /** The data rows of the first table as maps from column key to value. */
    private static List<Map<String, Object>> data(ReportModel m) {
        ReportTable t = m.tables().getFirst();
        List<Column> columns = t.columns();
        return t.rows().stream().filter(r -> r.kind() == Row.Kind.DATA)
                .map(r -> IntStream.range(0, columns.size()).boxed().filter(i -> r.cell(i) != null)
                        .collect(Collectors.toMap(i -> columns.get(i).key(), r::cell)))
                .toList();
    }

    @Test
    void theMeasuresLedgerListsTheHouseholdsAtRiskAndFlagsTheOnesWithoutADevelopmentMeasure() {
        MeasuresForm form = new MeasuresForm(fx.context);
        List<Map<String, Object>> oct = data(only(form.build(ReportRequest.of(YearMonth.of(2026, 10), false))));
        assertThat(oct).extracting(r -> r.get("head")).containsExactly("李小红", "王五");
        Map<String, Object> b = oct.getFirst();
        assertThat(b).containsEntry("risk1", "因学").containsEntry("risk2", "因病").containsEntry("months", 0L)
                .containsEntry("no_development", false).containsEntry("persons", 2L);
        assertThat(oct.get(1)).as("C, eliminated in October, is still listed that month")
                .containsEntry("no_development", false);

        List<Map<String, Object>> nov = data(only(form.build(ReportRequest.of(YearMonth.of(2026, 11), false))));
        assertThat(nov).extracting(r -> r.get("head")).containsExactly("李小红", "王五");
        assertThat(nov.getFirst()).as("B identified a month ago, no 产业/就业 measure")
                .containsEntry("no_development", true).containsEntry("months", 1L).containsEntry("persons", 1L);

        List<Map<String, Object>> sep = data(only(form.build(ReportRequest.of(YearMonth.of(2026, 9), false))));
        assertThat(sep).extracting(r -> r.get("head")).containsExactly("张大山", "王五");
        assertThat(sep.getFirst()).as("the measure in force in September")
                .containsEntry("family5", "慢病签约").doesNotContainKey("family1");
    }

    @Test
    void theEliminationReviewShowsTheMonthsEliminationsAndTheOnesUnderWay() {
        EliminationReviewForm form = new EliminationReviewForm(fx.context, fx.f.monitoring);
        List<Map<String, Object>> sep = data(only(form.build(ReportRequest.of(YearMonth.of(2026, 9), false))));
        assertThat(sep).hasSize(1);
        assertThat(sep.getFirst()).containsEntry("head", "张大山").containsEntry("method", "帮扶消除")
                .containsEntry("proposed", YearMonth.of(2026, 9)).containsEntry("income_before", 5_000_00L)
                .containsEntry("income_after", 12_000_00L).containsEntry("threshold", 8_000_00L)
                .containsEntry("water", true).containsEntry("rule_income_above_threshold", true)
                .containsEntry("rule_min_months", false)
                .containsEntry("review_on", java.time.LocalDate.of(2026, 9, 9))
                .containsEntry("publicity_end", java.time.LocalDate.of(2026, 9, 15));

        List<Map<String, Object>> oct = data(only(form.build(ReportRequest.of(YearMonth.of(2026, 10), false))));
        assertThat(oct).extracting(r -> r.get("head")).containsExactly("王五");
        assertThat(oct.getFirst()).containsEntry("method", "自然消除");

        List<Map<String, Object>> nov = data(only(form.build(ReportRequest.of(YearMonth.of(2026, 11), false))));
        assertThat(nov).as("C again, under review after the rollback").extracting(r -> r.get("head"))
                .containsExactly("王五");
        assertThat(nov.getFirst()).containsEntry("method", "（审核中）")
                .containsEntry("review_on", java.time.LocalDate.of(2026, 11, 20));
    }

    @Test
    void thePublicityListHasOneDocumentPerVillageWithItsMonthsPublicity() {
        PublicityListForm form = new PublicityListForm(fx.context);
        assertThat(form.alwaysMasked()).isTrue();
        ReportModel oct = only(form.build(ReportRequest.of(YearMonth.of(2026, 10), false)));
        assertThat(oct.title()).isEqualTo("东坑村防止返贫监测对象公示名单（2026年10月）");
        assertThat(data(oct)).singleElement().satisfies(r -> assertThat(r).containsEntry("head", "李小红")
                .containsEntry("matter", "拟纳入监测对象").containsEntry("detail", "因学、因病")
                .containsEntry("period", "2026-10-08 至 2026-10-14"));
        assertThat(oct.signature().unit()).isEqualTo("东坑村村民委员会");

        ReportModel nov = only(form.build(ReportRequest.of(YearMonth.of(2026, 11), false)));
        assertThat(data(nov)).extracting(r -> r.get("matter")).containsExactly("拟消除风险");

        assertThat(oct.notes().getLast()).doesNotContain("电话");
        fx.f.settings.save(new cn.bangfu.ledger.model.OfficeSettings("示范县", "示范镇", "李会计", "王主任", "陈镇长",
                "0753-1234567"));
        ReportModel again = only(form.build(ReportRequest.of(YearMonth.of(2026, 10), false)));
        assertThat(again.notes().getLast()).contains("乡村振兴办，电话 0753-1234567");
        assertThat(again.signature().reviewer()).isEqualTo("王主任");
        assertThat(again.signature().head()).isEqualTo("陈镇长");

        ReportModel jul = only(form.build(ReportRequest.of(YearMonth.of(2026, 7), false)));
        assertThat(data(jul)).isEmpty();
        assertThat(jul.notes().getFirst()).isEqualTo("本月没有需要公示的农户。");
    }
}
