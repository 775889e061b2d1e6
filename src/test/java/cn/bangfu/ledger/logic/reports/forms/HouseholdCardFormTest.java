package cn.bangfu.ledger.logic.reports.forms;

import static cn.bangfu.ledger.logic.ServiceFixture.id;
import static cn.bangfu.ledger.logic.ServiceFixture.person;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.FULL_ID;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.MOBILE;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.data;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.rows;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.table;
import static cn.bangfu.ledger.logic.reports.forms.FormCells.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.reports.Column;
import cn.bangfu.ledger.logic.reports.Masking;
import cn.bangfu.ledger.logic.reports.ReportModel;
import cn.bangfu.ledger.logic.reports.ReportRequest;
import cn.bangfu.ledger.logic.reports.ReportTable;
import cn.bangfu.ledger.logic.reports.Row;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Member;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 一户一档 over {@link MonthsFixture}: one household, a village, the 公示 variant and the requests it refuses. */
class HouseholdCardFormTest {

    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    MonthsFixture fx;
    HouseholdCardForm form;

    @BeforeEach
    void ledger() {
        fx = new MonthsFixture(dir);
        form = new HouseholdCardForm(fx.context);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private ReportModel card(String householdNo) {
        List<ReportModel> models = form.build(new ReportRequest(NOV, false, householdNo, null));
        assertThat(models).hasSize(1);
        return models.getFirst();
    }

    @Test
    void aHouseholdsFileHasItsMembersInFullWithTheOneWhoLeftAndItsMonitoringStepByStep() {
        ReportModel m = card("4415230101002");
        assertThat(m.formId()).isEqualTo("household-card");
        assertThat(m.title()).isEqualTo("一户一档（李小红 4415230101002）");
        assertThat(m.period()).isEqualTo("2026年11月");
        assertThat(m.tables()).extracting(ReportTable::name)
                .containsExactly("基本信息", "家庭成员", "收入", "三保障和饮水", "监测记录", "帮扶措施", "资金到户", "变更记录");
        assertThat(m.notes()).anySatisfy(n -> assertThat(n).contains("现状").contains("2026-11-23"))
                .anySatisfy(n -> assertThat(n).contains("最近 200 条"));

        List<Map<String, Object>> basics = data(table(m, "基本信息"));
        assertThat(basics.getFirst()).containsEntry("item1", "户编号").containsEntry("value1", "4415230101002")
                .containsEntry("item2", "人数").containsEntry("value2", "1 人");
        assertThat(basics).anySatisfy(r -> assertThat(r).containsEntry("item2", "联系电话")
                .containsEntry("value2", "13800000000"));
        assertThat(basics).anySatisfy(r -> assertThat(r).containsEntry("item2", "监测状态")
                .containsEntry("value2", "监测中（脱贫不稳定户，2026年10月识别）"));

        List<Map<String, Object>> members = data(table(m, "家庭成员"));
        assertThat(members).extracting(r -> r.get("name")).containsExactly("李小红", "李明");
        assertThat(members.getFirst()).containsEntry("id_number", id("44152319800202002"))
                .containsEntry("gender", "女").containsEntry("relation", "户主")
                .containsEntry("birth_date", LocalDate.of(1980, 2, 2)).containsEntry("left_on", null);
        assertThat((String) members.getFirst().get("id_number")).hasSize(18);
        assertThat(members.get(1)).containsEntry("id_number", id("44152320100303001"))
                .containsEntry("left_on", LocalDate.of(2026, 11, 10)).containsEntry("left_reason", "迁出");

        List<Map<String, Object>> episodes = data(table(m, "监测记录"));
        assertThat(episodes).hasSize(1);
        assertThat(episodes.getFirst()).containsEntry("episode", "第1次").containsEntry("category", "脱贫不稳定户")
                .containsEntry("channel", "农户自主申报").containsEntry("identified", YearMonth.of(2026, 10))
                .containsEntry("risks", "因学、因病").containsEntry("eliminated", false)
                .containsEntry("contact_phone", "13512346810").containsEntry("income_identified", 500_000L)
                .containsEntry("step", "村内公示").containsEntry("step_on", LocalDate.of(2026, 10, 8))
                .containsEntry("step_end", LocalDate.of(2026, 10, 14));

        List<Map<String, Object>> history = data(table(m, "变更记录"));
        assertThat(history).isNotEmpty();
        assertThat(history).extracting(r -> r.get("what")).contains("新增农户", "新增成员 李明", "修改成员 李明");
        assertThat(history).extracting(r -> r.get("operator")).containsOnly("李会计");
    }

    @Test
    void theEpisodesComeNewestFirstWithTheirEliminationsStepsMeasuresAndTheirTotal() {
        ReportModel a = card("4415230101001");
        List<Map<String, Object>> episodes = data(table(a, "监测记录"));
        assertThat(episodes.getFirst()).containsEntry("eliminated", true).containsEntry("method", "帮扶消除")
                .containsEntry("eliminated_month", YearMonth.of(2026, 9)).containsEntry("income_eliminated", 1_200_000L);
        assertThat(episodes).extracting(r -> r.get("step")).contains("民主评议公示");
        assertThat(data(table(a, "基本信息"))).anySatisfy(r -> assertThat(r).containsEntry("value2",
                "风险已消除（边缘易致贫户，帮扶消除，2026年9月）"));

        ReportTable measures = table(a, "帮扶措施");
        assertThat(data(measures)).extracting(r -> r.get("family")).containsExactly("产业帮扶", "健康帮扶");
        assertThat(data(measures).getFirst()).containsEntry("detail", "种养奖补").containsEntry("amount", 200_000L)
                .containsEntry("start_on", LocalDate.of(2026, 11, 3)).containsEntry("member", "全户")
                .containsEntry("fund", "衔接资金").containsEntry("state", "进行中");
        assertThat(rows(measures, Row.Kind.TOTAL)).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("family", "合计（2项）").containsEntry("amount", 200_000L));

        ReportModel c = card("4415230101003");
        List<Map<String, Object>> steps = data(table(c, "监测记录"));
        assertThat(steps.getFirst()).as("the elimination was undone: the episode is open again")
                .containsEntry("eliminated", false).containsEntry("method", null);
        assertThat(steps).extracting(r -> r.get("step")).contains("风险消除回退", "民主评议公示");
        assertThat(steps).filteredOn(r -> "风险消除回退".equals(r.get("step"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("step_on", LocalDate.of(2026, 11, 5)));
        assertThat(steps.get(1).get("category")).as("the episode's cells on its first row only").isNull();
    }

    @Test
    void paymentsToTheHouseholdAreListedNewestFirstWithTheirTotalAndNeverAFullAccount() {
        var funds = new cn.bangfu.ledger.logic.funds.FundService(fx.f.ledger, fx.f.settings);
        var journal = new cn.bangfu.ledger.logic.funds.JournalService(fx.f.ledger, fx.f.settings,
                new cn.bangfu.ledger.logic.backup.BackupService(fx.f.ledger), ServiceFixture.CLOCK);
        long fund = funds.addFund(new cn.bangfu.ledger.model.Fund(null, "衔接推进乡村振兴补助资金", "衔接资金（中央）",
                "中央", 2026, "财农〔2026〕1号", null));
        long project = funds.addProject(new cn.bangfu.ledger.model.Project(null, "东坑村百香果种植基地", "产业发展",
                fx.f.village, null, cn.bangfu.ledger.model.Project.UNDER_WAY, null, null, null, null, null, null));
        journal.receive(fund, LocalDate.of(2026, 11, 2), 10_000_00L, null, "到位");
        journal.allocate(fund, project, LocalDate.of(2026, 11, 3), 3_000_00L, "分配");
        long head = fx.f.households.card(fx.a).head().orElseThrow().id();
        fx.f.monitoring.addMeasure(new cn.bangfu.ledger.model.Measure(null, fx.a, null, "产业帮扶", "百香果奖补",
                LocalDate.of(2026, 11, 5), null, 1_500_00L, null, fund, "王干部", null), null);
        journal.payHouseholds(fund, null, LocalDate.of(2026, 11, 20), "记-11-3", "产业奖补发放到户",
                List.of(new cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine(fx.a, head, "6217000012345678",
                        2_000_00L)));
        journal.payHouseholds(fund, project, LocalDate.of(2026, 11, 21), "记-11-4", "务工补贴",
                List.of(new cn.bangfu.ledger.logic.funds.JournalService.HouseholdLine(fx.a, null, null, 500_00L)));

        ReportModel full = card("4415230101001");
        assertThat(full.tables()).extracting(ReportTable::name).containsSubsequence("帮扶措施", "资金到户", "变更记录");
        ReportTable payments = table(full, "资金到户");
        assertThat(data(payments)).hasSize(2);
        assertThat(data(payments).getFirst()).containsEntry("entry_on", LocalDate.of(2026, 11, 21))
                .containsEntry("kind", "发放到户").containsEntry("voucher_no", "记-11-4")
                .containsEntry("fund", "2026 · 衔接推进乡村振兴补助资金").containsEntry("project", "东坑村百香果种植基地")
                .containsEntry("member", "全户").containsEntry("amount", 500_00L).containsEntry("account", null);
        assertThat(data(payments).get(1)).containsEntry("entry_on", LocalDate.of(2026, 11, 20))
                .containsEntry("member", "张大山").containsEntry("amount", 2_000_00L).containsEntry("project", null)
                .containsEntry("account", "****5678");
        assertThat(rows(payments, Row.Kind.TOTAL)).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("entry_on", "合计（2笔）").containsEntry("amount", 2_500_00L));
        assertThat(data(table(full, "帮扶措施"))).anySatisfy(r -> assertThat(r).containsEntry("detail", "百香果奖补")
                .containsEntry("fund", "2026 · 衔接推进乡村振兴补助资金"));
        assertThat(data(table(full, "帮扶措施"))).anySatisfy(r -> assertThat(r).containsEntry("detail", "种养奖补")
                .containsEntry("fund", "衔接资金")); // typed before funds were kept: still readable
        assertThat(texts(full)).noneSatisfy(t -> assertThat(t).contains("6217000012345678"));

        ReportModel masked = Masking.mask(full);
        assertThat(table(masked, "资金到户").columns()).extracting(Column::key).doesNotContain("account")
                .contains("entry_on", "kind", "fund", "amount");
        assertThat(texts(masked)).noneSatisfy(t -> assertThat(t).contains("5678"));
        assertThat(data(table(masked, "资金到户"))).extracting(r -> r.get("amount")).containsExactly(500_00L, 2_000_00L);

        assertThat(data(table(card("4415230101002"), "资金到户"))).as("another household was paid nothing").isEmpty();
    }

    @Test
    void incomesAreInYuanPerPersonByTheCurrentPersons() {
        fx.f.households.putIncome(new IncomeYear(fx.b, 2025, 2_000_000L, 300_000L, 0, 100_000L, 50_000L, 0, 20_000L));
        ReportModel b = card("4415230101002");
        assertThat(data(table(b, "收入"))).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("year", "2025年").containsEntry("wage", 2_000_000L).containsEntry("property", 0L)
                .containsEntry("net", 2_350_000L).containsEntry("per_person", 2_350_000L)
                .containsEntry("self_paid", 20_000L));
    }

    @Test
    void aVillageGivesOneFilePerHouseholdInHouseholdNumberOrder() {
        long later = fx.f.household("4415230101000", "赵一", "44152319900909009");
        long other = fx.f.households.addVillage("西岭村");
        fx.f.households.createHousehold(new Household(null, "4415230201001", other, null, "一般农户", false, null, null,
                null), person("钱二", id("44152319910101001"), "户主", null, null), null);
        assertThat(later).isPositive();

        List<ReportModel> east = form.build(new ReportRequest(NOV, false, null, "东坑村"));
        assertThat(east).extracting(ReportModel::title).containsExactly("一户一档（赵一 4415230101000）",
                "一户一档（张大山 4415230101001）", "一户一档（李小红 4415230101002）", "一户一档（王五 4415230101003）");
        List<ReportModel> west = form.build(new ReportRequest(NOV, false, null, "西岭村"));
        assertThat(west).extracting(ReportModel::title).containsExactly("一户一档（钱二 4415230201001）");
        assertThat(data(table(west.getFirst(), "基本信息"))).anySatisfy(r -> assertThat(r)
                .containsEntry("item1", "村 / 组").containsEntry("value1", "西岭村"));
    }

    @Test
    void anUnknownHouseholdOrVillageOrNeitherIsRefusedInChinese() {
        assertThatThrownBy(() -> form.build(new ReportRequest(NOV, false, "4415239999999", null)))
                .isInstanceOf(LedgerException.class).hasMessageContaining("4415239999999")
                .hasMessageContaining("户编号");
        assertThatThrownBy(() -> form.build(new ReportRequest(NOV, false, null, "北山村")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("北山村").hasMessageContaining("东坑村");
        assertThatThrownBy(() -> form.build(new ReportRequest(NOV, false, null, null)))
                .isInstanceOf(LedgerException.class).hasMessageContaining("--household")
                .hasMessageContaining("--village");
        assertThatThrownBy(() -> form.build(new ReportRequest(NOV, false, "4415230101001", "西岭村")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("东坑村");
        fx.f.households.addVillage("空村");
        assertThatThrownBy(() -> form.build(new ReportRequest(NOV, false, null, "空村")))
                .isInstanceOf(LedgerException.class).hasMessageContaining("空村");
    }

    @Test
    void theMaskedFileShowsNoIdNoMobileNoLandlineAndNoHealthNotEvenInTheHistory() {
        long h = fx.f.households.createHousehold(new Household(null, "4415230101009", fx.f.village, null, "一般农户",
                false, "0762-8881234", "东坑村9号", null), person("孙九", id("44152319750505005"), "户主", null, null),
                null);
        Member sun = fx.f.households.card(h).members().getFirst();
        fx.f.households.updateMember(new Member(sun.id(), h, sun.name(), sun.idType(), sun.idNumber(),
                sun.idNumberRaw(), sun.idFlag(), sun.gender(), sun.birthDate(), sun.ethnicity(), sun.relation(),
                sun.education(), sun.schoolStatus(), "患有大病", sun.labourSkill(), sun.workStatus(), sun.workMonths(),
                sun.medicalInsurance(), sun.seriousIllnessInsurance(), sun.pensionInsurance(), sun.dibao(), sun.tekun(),
                sun.publicPost(), sun.publicPostMonths(), "13912345678", sun.personNo(), null, null), "复核");

        ReportModel full = card("4415230101009");
        assertThat(data(table(full, "变更记录"))).anySatisfy(r -> assertThat(r)
                .containsEntry("what", "修改成员 孙九").containsEntry("changes", "")
                .containsEntry("private_changes", "健康状况：健康 → 患有大病；联系电话：（空） → 13912345678"));
        assertThat(data(table(full, "变更记录"))).anySatisfy(r -> assertThat(r).containsEntry("what", "新增农户")
                .satisfies(x -> assertThat((String) x.get("private_changes")).contains("联系电话：0762-8881234"))
                .satisfies(x -> assertThat((String) x.get("changes")).contains("户编号：4415230101009")
                        .doesNotContain("联系电话")));
        assertThat(texts(full)).anySatisfy(t -> assertThat(t).contains(id("44152319750505005")));

        for (String no : List.of("4415230101009", "4415230101002", "4415230101001")) {
            ReportModel masked = Masking.mask(card(no));
            assertThat(masked.masked()).isTrue();
            assertThat(masked.title()).endsWith("（公示）");
            for (String text : texts(masked)) {
                assertThat(FULL_ID.matcher(text).find()).as("an ID in “%s”", text).isFalse();
                assertThat(MOBILE.matcher(text).find()).as("a mobile in “%s”", text).isFalse();
                assertThat(text).doesNotContain("8881234").doesNotContain("患有大病");
            }
            assertThat(table(masked, "家庭成员").columns()).extracting(Column::key).doesNotContain("health")
                    .contains("id_number", "phone");
            assertThat(table(masked, "变更记录").columns()).extracting(Column::key).doesNotContain("private_changes");
            assertThat(data(table(masked, "基本信息")).getFirst()).as("the rest of 基本信息 is left as it is")
                    .containsEntry("value1", no).containsEntry("value2", data(table(card(no), "基本信息"))
                            .getFirst().get("value2"));
        }
        ReportModel sunMasked = Masking.mask(card("4415230101009"));
        String sunId = id("44152319750505005");
        assertThat(data(table(sunMasked, "家庭成员")).getFirst())
                .containsEntry("id_number", sunId.substring(0, 6) + "********" + sunId.substring(14))
                .containsEntry("phone", "139****5678");
        assertThat(data(table(sunMasked, "基本信息"))).anySatisfy(r -> assertThat(r).containsEntry("item2", "联系电话")
                .containsEntry("value2", "*******1234"));
        assertThat(data(table(sunMasked, "基本信息"))).anySatisfy(r -> assertThat(r).containsEntry("item2", "监测状态")
                .containsEntry("value2", "未纳入监测"));
    }
}
