package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.ServiceFixture.id;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.FULL_ID;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.MOBILE;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.data;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.reports.CellKind;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.LazyRows;
import cn.bangfu.ledger.logic.reports.Masking;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 监测对象信息 (the national person export) over {@link MonthsFixture}, month by month. */
class NationalPersonFormTest {

    /** The columns of NATIONAL-EXPORT.md, in its order, with the second 风险是否已消除 (see the form's Javadoc). */
    static final List<String> NATIONAL_COLUMNS = List.of(
            // place and identity
            "县", "乡", "村", "户编号", "姓名", "证件类型", "证件号码", "性别", "出生日期", "民族", "与户主关系",
            "家庭成员联系电话", "户联系电话", "户类型", "监测对象类别", "是否出列", "整户无劳动能力兜底保障户",
            // person
            "文化程度", "在校生状况", "义务教育阶段未上学原因", "健康状况", "劳动技能", "是否参加城乡居民基本医疗保险",
            "是否参加城镇职工基本医疗保险", "是否参加大病保险", "是否参加城乡居民基本养老保险", "是否参加城镇职工基本养老保险",
            "是否接受医疗救助", "享受低保政策情况", "享受特困供养政策情况", "公益性岗位", "公益性岗位(月数)",
            // risk (the first 风险是否已消除 stands before 识别监测时间, as columns DE and DF of the real export)
            "致贫/返贫风险1", "致贫/返贫风险2", "致贫/返贫风险3", "致贫/返贫风险4", "致贫/返贫风险5", "风险是否已消除",
            "识别监测时间", "风险是否已消除", "风险消除方式", "消除监测时间", "监测联系人", "监测联系人电话",
            // 三保障 and water at identification
            "是否义务教育阶段适龄儿童少年失学辍学", "是否危房户", "是否有家庭成员未参加城乡居民（职工）基本医疗保险", "是否解决安全饮用水",
            // income at identification
            "工资性收入", "生产经营性收入", "财产性收入", "转移性收入", "生产经营性支出", "家庭纯收入", "人均纯收入（元）",
            "理赔收入", "合规自付支出",
            // after elimination (13)
            "风险消除后是否义务教育阶段适龄儿童少年失学辍学", "风险消除后是否住房损毁",
            "风险消除后是否有家庭成员未参加城乡居民（职工）基本医疗保险", "风险消除后是否饮水设施损毁", "风险消除后工资性收入",
            "风险消除后财产性收入", "风险消除后转移性收入", "风险消除后生产经营性收入", "风险消除后生产经营性支出",
            "风险消除后家庭纯收入", "风险消除后家庭人均纯收入", "风险消除后理赔收入", "风险消除后合规自付支出",
            // measures
            "产业帮扶", "就业帮扶", "公益性岗位帮扶", "公益性岗位帮扶其他备注", "健康帮扶", "教育帮扶", "义务教育保障",
            "住房安全保障", "饮水安全保障", "综合保障", "金融帮扶", "社会帮扶", "搬迁", "生产生活条件改善", "基础设施建设",
            "实施开发式帮扶措施情况");

    @TempDir
    Path dir;

    MonthsFixture fx;
    NationalPersonForm form;

    @BeforeEach
    void ledger() {
        fx = new MonthsFixture(dir);
        form = new NationalPersonForm(fx.context);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ReportModel build(YearMonth m) {
        List<ReportModel> models = form.build(ReportRequest.of(m, false));
        assertThat(models).hasSize(1);
        return models.getFirst();
    }

    private static ReportTable sheet(ReportModel m) {
        assertThat(m.tables()).singleElement();
        return m.tables().getFirst();
    }

    /** Rows by 姓名 (each name is one person in the fixture). */
    private static Map<String, Object> person(List<Map<String, Object>> rows, String name) {
        return rows.stream().filter(r -> name.equals(r.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
    }

    @Test
    void theColumnsAreTheNationalExportsNamesInItsOrderOnOneSheet() {
        ReportModel m = build(YearMonth.of(2026, 11));
        assertThat(m.formId()).isEqualTo("national-person");
        assertThat(m.title()).isEqualTo("监测对象信息");
        assertThat(m.notes()).containsExactly("导出时间：2026-11-23 01:00 导出单位：示范县示范镇");
        ReportTable t = sheet(m);
        assertThat(t.name()).isEqualTo("监测对象信息");
        assertThat(t.headerDepth()).isEqualTo(1);
        assertThat(t.columns()).extracting(Column::title).containsExactlyElementsOf(NATIONAL_COLUMNS);
        assertThat(t.columns()).filteredOn(c -> c.title().equals("风险是否已消除")).hasSize(2);
        assertThat(t.columns()).filteredOn(c -> c.title().startsWith("风险消除后")).hasSize(13);
        assertThat(t.columns()).extracting(Column::key).doesNotHaveDuplicates();
        assertThat(t.columns()).filteredOn(c -> List.of("性别", "出生日期", "识别监测时间", "消除监测时间", "户编号")
                .contains(c.title())).extracting(Column::kind).containsOnly(CellKind.CODE);
        assertThat(t.columns()).filteredOn(c -> c.title().endsWith("收入") || c.title().endsWith("支出")
                || c.title().startsWith("人均纯收入")).extracting(Column::kind).containsOnly(CellKind.YUAN);
        assertThat(t.rows()).isInstanceOf(LazyRows.class);
        assertThat(Masking.mask(m).tables().getFirst().rows()).as("masked lazily too").isInstanceOf(LazyRows.class);
    }

    @Test
    void everyMonitoredHouseholdsMembersAtTheMonthsEndInTheSystemsWords() {
        List<Map<String, Object>> oct = data(sheet(build(YearMonth.of(2026, 10))));
        assertThat(oct).extracting(r -> r.get("name")).containsExactly("张大山", "李小红", "李明", "王五");
        Map<String, Object> son = person(oct, "李明");
        assertThat(son).containsEntry("id_number", id("44152320100303001")).containsEntry("gender", "1")
                .containsEntry("birth_date", "20100303").containsEntry("household_no", "4415230101002")
                .containsEntry("county", "示范县").containsEntry("town", "示范镇").containsEntry("village", "东坑村")
                .containsEntry("category", "脱贫不稳定户").containsEntry("identified_month", "202610")
                .containsEntry("risk1", "因学").containsEntry("risk2", "因病").containsEntry("risk3", null)
                .containsEntry("contact_phone", "13512346810").containsEntry("household_phone", "13800000000");
        assertThat(person(oct, "李小红")).as("the household's fields repeat on each member row")
                .containsEntry("gender", "2").containsEntry("birth_date", "19800202")
                .containsEntry("identified_month", "202610").containsEntry("contact_phone", "13512346810");
        assertThat(person(oct, "王五")).as("eliminated in October, undone in November: eliminated in October")
                .containsEntry("risk_eliminated", true).containsEntry("risk_eliminated0", true)
                .containsEntry("elimination_method", "自然消除").containsEntry("eliminated_month", "202610");

        List<Map<String, Object>> nov = data(sheet(build(YearMonth.of(2026, 11))));
        assertThat(nov).extracting(r -> r.get("name")).as("李明 left on 10 November")
                .containsExactly("张大山", "李小红", "王五");
        Map<String, Object> a = person(nov, "张大山");
        assertThat(a).containsEntry("id_number", id("44152319700101001")).containsEntry("gender", "1")
                .containsEntry("identified_month", "202605").containsEntry("risk_eliminated", true)
                .containsEntry("risk_eliminated0", true).containsEntry("elimination_method", "帮扶消除")
                .containsEntry("eliminated_month", "202609").containsEntry("no_labour_safety_net", false)
                .containsEntry("school_dropout", false).containsEntry("unsafe_housing", false)
                .containsEntry("water_safe", true).containsEntry("after_housing_damaged", false)
                .containsEntry("after_water_damaged", false);
        assertThat((String) a.get("id_number")).hasSize(18);
        assertThat(a).as("money in fen shown as 元; zero amounts are 0, never empty")
                .containsEntry("wage_income", 500_000L).containsEntry("business_income", 0L)
                .containsEntry("property_income", 0L).containsEntry("business_expense", 0L)
                .containsEntry("net_income", 500_000L).containsEntry("net_income_per_person", 500_000L)
                .containsEntry("claims_income", 0L).containsEntry("self_paid", 0L)
                .containsEntry("after_wage_income", 1_200_000L).containsEntry("after_net_income_per_person", 1_200_000L)
                .containsEntry("after_self_paid", 0L).containsEntry("public_post_months", 0L);
        assertThat(a).as("eliminated in September: the measures that ran during the episode, not November's")
                .containsEntry("measure5", "慢病签约").containsEntry("measure1", null)
                .containsEntry("developmental", "尚未实施");

        Map<String, Object> c = person(nov, "王五");
        assertThat(c).as("the elimination was undone on 5 November").containsEntry("risk_eliminated", false)
                .containsEntry("risk_eliminated0", false).containsEntry("elimination_method", null)
                .containsEntry("eliminated_month", null).containsEntry("after_housing_damaged", null)
                .containsEntry("after_wage_income", 0L).containsEntry("after_net_income", 0L)
                .containsEntry("category", "突发严重困难户").containsEntry("risk1", "因灾");

        List<Map<String, Object>> sep = data(sheet(build(YearMonth.of(2026, 9))));
        assertThat(sep).extracting(r -> r.get("name")).as("B is identified in October")
                .containsExactly("张大山", "王五");
        List<Map<String, Object>> apr = data(sheet(build(YearMonth.of(2026, 4))));
        assertThat(apr).isEmpty();
    }

    @Test
    void theMeasuresInForceAtTheMonthsEndGoToTheirNationalColumnsJoinedByCommas() {
        long b = fx.b;
        add(b, "就业帮扶", "劳务输出", LocalDate.of(2026, 10, 20), null);
        add(b, "就业帮扶", "技能培训", LocalDate.of(2026, 11, 2), null);
        add(b, "就业帮扶", "外出务工补贴", LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 15));
        add(b, "公益性岗位", "护林员", LocalDate.of(2026, 11, 1), null);
        add(b, "教育帮扶", "雨露计划", LocalDate.of(2026, 10, 1), null);
        add(b, "教育帮扶", "义务教育保障", LocalDate.of(2026, 10, 1), null);
        add(b, "综合保障/兜底", "低保", LocalDate.of(2026, 10, 1), null);
        add(b, "易地搬迁", null, LocalDate.of(2026, 10, 1), null);
        add(b, "防贫保险", "防返贫保险", LocalDate.of(2026, 10, 1), null);
        add(b, "消费帮扶", "农产品代销", LocalDate.of(2026, 12, 1), null);

        Map<String, Object> nov = person(data(sheet(build(YearMonth.of(2026, 11)))), "李小红");
        assertThat(nov).containsEntry("measure2", "劳务输出,技能培训").containsEntry("measure3", "护林员")
                .containsEntry("measure4", null).containsEntry("measure6", "雨露计划")
                .containsEntry("measure7", "义务教育保障").containsEntry("measure10", "低保")
                .containsEntry("measure11", "防返贫保险").containsEntry("measure13", "搬迁")
                .containsEntry("measure1", null).containsEntry("developmental", "是");

        Map<String, Object> oct = person(data(sheet(build(YearMonth.of(2026, 10)))), "李小红");
        assertThat(oct).containsEntry("measure2", "劳务输出,外出务工补贴").containsEntry("measure3", null)
                .containsEntry("developmental", "是");
        assertThat(NationalPersonForm.FAMILY_COLUMNS.keySet()).as("every seeded family has a national column")
                .containsAll(fx.f.households.codes("measure_family").stream().map(e -> e.code()).toList());
    }

    private void add(long household, String family, String detail, LocalDate from, LocalDate to) {
        fx.f.monitoring.addMeasure(new Measure(null, household, null, family, detail, from, to, null, null, null, "王干部",
                null), "测试");
    }

    @Test
    void theMaskedExportHasNoFullIdNoMobileAndNoHealth() {
        ReportModel full = build(YearMonth.of(2026, 10));
        assertThat(texts(full)).anySatisfy(t -> assertThat(t).isEqualTo(id("44152320100303001")));
        ReportModel masked = Masking.mask(full);
        List<String> texts = texts(masked);
        assertThat(texts).isNotEmpty();
        for (String text : texts) {
            assertThat(FULL_ID.matcher(text).find()).as("an ID in “%s”", text).isFalse();
            assertThat(MOBILE.matcher(text).find()).as("a mobile in “%s”", text).isFalse();
        }
        assertThat(masked.tables().getFirst().columns()).extracting(Column::title).doesNotContain("健康状况")
                .contains("证件号码", "户联系电话");
        String son = id("44152320100303001");
        assertThat(person(data(masked.tables().getFirst()), "李明"))
                .containsEntry("id_number", son.substring(0, 6) + "********" + son.substring(14))
                .containsEntry("contact_phone", "135****6810").containsEntry("identified_month", "202610");
    }

    @Test
    void aVillageLimitsTheExportAndAnUnknownOneIsRefused() {
        assertThat(data(sheet(form.build(new ReportRequest(YearMonth.of(2026, 11), false, null, "东坑村"))
                .getFirst()))).hasSize(3);
        fx.f.households.addVillage("西岭村");
        assertThat(data(sheet(form.build(new ReportRequest(YearMonth.of(2026, 11), false, null, "西岭村"))
                .getFirst()))).isEmpty();
        assertThatThrownBy(() -> form.build(new ReportRequest(YearMonth.of(2026, 11), false, null, "北山村")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("北山村");
        assertThat(new ArrayList<>(NationalPersonForm.MEASURE_COLUMNS)).hasSize(15);
    }
}
