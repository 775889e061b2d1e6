package cn.bangfu.ledger.logic.monitoring;

import static cn.bangfu.ledger.logic.ServiceFixture.TODAY;
import static cn.bangfu.ledger.logic.ServiceFixture.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.bangfu.ledger.logic.ServiceFixture;
import cn.bangfu.ledger.logic.check.LedgerCheck;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.GuaranteeCheck;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.LedgerException;
import cn.bangfu.ledger.model.Measure;
import cn.bangfu.ledger.model.Threshold;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringServiceTest {

    static final YearMonth NOW = YearMonth.from(TODAY);

    @TempDir
    Path dir;

    ServiceFixture f;
    MonitoringService s;
    long hh;

    @BeforeEach
    void open() {
        f = new ServiceFixture(dir);
        s = f.monitoring;
        hh = f.household("0001", "张三丰", "44152319700101001");
        f.rates.putThreshold(new Threshold(2026, "全县", 8_000_00, "示县〔2026〕1号"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    NewEpisode episode(YearMonth identified, List<String> risks) {
        return new NewEpisode(hh, "边缘易致贫户", "干部排查", identified, risks, "王干部", "13900000000", snapshot(1, 5_000));
    }

    Measure measure(String family, LocalDate start) {
        return new Measure(null, hh, null, family, "种养奖补", start, null, 200_000L, "衔接资金", null, "王干部", null);
    }

    Episode only() {
        return f.ledger.read(v -> v.episodes().ofHousehold(hh)).getLast();
    }

    @Test
    void opensAnEpisodeWithRisksAndSnapshotAndRefusesASecondOpenOne() {
        long id = s.openEpisode(episode(NOW.minusMonths(7), List.of("因病", "因学")), null);
        assertThat(f.ledger.<List<String>>read(v -> v.episodes().risks(id))).containsExactly("因病", "因学");
        assertThat(f.ledger.<List<cn.bangfu.ledger.model.EpisodeSnapshot>>read(v -> v.episodes().snapshots(id))).singleElement()
                .satisfies(sn -> assertThat(sn.netIncomePerPerson()).isEqualTo(5_000_00));
        assertThat(s.checkNewEpisode(episode(NOW, List.of("因病")))).extracting(Finding::code).contains("EPISODE_OPEN");
        assertThatThrownBy(() -> s.openEpisode(episode(NOW, List.of("因病")), "x")).isInstanceOf(LedgerException.class);
    }

    @Test
    void anEpisodeNeedsOneToFiveKnownDistinctRisksAndAMonthNotInTheFuture() {
        assertThat(s.checkNewEpisode(episode(NOW, List.of()))).extracting(Finding::code).contains("RISK_COUNT");
        assertThat(s.checkNewEpisode(episode(NOW, List.of("因病", "因残", "因学", "因灾", "其他", "缺劳动力"))))
                .extracting(Finding::code).contains("RISK_COUNT");
        assertThat(s.checkNewEpisode(episode(NOW, List.of("因病", "因病")))).extracting(Finding::code)
                .contains("RISK_DUPLICATE");
        assertThat(s.checkNewEpisode(episode(NOW, List.of("因懒")))).extracting(Finding::code).contains("RISK_UNKNOWN");
        assertThat(s.checkNewEpisode(episode(NOW.plusMonths(1), List.of("因病")))).extracting(Finding::code)
                .contains("MONTH");
        assertThat(s.checkNewEpisode(episode(NOW.minusMonths(14), List.of("因病")))).extracting(Finding::code)
                .containsExactly("MONTH_OLD");
        assertThatThrownBy(() -> s.openEpisode(episode(NOW.minusMonths(14), List.of("因病")), null))
                .hasMessageContaining("需要填写原因");
        long id = s.openEpisode(episode(NOW.minusMonths(14), List.of("因病")), "补录2025年的识别");
        assertThat(f.ledger.<List<cn.bangfu.ledger.model.AuditEntry>>read(v -> v.audit().ofEntity("episode", String.valueOf(id)))).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("补录2025年的识别"));
    }

    @Test
    void stepsAreRecordedAndTheirWarningsNeedAReason() {
        long id = s.openEpisode(episode(NOW.minusMonths(1), List.of("因病")), null);
        s.recordStep(id, "apply", TODAY.minusDays(30), null, null, null);
        assertThatThrownBy(() -> s.recordStep(id, "home_check", TODAY.plusDays(1), null, null, "x"))
                .hasMessageContaining("不能保存");
        assertThatThrownBy(() -> s.recordStep(id, "publicity", TODAY.minusDays(10), TODAY.minusDays(12), null, null))
                .hasMessageContaining("不能早于开始日期");
        assertThatThrownBy(() -> s.recordStep(id, "publicity", TODAY.minusDays(10), TODAY.minusDays(8), null, null))
                .hasMessageContaining("需要填写原因"); // 3 days is too short
        s.recordStep(id, "publicity", TODAY.minusDays(10), TODAY.minusDays(8), null, "县里要求缩短");
        assertThatThrownBy(() -> s.recordStep(id, "rollback", TODAY, null, null, null)).hasMessageContaining("步骤");
        assertThatThrownBy(() -> s.recordStep(id, "elim_mark", TODAY, null, null, null))
                .hasMessageContaining("只能通过“风险消除”完成");
        var detail = s.episodeDetail(id);
        assertThat(detail.household().householdNo()).isEqualTo("0001");
        assertThat(detail.risks()).containsExactly("因病");
        assertThat(detail.steps()).hasSize(2);
        HouseholdCard card = f.households.card(hh);
        assertThat(card.openEpisode().orElseThrow().steps()).extracting(EpisodeStep::kind)
                .containsExactly("apply", "publicity");
        assertThat(card.openEpisode().orElseThrow().status().nextStepCode()).isEqualTo("home_check");
    }

    @Test
    void eliminationIsRefusedWhenAFirmRuleFailsAndListsEveryUnmetRule() {
        long id = s.openEpisode(episode(NOW, List.of("因病")), null);
        var review = s.reviewElimination(id, NOW, Episode.ASSISTED, snapshot(1, 5_000));
        assertThat(review.checks()).hasSize(7);
        assertThat(review.checks()).filteredOn(c -> !c.passed()).extracting(EliminationRules.RuleCheck::code)
                .contains(EliminationRules.MIN_MONTHS, EliminationRules.MEASURE_FOR_ASSISTED,
                        EliminationRules.INCOME_ABOVE_THRESHOLD);
        assertThat(review.allowed(true)).isFalse();
        assertThatThrownBy(() -> s.eliminate(id, NOW, Episode.ASSISTED, snapshot(1, 5_000), TODAY, "理由"))
                .hasMessageContaining("不能消除风险").hasMessageContaining("帮扶");
        assertThat(only().eliminated()).isFalse();
    }

    @Test
    void eliminationPassesWhenEveryRuleHoldsAndRecordsMonthMethodSnapshotAndMark() {
        long id = s.openEpisode(episode(NOW.minusMonths(7), List.of("因病")), null);
        s.addMeasure(measure("健康帮扶", NOW.minusMonths(6).atDay(3)), null);
        var review = s.reviewElimination(id, NOW, Episode.ASSISTED, snapshot(2, 9_000));
        assertThat(review.checks()).allMatch(EliminationRules.RuleCheck::passed);
        assertThat(review.threshold().amount()).isEqualTo(8_000_00);
        assertThatThrownBy(() -> s.eliminate(id, NOW, Episode.ASSISTED, snapshot(2, 9_000), TODAY.plusDays(1), null))
                .hasMessageContaining("不能晚于今天");
        s.eliminate(id, NOW, Episode.ASSISTED, snapshot(2, 9_000), TODAY, null);
        Episode e = only();
        assertThatThrownBy(() -> s.recordStep(id, "elim_review", TODAY, TODAY, null, "x"))
                .hasMessageContaining("已于");
        assertThat(e.eliminated()).isTrue();
        assertThat(e.eliminatedMonth()).isEqualTo(NOW);
        assertThat(e.eliminationMethod()).isEqualTo(Episode.ASSISTED);
        assertThat(e.overrideReason()).isNull();
        assertThat(f.households.card(hh).episodes().getLast().steps()).extracting(EpisodeStep::kind)
                .contains("elim_mark");
        assertThat(new LedgerCheck(f.ledger).run()).isEmpty();
        assertThatThrownBy(() -> s.eliminate(id, NOW, Episode.ASSISTED, snapshot(2, 9_000), TODAY, null))
                .hasMessageContaining("已于");
    }

    @Test
    void aWarnedRuleMayBeOverriddenWithAReasonThatIsKept() {
        long id = s.openEpisode(episode(NOW.minusMonths(4), List.of("因病")), null); // 4 months: warned, not firm
        s.addMeasure(measure("健康帮扶", NOW.minusMonths(4).atDay(3)), null);
        assertThatThrownBy(() -> s.eliminate(id, NOW, Episode.ASSISTED, snapshot(2, 9_000), TODAY, " "))
                .hasMessageContaining("可填写原因后继续");
        s.eliminate(id, NOW, Episode.ASSISTED, snapshot(2, 9_000), TODAY, "收入稳定，经县级同意提前消除");
        assertThat(only().overrideReason()).isEqualTo("收入稳定，经县级同意提前消除");
        assertThat(new LedgerCheck(f.ledger).run()).isEmpty();
    }

    @Test
    void aHouseholdWithNoLabourCapacityStaysMonitored() {
        Household h = f.households.card(hh).household();
        f.households.updateHousehold(new Household(h.id(), h.householdNo(), h.villageId(), h.groupId(),
                h.householdType(), true, h.phone(), h.address(), h.note()), null);
        long id = s.openEpisode(episode(NOW.minusMonths(8), List.of("缺劳动力")), null);
        s.addMeasure(measure("综合保障/兜底", NOW.minusMonths(8).atDay(3)), null);
        assertThatThrownBy(() -> s.eliminate(id, NOW, Episode.NATURAL, snapshot(1, 12_000), TODAY, "理由"))
                .hasMessageContaining("整户无劳动能力");
    }

    @Test
    void rollbackReopensAndReMarkingOpensAFollowingEpisode() {
        long id = s.openEpisode(episode(NOW.minusMonths(8), List.of("因病")), null);
        s.addMeasure(measure("健康帮扶", NOW.minusMonths(8).atDay(3)), null);
        assertThatThrownBy(() -> s.rollback(id, TODAY, "x")).hasMessageContaining("尚未消除");
        s.eliminate(id, NOW.minusMonths(1), Episode.ASSISTED, snapshot(1, 9_000), TODAY.minusDays(20), null);
        assertThatThrownBy(() -> s.rollback(id, TODAY, " ")).hasMessageContaining("原因");
        s.rollback(id, TODAY, "收入不稳定，县里要求回退");
        assertThat(only().eliminated()).isFalse();
        assertThat(only().eliminatedMonth()).isNull();
        assertThat(f.households.card(hh).openEpisode().orElseThrow().steps()).extracting(EpisodeStep::kind)
                .endsWith("rollback");
        // re-mark needs an eliminated household
        assertThat(f.ledger.<List<cn.bangfu.ledger.model.OpenCase>>read(v -> v.monitoring().openCases())).hasSize(1);
        assertThat(s.checkRemark(new NewEpisode(hh, "突发严重困难户", "农户自主申报", NOW, List.of("因意外事故"), null, null,
                snapshot(1, 3_000)))).extracting(Finding::code).contains("REMARK_NEEDS_ELIMINATED", "EPISODE_OPEN");
        s.eliminate(id, NOW, Episode.ASSISTED, snapshot(1, 9_500), TODAY, null);
        long again = s.remark(new NewEpisode(hh, "突发严重困难户", "农户自主申报", NOW, List.of("因意外事故"), null, null,
                snapshot(1, 3_000)), null);
        Episode e = only();
        assertThat(e.id()).isEqualTo(again);
        assertThat(e.previousEpisodeId()).isEqualTo(id);
        assertThatThrownBy(() -> s.rollback(id, TODAY, "再回退")).hasMessageContaining("风险再标注");
    }

    @Test
    void measuresAreCheckedAddedAndEnded() {
        long other = f.household("0002", "李四", "44152319710101011");
        long stranger = f.households.card(other).head().orElseThrow().id();
        Measure wrongMember = new Measure(null, hh, stranger, "教育帮扶", null, TODAY, null, null, null, null, null, null);
        assertThat(s.checkMeasure(wrongMember)).extracting(Finding::code).contains("MEMBER_OTHER_HOUSEHOLD");
        Measure backwards = new Measure(null, hh, null, "教育帮扶", null, TODAY, TODAY.minusDays(1), null, null, null, null,
                null);
        assertThat(s.checkMeasure(backwards)).extracting(Finding::code).contains("END_BEFORE_START");
        Measure loan = new Measure(null, hh, null, "金融帮扶", "小额信贷", TODAY, null, 60_000_00L, null, null, null, null);
        assertThatThrownBy(() -> s.addMeasure(loan, null)).hasMessageContaining("5 万元");
        long id = s.addMeasure(measure("产业帮扶", TODAY.minusMonths(2)), null);
        assertThat(s.measure(id).family()).isEqualTo("产业帮扶");
        assertThatThrownBy(() -> s.endMeasure(id, TODAY.minusMonths(3))).hasMessageContaining("不能早于开始日期");
        s.endMeasure(id, TODAY);
        assertThat(f.households.card(hh).measures()).singleElement()
                .satisfies(m -> assertThat(m.endOn()).isEqualTo(TODAY));
    }

    @Test
    void aMeasureWithAnAmountNamesAnExistingFundAndKeepsIt() {
        long fund = new cn.bangfu.ledger.logic.funds.FundService(f.ledger, f.settings).addFund(new cn.bangfu.ledger.model
                .Fund(null, "衔接推进乡村振兴补助资金", "衔接资金（中央）", "中央", 2026, "示财〔2026〕2号", null));
        assertThat(s.funds()).extracting(cn.bangfu.ledger.model.Fund::id).containsExactly(fund);
        Measure paid = new Measure(null, hh, null, "产业帮扶", "种养奖补", TODAY, null, 2_000_00L, null, fund, "王干部",
                null);
        assertThat(s.checkMeasure(paid)).extracting(Finding::code).doesNotContain("FUND_MISSING");
        long id = s.addMeasure(paid, null);
        assertThat(s.measure(id).fundId()).isEqualTo(fund);
        assertThat(s.measure(id).fundText()).isNull();
        s.endMeasure(id, TODAY.plusMonths(1));
        assertThat(s.measure(id).fundId()).as("ending a measure keeps its fund").isEqualTo(fund);

        Measure dangling = new Measure(null, hh, null, "产业帮扶", "种养奖补", TODAY, null, 2_000_00L, null, fund + 99,
                null, null);
        assertThat(s.checkMeasure(dangling)).extracting(Finding::code).contains("FUND_MISSING");
        assertThatThrownBy(() -> s.addMeasure(dangling, "仍然保存")).isInstanceOf(LedgerException.class)
                .hasMessageContaining("支付资金").hasMessageContaining("不存在");
        // an old row's typed fund stays readable
        long old = s.addMeasure(measure("产业帮扶", TODAY.minusMonths(1)), null);
        assertThat(s.measure(old).fundText()).isEqualTo("衔接资金");
        assertThat(s.measure(old).fundId()).isNull();
    }

    @Test
    void theDashboardAndTheWorkQueueShowWhatIsDue() {
        s.openEpisode(episode(NOW.minusMonths(3), List.of("因病", "因学")), null);
        var dashboard = s.dashboard();
        assertThat(dashboard.byVillageAndCategory()).singleElement()
                .satisfies(c -> assertThat(c.households()).isEqualTo(1));
        assertThat(dashboard.byRisk()).containsEntry("因病", 1L).containsEntry("因学", 1L);
        assertThat(dashboard.villages()).singleElement().satisfies(v -> assertThat(v.open()).isEqualTo(1));
        var queue = s.workQueue();
        assertThat(queue).singleElement().satisfies(c -> {
            assertThat(c.openCase().head()).isEqualTo("张三丰");
            assertThat(c.attention()).extracting(Finding::code).contains("NO_DEVELOPMENT_MEASURE");
            assertThat(c.workflow().nextStepCode()).isEqualTo("apply");
        });
        // the same checks show on the household's card
        assertThat(f.households.card(hh).attention()).extracting(Finding::code).contains("NO_DEVELOPMENT_MEASURE");
    }

    @Test
    void openCaseGivesTheWorkQueuesEntryForThatEpisodeAlone() {
        // a case with steps and a measure, one with income, a check and a second member, one with nothing yet
        long first = s.openEpisode(episode(NOW.minusMonths(7), List.of("因病", "因学")), null);
        s.recordStep(first, "apply", TODAY.minusDays(40), null, null, null);
        s.addMeasure(measure("健康帮扶", NOW.minusMonths(6).atDay(3)), null);
        long b = f.household("0002", "李四", "44152319710101011");
        f.households.addMember(ServiceFixture.person("李小四", ServiceFixture.id("44152320100101013"), "之子", null,
                null).inHousehold(b), null);
        f.households.putIncome(new IncomeYear(b, 2025, 3_000_00, 0, 0, 500_00, 0, 0, 0));
        f.households.addGuaranteeCheck(new GuaranteeCheck(null, b, TODAY.minusDays(5), true, true, "B", false, true,
                null));
        long second = s.openEpisode(new NewEpisode(b, "突发严重困难户", "农户自主申报", NOW.minusMonths(1),
                List.of("因意外事故"), null, null, snapshot(2, 3_000)), null);
        long c = f.household("0003", "王五", "44152319720101021");
        long third = s.openEpisode(new NewEpisode(c, "边缘易致贫户", "部门筛查预警", NOW, List.of("缺劳动力"), null, null,
                snapshot(1, 4_000)), null);
        // an eliminated episode is not in the queue, and openCase refuses it
        long d = f.household("0004", "赵六", "44152319730101031");
        long eliminated = s.openEpisode(new NewEpisode(d, "边缘易致贫户", "干部排查", NOW.minusMonths(8), List.of("因病"),
                null, null, snapshot(1, 5_000)), null);
        s.addMeasure(new Measure(null, d, null, "健康帮扶", null, NOW.minusMonths(8).atDay(3), null, null, null, null, null,
                null), null);
        s.eliminate(eliminated, NOW, Episode.ASSISTED, snapshot(2, 9_000), TODAY, null);

        var queue = s.workQueue();
        assertThat(queue).extracting(q -> q.openCase().episode().id()).containsExactly(first, second, third);
        for (var entry : queue) {
            assertThat(s.openCase(entry.openCase().episode().id())).isEqualTo(entry);
        }
        assertThat(s.openCase(second).openCase().members()).hasSize(2);
        assertThat(s.openCase(second).openCase().latestIncome().year()).isEqualTo(2025);
        assertThat(s.openCase(second).openCase().latestCheck()).isNotNull();
        assertThat(s.openCase(first).openCase().steps()).extracting(EpisodeStep::kind).containsExactly("apply");
        assertThat(s.openCase(first).openCase().measures()).hasSize(1);
        assertThatThrownBy(() -> s.openCase(eliminated)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("编号 " + eliminated);
        assertThatThrownBy(() -> s.openCase(9_999)).isInstanceOf(LedgerException.class)
                .hasMessageContaining("找不到这条未消除风险的监测记录");
    }

    @Test
    void theLedgerCheckFindsAnEliminationThatBreaksTheRules() throws Exception {
        s.openEpisode(episode(NOW.minusMonths(1), List.of("因病")), null);
        f.close();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("l.db")); var st = c.createStatement()) {
            st.executeUpdate("update episode set eliminated = 1, elimination_method = '帮扶消除', eliminated_month = '"
                    + NOW + "'");
        }
        f = ServiceFixture.reopen(dir);
        assertThat(new LedgerCheck(f.ledger).run()).anySatisfy(p -> assertThat(p).contains("风险消除不合规定"));
    }
}
