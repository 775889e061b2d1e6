package cn.bangfu.ledger.gui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.monitoring.EliminationViewModel.RuleRow;
import cn.bangfu.ledger.gui.monitoring.EliminationViewModel.RuleState;
import cn.bangfu.ledger.gui.monitoring.EpisodeFormViewModel.Mode;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Queue;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.QueueRow;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.VillageRow;
import cn.bangfu.ledger.gui.monitoring.SnapshotModel.Amount;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.EpisodeStep;
import cn.bangfu.ledger.model.Finding;
import cn.bangfu.ledger.model.IncomeYear;
import cn.bangfu.ledger.model.Measure;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monitoring ViewModels, without the FX toolkit, on a temporary ledger. */
class MonitoringViewModelsTest {

    @TempDir
    Path dir;

    private LedgerServices s;
    private MonitoringData data;
    private long village;

    @BeforeEach
    void open() {
        s = LedgerServices.open(dir.resolve("l.db"));
        data = new MonitoringData(s);
        village = data.village("东坑村");
    }

    @AfterEach
    void close() {
        s.close();
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    private HouseholdCard card(long household) {
        return s.households().card(household);
    }

    // ---------------------------------------------------------------- 开始监测 / 再标注

    @Test
    void openEpisodeChecksLiveKeepsTheRiskOrderAndSaves() {
        long h = data.household(village, "4415230001", "张三");
        s.households().putIncome(new IncomeYear(h, 2025, 1_234_50, 0, 0, 300_00, 0, 0, 0));
        EpisodeFormViewModel vm = new EpisodeFormViewModel(s, h, Mode.OPEN);
        // defaults: persons from the card, amounts from the latest income year, this month
        assertThat(vm.snapshot().personsProperty().get()).isEqualTo("1");
        assertThat(vm.snapshot().amountProperty(Amount.WAGE).get()).isEqualTo("1,234.50");
        assertThat(vm.snapshot().derivedProperty().get()).contains("1,534.50");
        assertThat(vm.month().value()).isEqualTo(data.thisMonth());
        assertThat(codes(vm.findings())).contains("CATEGORY", "CHANNEL", "RISK_COUNT");
        assertThat(vm.canSaveProperty().get()).isFalse();

        vm.categoryProperty().set("边缘易致贫户");
        vm.channelProperty().set("农户自主申报");
        vm.toggleRisk("因学", true);
        vm.toggleRisk("因病", true);
        vm.toggleRisk("缺劳动力", true);
        vm.toggleRisk("因学", false);
        assertThat(vm.risks()).containsExactly("因病", "缺劳动力");
        assertThat(vm.riskPosition("缺劳动力")).isEqualTo(2);
        assertThat(vm.findings()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();

        // a typing mistake in an amount blocks, and says where
        vm.snapshot().amountProperty(Amount.TRANSFER).set("三百");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.findings()).extracting(Finding::message).anyMatch(m -> m.startsWith("转移性收入："));
        vm.snapshot().amountProperty(Amount.TRANSFER).set("300");

        // an identification month over a year ago is a warning: a reason lets it through
        vm.month().set(data.thisMonth().minusMonths(13));
        assertThat(codes(vm.findings())).containsExactly("MONTH_OLD");
        assertThat(vm.needsReasonProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.reasonProperty().set("补录去年漏登的监测户");
        assertThat(vm.canSaveProperty().get()).isTrue();

        assertThat(vm.onSave()).isTrue();
        var episode = card(h).openEpisode().orElseThrow();
        assertThat(episode.episode().category()).isEqualTo("边缘易致贫户");
        assertThat(episode.episode().identifiedMonth()).isEqualTo(data.thisMonth().minusMonths(13));
        assertThat(episode.risks()).containsExactly("因病", "缺劳动力");
        assertThat(episode.snapshots().getFirst().wageIncome()).isEqualTo(1_234_50);

        // a second episode while one is open: the service's finding, and no save
        EpisodeFormViewModel again = new EpisodeFormViewModel(s, h, Mode.OPEN);
        assertThat(codes(again.findings())).contains("EPISODE_OPEN");
        assertThat(again.onSave()).isFalse();
    }

    @Test
    void remarkOpensANewEpisodeAfterAnEliminatedOne() {
        long h = data.household(village, "4415230002", "李四");
        long e = data.episode(h, 8);
        data.measure(h, "产业帮扶", data.today().minusMonths(7));
        data.threshold(8_500);
        s.monitoring().eliminate(e, data.thisMonth(), Episode.ASSISTED, MonitoringData.snapshot(1, 20_000),
                data.today(), null);

        EpisodeFormViewModel vm = new EpisodeFormViewModel(s, h, Mode.REMARK);
        assertThat(vm.categoryProperty().get()).isEqualTo(MonitoringData.CATEGORY); // from the last episode
        assertThat(vm.contactNameProperty().get()).isEqualTo("王干部");
        vm.channelProperty().set("干部排查");
        vm.toggleRisk("因灾", true);
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(vm.onSave()).isTrue();
        HouseholdCard c = card(h);
        assertThat(c.episodes()).hasSize(2);
        assertThat(c.openEpisode().orElseThrow().episode().previousEpisodeId()).isEqualTo(e);

        // a household never eliminated: the service refuses the 再标注 and the form keeps what was typed
        long other = data.household(village, "4415230003", "王五");
        EpisodeFormViewModel refused = new EpisodeFormViewModel(s, other, Mode.REMARK);
        refused.categoryProperty().set(MonitoringData.CATEGORY);
        refused.channelProperty().set("干部排查");
        refused.toggleRisk("因灾", true);
        assertThat(refused.onSave()).isFalse();
        assertThat(refused.errorProperty().get()).contains("风险再标注只用于已消除风险的监测户");
        assertThat(refused.risks()).containsExactly("因灾");
        assertThat(card(other).episodes()).isEmpty();
    }

    // ---------------------------------------------------------------- 登记流程步骤

    @Test
    void recordStepPreselectsTheNextStepAndAsksAReasonForAShortPublicity() {
        long h = data.household(village, "4415230004", "赵六");
        long e = data.episode(h, 1);
        StepViewModel vm = new StepViewModel(s, e);
        assertThat(vm.kindProperty().get()).isEqualTo("apply");
        assertThat(vm.label("apply")).isEqualTo("农户申请及承诺授权");
        assertThat(vm.kinds()).doesNotContain("elim_mark", "rollback", "remark");
        assertThat(vm.dateProperty().get()).isEqualTo(data.today());
        assertThat(vm.publicityProperty().get()).isFalse();
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(vm.onSave()).isTrue();

        StepViewModel pub = new StepViewModel(s, e);
        assertThat(pub.kindProperty().get()).isEqualTo("home_check");
        pub.kindProperty().set("publicity");
        assertThat(pub.publicityProperty().get()).isTrue();
        assertThat(pub.endDateProperty().get()).isEqualTo(data.today().plusDays(6));
        pub.dateProperty().set(data.today().minusDays(10));
        assertThat(pub.endDateProperty().get()).isEqualTo(data.today().minusDays(4)); // follows the start
        pub.endDateProperty().set(data.today().minusDays(9)); // two days only
        assertThat(codes(pub.findings())).contains("PUBLICITY_TOO_SHORT");
        assertThat(pub.needsReasonProperty().get()).isTrue();
        assertThat(pub.canSaveProperty().get()).isFalse();
        pub.endDateProperty().set(data.today().minusDays(11)); // before the start: an error
        assertThat(codes(pub.findings())).contains("END_BEFORE_START");
        pub.endDateProperty().set(data.today().minusDays(9));
        pub.reasonProperty().set("村里按县里要求公示两天");
        assertThat(pub.canSaveProperty().get()).isTrue();
        assertThat(pub.onSave()).isTrue();

        List<EpisodeStep> steps = card(h).openEpisode().orElseThrow().steps();
        assertThat(steps).extracting(EpisodeStep::kind).containsExactlyInAnyOrder("apply", "publicity");
        EpisodeStep p = steps.stream().filter(x -> x.kind().equals("publicity")).findFirst().orElseThrow();
        assertThat(p.endOn()).isEqualTo(data.today().minusDays(9));
    }

    // ---------------------------------------------------------------- 风险消除

    @Test
    void eliminationRefusesAFirmRuleAndShowsEveryRule() {
        long h = data.household(village, "4415230005", "钱七");
        long e = data.episode(h, 0);
        EliminationViewModel vm = new EliminationViewModel(s, e);
        assertThat(vm.rules()).hasSize(7);
        RuleRow months = vm.rules().stream().filter(r -> r.code().equals(EliminationRules.MIN_MONTHS)).findFirst()
                .orElseThrow();
        assertThat(months.state()).isEqualTo(RuleState.FAILED_FIRM);
        assertThat(months.message()).contains("识别当月及次月不能消除风险");
        assertThat(vm.thresholdProperty().get()).isEqualTo(data.today().getYear() + "年 监测标准：未设置（请到「设置 → 监测标准」填写）");
        assertThat(vm.reasonEnabledProperty().get()).isFalse();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.reasonProperty().set("想消除");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.onSave()).isFalse();
        assertThat(card(h).openEpisode()).isPresent();
    }

    @Test
    void eliminationThatMeetsTheRulesIsSavedAndAWarnedRuleNeedsAReason() {
        long h = data.household(village, "4415230006", "孙八");
        long e = data.episode(h, 7);
        data.measure(h, "就业帮扶", data.today().minusMonths(5));
        data.threshold(8_500);
        EliminationViewModel vm = new EliminationViewModel(s, e);
        assertThat(vm.methodProperty().get()).isEqualTo(Episode.ASSISTED);
        assertThat(vm.snapshot().personsProperty().get()).isEqualTo("1");
        // no income yet: the income rule fails (firm)
        assertThat(state(vm, EliminationRules.INCOME_ABOVE_THRESHOLD)).isEqualTo(RuleState.FAILED_FIRM);
        assertThat(vm.canSaveProperty().get()).isFalse();

        vm.snapshot().amountProperty(Amount.WAGE).set("20,000");
        assertThat(vm.snapshot().derivedProperty().get()).isEqualTo("家庭纯收入 20,000.00 元 · 人均纯收入 20,000.00 元");
        assertThat(vm.thresholdProperty().get()).isEqualTo(data.today().getYear() + "年 全县 监测标准 8,500.00 元/人·年");
        assertThat(vm.rules()).allMatch(r -> r.state() == RuleState.PASSED);
        assertThat(vm.canSaveProperty().get()).isTrue();

        // large rigid spending: a warned rule; the reason field opens and a reason lets it through
        vm.snapshot().amountProperty(Amount.SELF_PAID).set("12000");
        assertThat(state(vm, EliminationRules.RIGID_SPENDING)).isEqualTo(RuleState.FAILED_WARNED);
        assertThat(vm.reasonEnabledProperty().get()).isTrue();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.reasonProperty().set("医疗费已由大病保险报销，支出不再发生");
        assertThat(vm.canSaveProperty().get()).isTrue();

        // 三保障 not secured: firm again, whatever the reason
        vm.snapshot().waterSafeProperty().set(false);
        assertThat(state(vm, EliminationRules.GUARANTEES_SECURED)).isEqualTo(RuleState.FAILED_FIRM);
        assertThat(vm.reasonEnabledProperty().get()).isFalse();
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.snapshot().waterSafeProperty().set(true);
        // a marking date in the future is refused here (the service does not check it)
        vm.markedOnProperty().set(data.today().plusDays(1));
        assertThat(codes(vm.findings())).containsExactly("MARKED_ON");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.markedOnProperty().set(data.today());
        assertThat(vm.canSaveProperty().get()).isTrue();

        assertThat(vm.onSave()).isTrue();
        Episode done = card(h).episodes().getFirst().episode();
        assertThat(done.eliminated()).isTrue();
        assertThat(done.eliminatedMonth()).isEqualTo(data.thisMonth());
        assertThat(done.eliminationMethod()).isEqualTo(Episode.ASSISTED);
        assertThat(done.overrideReason()).isEqualTo("医疗费已由大病保险报销，支出不再发生");
    }

    private static RuleState state(EliminationViewModel vm, String code) {
        return vm.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().state();
    }

    @Test
    void rollbackNeedsAReasonAndShowsTheServiceRefusal() {
        long h = data.household(village, "4415230007", "周九");
        long e = data.episode(h, 3);
        RollbackViewModel vm = new RollbackViewModel(s, e);
        assertThat(vm.canSaveProperty().get()).isFalse(); // no reason yet
        vm.reasonProperty().set("消除后收入不稳定");
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(vm.onSave()).isFalse(); // not eliminated: the ledger refuses
        assertThat(vm.errorProperty().get()).isEqualTo("这条监测记录尚未消除风险，无需回退。");
        assertThat(vm.reasonProperty().get()).isEqualTo("消除后收入不稳定"); // nothing lost
        assertThat(vm.isSaved()).isFalse();

        data.measure(h, "产业帮扶", data.today().minusMonths(2));
        data.threshold(8_500);
        s.monitoring().eliminate(e, data.thisMonth(), Episode.NATURAL, MonitoringData.snapshot(1, 20_000),
                data.today(), "测试");
        assertThat(vm.onSave()).isTrue();
        assertThat(card(h).openEpisode()).isPresent();
    }

    // ---------------------------------------------------------------- 帮扶措施

    @Test
    void addMeasurePicksTheFundItIsPaidFrom() {
        long h = data.household(village, "4415230009", "郑十一");
        long older = s.funds().addFund(new cn.bangfu.ledger.model.Fund(null, "驻镇帮镇扶村资金", "驻镇帮镇扶村资金", "省",
                2025, "粤财〔2025〕1号", null));
        long newer = s.funds().addFund(new cn.bangfu.ledger.model.Fund(null, "衔接推进乡村振兴补助资金", "衔接资金（中央）",
                "中央", 2026, "财农〔2026〕1号", null));
        MeasureViewModel vm = new MeasureViewModel(s, h);
        assertThat(vm.hasFunds()).isTrue();
        assertThat(vm.funds()).extracting(c -> c.label())
                .containsExactly("不指定", "2026 · 衔接推进乡村振兴补助资金", "2025 · 驻镇帮镇扶村资金");
        assertThat(vm.funds()).extracting(c -> c.value()).containsExactly(null, newer, older);
        assertThat(vm.fundIdProperty().get()).isNull();
        vm.familyProperty().set("产业帮扶");
        vm.amountProperty().set("2,000");
        vm.fundIdProperty().set(newer);
        assertThat(vm.findings()).isEmpty();
        vm.fundIdProperty().set(newer + 50); // a fund that is not there (removed meanwhile)
        assertThat(codes(vm.findings())).containsExactly("FUND_MISSING");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.fundIdProperty().set(newer);
        assertThat(vm.onSave()).isTrue();
        Measure m = card(h).measures().getFirst();
        assertThat(m.fundId()).isEqualTo(newer);
        assertThat(m.fundText()).isNull();
        assertThat(m.amount()).isEqualTo(200_000L);
    }

    @Test
    void addMeasureParsesYuanShowsFindingsAndSaves() {
        long h = data.household(village, "4415230008", "吴十");
        MeasureViewModel vm = new MeasureViewModel(s, h);
        assertThat(vm.members()).extracting(m -> m.name()).containsExactly("吴十");
        assertThat(codes(vm.findings())).containsExactly("FAMILY");
        vm.familyProperty().set("金融帮扶");
        vm.detailProperty().set("小额信贷");
        vm.amountProperty().set("六万");
        assertThat(codes(vm.findings())).containsExactly("AMOUNT_INPUT");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.amountProperty().set("60,000");
        assertThat(codes(vm.findings())).containsExactly("MICROCREDIT_LIMIT");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.reasonProperty().set("县里特批");
        vm.memberProperty().set(vm.members().getFirst());
        assertThat(vm.hasFunds()).isFalse();
        assertThat(vm.funds()).extracting(c -> c.label()).containsExactly("不指定");
        assertThat(vm.canSaveProperty().get()).isTrue();
        assertThat(vm.onSave()).isTrue();
        Measure m = card(h).measures().getFirst();
        assertThat(m.amount()).isEqualTo(6_000_000L);
        assertThat(m.family()).isEqualTo("金融帮扶");
        assertThat(m.memberId()).isEqualTo(vm.members().getFirst().id());
        assertThat(m.startOn()).isEqualTo(data.today());

        EndMeasureViewModel end = new EndMeasureViewModel(s, m.id());
        end.dateProperty().set(data.today().minusDays(3));
        assertThat(end.onSave()).isFalse();
        assertThat(end.errorProperty().get()).contains("不能早于开始日期");
        end.dateProperty().set(data.today().plusDays(30));
        assertThat(end.onSave()).isTrue();
        assertThat(card(h).measures().getFirst().endOn()).isEqualTo(data.today().plusDays(30));
    }

    // ---------------------------------------------------------------- the page

    @Test
    void pageShowsVillageByCategoryAndTheWorkQueues() {
        MonitoringViewModel vm = new MonitoringViewModel(s);
        vm.refreshNow();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.titleProperty(Queue.PUBLICITY).get()).isEqualTo("公示中（0）");

        long west = data.village("西岭村");
        long noMeasure = data.household(village, "4415230101", "甲");
        data.episode(noMeasure, 2);
        long withMeasure = data.household(village, "4415230102", "乙");
        data.episode(withMeasure, 2, "因学");
        data.measure(withMeasure, "产业帮扶", data.today().minusDays(20));
        long due = data.household(west, "4415230103", "丙");
        long dueEpisode = data.episode(due, 8);
        data.measure(due, "就业帮扶", data.today().minusMonths(7));
        data.identificationSteps(dueEpisode, data.thisMonth().minusMonths(8).atDay(1));
        long publicity = data.household(west, "4415230104", "丁");
        long pubEpisode = data.episode(publicity, 0);
        s.monitoring().recordStep(pubEpisode, "publicity", data.today(), data.today().plusDays(6), null, "测试");
        data.household(west, "4415230105", "戊"); // never monitored

        vm.refreshNow();
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.categories()).startsWith("脱贫不稳定户", "边缘易致贫户", "突发严重困难户");
        VillageRow east = vm.villages().get(0);
        assertThat(east.village()).isEqualTo("东坑村");
        assertThat(east.byCategory().getFirst()).isEqualTo(2);
        assertThat(east.open()).isEqualTo(2);
        assertThat(east.households()).isEqualTo(2);
        VillageRow total = vm.villages().getLast();
        assertThat(total.total()).isTrue();
        assertThat(total.byCategory().getFirst()).isEqualTo(4);
        assertThat(total.households()).isEqualTo(5);

        assertThat(vm.risks()).extracting(MonitoringViewModel.Bar::label).first().isEqualTo("因病");
        assertThat(vm.families()).extracting(MonitoringViewModel.Bar::label)
                .containsExactlyInAnyOrder("产业帮扶", "就业帮扶");

        assertThat(vm.queue(Queue.NO_DEVELOPMENT)).extracting(QueueRow::householdId).containsExactly(noMeasure);
        assertThat(vm.titleProperty(Queue.NO_DEVELOPMENT).get()).isEqualTo("识别满一月未落实开发式措施（1）");
        QueueRow r = vm.queue(Queue.NO_DEVELOPMENT).getFirst();
        assertThat(r.householdNo()).isEqualTo("4415230101");
        assertThat(r.head()).isEqualTo("甲");
        assertThat(r.nextStep()).isEqualTo("农户申请及承诺授权");
        // the month as the household card writes it (2025年3月), not the national system's 202503
        YearMonth identified = data.thisMonth().minusMonths(2);
        assertThat(r.identifiedMonth())
                .isEqualTo(identified.getYear() + "年" + identified.getMonthValue() + "月");

        assertThat(vm.queue(Queue.ELIMINATION_DUE)).extracting(QueueRow::householdId).containsExactly(due);
        assertThat(vm.queue(Queue.PUBLICITY)).extracting(QueueRow::detail)
                .containsExactly("公示至 " + data.today().plusDays(6));
        // 因学 without an education measure is in 需要关注, with its message
        assertThat(vm.queue(Queue.ATTENTION)).anyMatch(x -> x.householdId() == withMeasure
                && x.detail().contains("因学"));
    }

    @Test
    void theEliminationQueueHoldsOnlyTheEligibleAndShowsTheFirmlyBlockedApartWithTheRule() {
        long due = data.household(village, "4415230201", "甲");
        long dueEpisode = data.episode(due, 8);
        data.identificationSteps(dueEpisode, data.thisMonth().minusMonths(8).atDay(1));
        long blocked = data.household(village, "4415230202", "乙", true); // 整户无劳动能力
        long blockedEpisode = data.episode(blocked, 8);
        data.identificationSteps(blockedEpisode, data.thisMonth().minusMonths(8).atDay(1));

        MonitoringViewModel vm = new MonitoringViewModel(s);
        vm.refreshNow();

        assertThat(vm.queue(Queue.ELIMINATION_DUE)).extracting(QueueRow::householdId).containsExactly(due);
        assertThat(vm.titleProperty(Queue.ELIMINATION_DUE).get()).isEqualTo("满六个月可评估消除（1）");
        assertThat(vm.queue(Queue.ELIMINATION_BLOCKED)).extracting(QueueRow::householdId).containsExactly(blocked);
        assertThat(vm.titleProperty(Queue.ELIMINATION_BLOCKED).get()).isEqualTo("有硬性规则阻止消除（1）");
        // the rule is named, with what to do instead
        assertThat(vm.queue(Queue.ELIMINATION_BLOCKED).getFirst().detail())
                .startsWith("非整户无劳动能力").contains("继续监测");
    }

    @Test
    void monthModelNeedsBothParts() {
        MonthModel m = new MonthModel(YearMonth.of(2026, 3), YearMonth.of(2026, 11), 2);
        assertThat(m.years()).containsExactly(2026, 2025, 2024);
        m.monthProperty().set(null);
        assertThat(m.value()).isNull();
        m.monthProperty().set(12);
        m.yearProperty().set(2025);
        assertThat(m.value()).isEqualTo(YearMonth.of(2025, 12));
    }
}
