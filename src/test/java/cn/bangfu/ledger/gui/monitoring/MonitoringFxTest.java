package cn.bangfu.ledger.gui.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.Queue;
import cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.VillageRow;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.households.HouseholdCard;
import cn.bangfu.ledger.logic.rules.EliminationRules;
import cn.bangfu.ledger.model.Episode;
import cn.bangfu.ledger.model.Measure;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The monitoring dialogs and page, headless, on a temporary ledger. */
class MonitoringFxTest extends FxRobot {

    @TempDir
    Path dir;

    private LedgerServices s;
    private MonitoringData data;
    private long village;
    private Dialog<Boolean> dialog;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        // the application's look, as BangfuApp sets it
        interact(() -> {
            cn.bangfu.ledger.gui.Fonts.load(); // the bundled CJK font, so that text is measured as the clerk sees it
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
        s = LedgerServices.open(dir.resolve("l.db"));
        data = new MonitoringData(s);
        village = data.village("东坑村");
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null) {
            interact(() -> {
                if (dialog.isShowing()) {
                    dialog.getDialogPane().getScene().getWindow().hide();
                }
            });
        }
        FxToolkit.cleanupStages();
        s.close();
    }

    private void show(java.util.function.Supplier<Dialog<Boolean>> build) {
        interact(() -> {
            dialog = build.get();
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button button(String query) {
        return lookup(query).queryButton();
    }

    private void type(String query, String text) {
        TextField f = lookup(query).queryAs(TextField.class);
        clickOn(f);
        push(KeyCode.CONTROL, KeyCode.A);
        write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private HouseholdCard card(long household) {
        return s.households().card(household);
    }

    private String mark(String ruleCode) {
        HBox row = lookup("#el-rule-" + ruleCode).queryAs(HBox.class);
        return ((Label) row.getChildren().getFirst()).getText();
    }

    /** The rule's row as the clerk reads it: mark, label and message. */
    private String rule(String ruleCode) {
        return lookup("#el-rule-" + ruleCode).queryAs(HBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).reduce((a, b) -> a + " " + b).orElse("");
    }

    /** Visible on screen: the node and all its parents. */
    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    @Test
    @Timeout(30)
    void eliminationDialogRefusesWhenAFirmRuleFails() {
        long h = data.household(village, "4415230201", "张三");
        long e = data.episode(h, 0); // identified this month
        show(() -> MonitoringDialogs.eliminateDialog(null, s, e));

        Node months = lookup("#el-rule-" + EliminationRules.MIN_MONTHS).query();
        assertThat(mark(EliminationRules.MIN_MONTHS)).isEqualTo("✘");
        assertThat(months.getStyleClass()).contains("mon-rule-firm");
        assertThat(lookup("#el-rules").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(7);
        assertThat(button("#el-confirm").isDisabled()).isTrue();
        assertThat(lookup("#el-reason").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(lookup("#el-threshold").queryAs(Label.class).getText()).contains("未设置");

        clickOn("#el-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isFalse();
        assertThat(card(h).openEpisode()).isPresent();
    }

    @Test
    @Timeout(30)
    void eliminationDialogEliminatesWhenTheRulesAreMet() {
        long h = data.household(village, "4415230202", "李四");
        long e = data.episode(h, 7);
        data.measure(h, "产业帮扶", data.today().minusMonths(6));
        data.threshold(8_500);
        show(() -> MonitoringDialogs.eliminateDialog(null, s, e));

        assertThat(lookup("#el-month-year").queryAs(ComboBox.class).getValue()).isEqualTo(data.today().getYear());
        assertThat(lookup("#el-method").queryAs(ComboBox.class).getValue()).isEqualTo(Episode.ASSISTED);
        assertThat(mark(EliminationRules.INCOME_ABOVE_THRESHOLD)).isEqualTo("✘"); // no income typed yet
        assertThat(button("#el-confirm").isDisabled()).isTrue();

        type("#el-wage", "30000");
        type("#el-transfer", "1200.5");
        assertThat(lookup("#el-derived").queryAs(Label.class).getText())
                .isEqualTo("家庭纯收入 31,200.50 元 · 人均纯收入 31,200.50 元");
        assertThat(lookup("#el-threshold").queryAs(Label.class).getText())
                .isEqualTo(data.today().getYear() + "年 全县 监测标准 8,500.00 元/人·年");
        for (String rule : new String[] {EliminationRules.MIN_MONTHS, EliminationRules.MEASURE_FOR_ASSISTED,
                EliminationRules.INCOME_ABOVE_THRESHOLD, EliminationRules.GUARANTEES_SECURED,
                EliminationRules.LABOUR_CAPACITY, EliminationRules.POST_FIELDS_FILLED, EliminationRules.RIGID_SPENDING}) {
            assertThat(rule(rule)).startsWith("✔");
            assertThat(lookup("#el-rule-" + rule).query().getStyleClass()).as(rule).contains("mon-rule-pass");
        }
        // unsafe water would block it again
        clickOn("#el-water");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(mark(EliminationRules.GUARANTEES_SECURED)).isEqualTo("✘");
        assertThat(button("#el-confirm").isDisabled()).isTrue();
        clickOn("#el-water");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button("#el-confirm").isDisabled()).isFalse();

        clickOn("#el-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialog.getResult()).isTrue();
        Episode done = card(h).episodes().getFirst().episode();
        assertThat(done.eliminated()).isTrue();
        assertThat(done.eliminatedMonth()).isEqualTo(data.thisMonth());
        var after = card(h).episodes().getFirst().snapshots().stream()
                .filter(x -> x.phase().equals("eliminated")).findFirst().orElseThrow();
        assertThat(after.wageIncome()).isEqualTo(3_000_000L);
        assertThat(after.transferIncome()).isEqualTo(120_050L);
    }

    @Test
    @Timeout(30)
    void recordsAStepThroughTheDialog() {
        long h = data.household(village, "4415230203", "王五");
        long e = data.episode(h, 1);
        show(() -> MonitoringDialogs.recordStepDialog(null, s, e));
        assertThat(lookup("#st-kind").queryAs(ComboBox.class).getValue()).isEqualTo("apply");
        assertThat(lookup("#st-kind").queryAs(ComboBox.class).getEditor().getText()).isNullOrEmpty();
        assertThat(lookup("#st-status").queryAs(Label.class).getText()).startsWith("下一步：农户申请及承诺授权");
        assertThat(lookup("#st-date").queryAs(DatePicker.class).getEditor().getText())
                .isEqualTo(data.today().toString());
        assertThat(shown(lookup("#st-end").query())).isFalse();
        type("#st-note", "户主本人申请");
        clickOn("#st-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isTrue();
        var steps = card(h).openEpisode().orElseThrow().steps();
        assertThat(steps).hasSize(1);
        assertThat(steps.getFirst().kind()).isEqualTo("apply");
        assertThat(steps.getFirst().stepOn()).isEqualTo(data.today());
        assertThat(steps.getFirst().note()).isEqualTo("户主本人申请");
    }

    @Test
    @Timeout(30)
    void opensAnEpisodeThroughTheDialogWithRisksInTheOrderTicked() {
        long h = data.household(village, "4415230206", "钱七");
        show(() -> MonitoringDialogs.openEpisodeDialog(null, s, h));
        assertThat(button("#ep-confirm").isDisabled()).as("no risk ticked yet").isTrue();
        interact(() -> {
            lookup("#ep-category").queryAs(ComboBox.class).getSelectionModel().select("边缘易致贫户");
            lookup("#ep-channel").queryAs(ComboBox.class).getSelectionModel().select("干部排查");
        });
        clickOn("#ep-risk-1"); // 因残 first …
        clickOn("#ep-risk-0"); // … then 因病
        assertThat(lookup("#ep-risk-order").queryAs(Label.class).getText()).contains("因残 → 因病");
        type("#ep-contact", "王干部");
        type("#ep-persons", "3");
        type("#ep-wage", "15,000");
        assertThat(button("#ep-confirm").isDisabled()).isFalse();
        clickOn("#ep-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isTrue();
        var open = card(h).openEpisode().orElseThrow();
        assertThat(open.episode().category()).isEqualTo("边缘易致贫户");
        assertThat(open.episode().channel()).isEqualTo("干部排查");
        assertThat(open.episode().contactName()).isEqualTo("王干部");
        assertThat(open.risks()).containsExactly("因残", "因病");
        assertThat(open.snapshots()).singleElement().satisfies(sn -> {
            assertThat(sn.persons()).isEqualTo(3);
            assertThat(sn.wageIncome()).isEqualTo(1_500_000L);
        });
        // a second open episode is refused: the dialog now stays shut for this household
        assertThat(s.monitoring().checkNewEpisode(new cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode(h,
                "边缘易致贫户", "干部排查", java.time.YearMonth.now(), java.util.List.of("因病"), null, null,
                open.snapshots().getFirst()))).extracting(f -> f.code()).contains("EPISODE_OPEN");
    }

    @Test
    @Timeout(30)
    void addsAMeasureThroughTheDialog() {
        long h = data.household(village, "4415230204", "赵六");
        long fund = s.funds().addFund(new cn.bangfu.ledger.model.Fund(null, "东西部协作资金", "东西部协作资金", "其他", 2026,
                "示财〔2026〕3号", null));
        show(() -> MonitoringDialogs.addMeasureDialog(null, s, h));
        assertThat(button("#ms-confirm").isDisabled()).isTrue(); // no family yet
        assertThat(shown(lookup("#ms-findings").query())).isTrue();
        interact(() -> lookup("#ms-family").queryAs(ComboBox.class).getSelectionModel().select("产业帮扶"));
        type("#ms-detail", "发放鸡苗200羽");
        type("#ms-amount", "1,200");
        type("#ms-cadre", "陈干部");
        // the fund picker, by keyboard: 不指定 first, then the ledger's funds as "2026 · name"
        @SuppressWarnings("unchecked")
        ComboBox<cn.bangfu.ledger.gui.common.Choice<Long>> funds = lookup("#ms-fund").queryAs(ComboBox.class);
        assertThat(funds.getValue().label()).isEqualTo("不指定");
        assertThat(funds.getItems()).extracting(c -> c.label()).containsExactly("不指定", "2026 · 东西部协作资金");
        interact(funds::requestFocus);
        push(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(funds.getValue().value()).isEqualTo(fund);
        assertThat(button("#ms-confirm").isDisabled()).isFalse();
        clickOn("#ms-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.getResult()).isTrue();
        Measure m = card(h).measures().getFirst();
        assertThat(m.family()).isEqualTo("产业帮扶");
        assertThat(m.detail()).isEqualTo("发放鸡苗200羽");
        assertThat(m.amount()).isEqualTo(120_000L);
        assertThat(m.cadre()).isEqualTo("陈干部");
        assertThat(m.memberId()).isNull();
        assertThat(m.fundId()).isEqualTo(fund);
        assertThat(m.fundText()).isNull();
    }

    @Test
    @Timeout(30)
    void theBlockingMethodKeepsTheDialogOpenOnARefusalAndReturnsTrueOnceSaved() throws Exception {
        long h = data.household(village, "4415230205", "孙七");
        long measure = data.measure(h, "就业帮扶", data.today().minusDays(10));
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(MonitoringDialogs.endMeasure(null, s, measure)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#em-date").tryQuery().isPresent());

        interact(() -> lookup("#em-date").queryAs(DatePicker.class).setValue(data.today().minusDays(20)));
        clickOn("#em-confirm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result).isNotDone(); // refused: still open
        assertThat(lookup("#em-error").queryAs(Label.class).getText()).contains("不能早于开始日期");
        assertThat(lookup("#em-date").queryAs(DatePicker.class).getValue()).isEqualTo(data.today().minusDays(20));

        interact(() -> lookup("#em-date").queryAs(DatePicker.class).setValue(data.today()));
        clickOn("#em-confirm");
        assertThat(result.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(card(h).measures().getFirst().endOn()).isEqualTo(data.today());
    }

    @Test
    @Timeout(30)
    void thePageShowsCountsByVillageAndCategoryAndAHouseholdWithoutDevelopmentalMeasure() throws Exception {
        long west = data.village("西岭村");
        long a = data.household(village, "4415230301", "甲");
        data.episode(a, 2);
        long b = data.household(west, "4415230302", "乙");
        data.episode(b, 2);
        data.measure(b, "就业帮扶", data.today().minusDays(5));
        data.household(west, "4415230303", "丙");

        AtomicLong opened = new AtomicLong(-1);
        MonitoringView[] view = new MonitoringView[1];
        FxToolkit.setupStage(stage -> {
            view[0] = new MonitoringView(s, opened::set);
            Scene scene = new Scene((javafx.scene.Parent) view[0].root(), 1200, 760);
            scene.getStylesheets().add(Forms.STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        @SuppressWarnings("unchecked")
        TableView<VillageRow> villages = lookup("#mon-villages").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> villages.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(lookup("#mon-empty").query())).isFalse();

        // 东坑村: 1 脱贫不稳定户 open; 西岭村: 1 open, 2 households; 合计 row
        assertThat(villages.getColumns().get(1).getText()).isEqualTo("脱贫不稳定户");
        assertThat(cell(villages, 0, 0)).isEqualTo("东坑村");
        assertThat(cell(villages, 0, 1)).isEqualTo("1");
        assertThat(cell(villages, 1, 0)).isEqualTo("西岭村");
        assertThat(cell(villages, 1, 1)).isEqualTo("1");
        assertThat(columnText(villages, 1, "总户数")).isEqualTo("2");
        assertThat(cell(villages, 2, 0)).isEqualTo("合计");
        assertThat(cell(villages, 2, 1)).isEqualTo("2");
        assertThat(columnText(villages, 2, "监测中合计")).isEqualTo("2");
        assertThat(columnText(villages, 2, "总户数")).isEqualTo("3");

        TabPane tabs = lookup("#mon-queues").queryAs(TabPane.class);
        var tab = tabs.getTabs().stream().filter(t -> t.getId().equals("mon-tab-" + Queue.NO_DEVELOPMENT.name()))
                .findFirst().orElseThrow();
        assertThat(tab.getText()).isEqualTo("识别满一月未落实开发式措施（1）");
        interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<MonitoringViewModel.QueueRow> queue = lookup("#mon-queue-NO_DEVELOPMENT").queryAs(TableView.class);
        assertThat(queue.getItems()).hasSize(1);
        assertThat(queue.getItems().getFirst().householdNo()).isEqualTo("4415230301");
        assertThat(queue.getItems().getFirst().village()).isEqualTo("东坑村");
        assertThat(queue.getItems().getFirst().head()).isEqualTo("甲");

        Node firstRow = lookup("#mon-queue-NO_DEVELOPMENT .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.isVisible()).findFirst().orElseThrow();
        doubleClickOn(firstRow);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened.get()).isEqualTo(a);
        // Enter on the selected row opens it too
        opened.set(-1);
        interact(() -> {
            queue.requestFocus();
            queue.getSelectionModel().select(0);
        });
        push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened.get()).isEqualTo(a);

        // the charts have a bar per risk and per family
        assertThat((Object) lookup("#mon-risk-chart").query()).isNotNull();
        assertThat(view[0].viewModel().risks()).extracting(MonitoringViewModel.Bar::label).containsExactly("因病");
    }

    /**
     * A town of 30 villages, the page as big as it is beside the navigation of a 1280×800 window: the work queues
     * are the first thing on the page, and the 问题 of 需要关注 is there in full, not cut off with "…".
     */
    @Test
    @Timeout(60)
    void theWorkQueuesComeFirstAndTheProblemIsReadableInFull() throws Exception {
        long first = village;
        for (int i = 1; i < 30; i++) {
            data.village("第" + i + "村");
        }
        long a = data.household(first, "441523030100001", "甲");
        data.episode(a, 2, "因病"); // 因病 without a 健康帮扶 measure: 需要关注
        String problem = "有“因病”风险，但没有在帮的健康帮扶措施，请落实健康帮扶并核实医疗自付支出";

        MonitoringView[] view = new MonitoringView[1];
        FxToolkit.setupStage(stage -> {
            view[0] = new MonitoringView(s, id -> { });
            Scene scene = new Scene((javafx.scene.Parent) view[0].root(), 1060, 700);
            scene.getStylesheets().add(Forms.STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        @SuppressWarnings("unchecked")
        TableView<MonitoringViewModel.QueueRow> queue = lookup("#mon-queue-ATTENTION").queryAs(TableView.class);
        cn.bangfu.ledger.gui.FxWait.waitUntil(() -> queue.getItems().size() == 1
                && lookup("#mon-villages").queryTableView().getItems().size() == 31);
        TabPane tabs = lookup("#mon-queues").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().equals("mon-tab-ATTENTION")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(queue.getItems().getFirst().detail()).isEqualTo(problem);

        // without scrolling, the queue's tabs and its first rows are inside the window
        double height = queue.getScene().getHeight();
        javafx.geometry.Bounds tabsOnScene = tabs.localToScene(tabs.getLayoutBounds());
        javafx.geometry.Bounds tableOnScene = queue.localToScene(queue.getLayoutBounds());
        assertThat(tabsOnScene.getMinY()).as("the queues' tabs, from the top").isLessThan(200);
        assertThat(tableOnScene.getMinY() + 150).as("the queue table's header and first rows").isLessThan(height);

        // all six queues' tabs fit side by side (the last one, 推送线索未处置, too)
        Node lastTab = lookup(".mon-queues #mon-tab-LEADS").query();
        assertThat(lastTab.localToScene(lastTab.getLayoutBounds()).getMaxX()).as("the last queue tab, right edge")
                .isLessThanOrEqualTo(tabsOnScene.getMaxX() + 0.5);
        assertThat(lookup(".mon-queues .control-buttons-tab").tryQuery()
                .map(cn.bangfu.ledger.gui.FxWait::onScreen).orElse(false)).as("no menu of tabs that did not fit")
                .isFalse();

        // the 问题 cell of the first row shows the whole message, inside the table
        javafx.scene.control.TableCell<?, ?> cell = lookup(".table-cell").queryAllAs(
                javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableView() == queue && c.getTableColumn() != null
                        && "问题".equals(c.getTableColumn().getText()) && c.getIndex() == 0)
                .findFirst().orElseThrow();
        String shown = texts(cell);
        assertThat(shown.replace("\n", "")).as("what the clerk reads in the 问题 cell").isEqualTo(problem);
        double tableRight = Math.min(queue.localToScene(queue.getLayoutBounds()).getMaxX(), queue.getScene().getWidth());
        assertThat(cell.localToScene(cell.getLayoutBounds()).getMaxX()).as("the cell's right edge")
                .isLessThanOrEqualTo(tableRight + 0.5);
    }

    @Test
    @Timeout(30)
    void thePageSaysWhatToDoWhenNothingIsMonitored() throws Exception {
        data.household(village, "4415230401", "甲");
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene((javafx.scene.Parent) new MonitoringView(s, id -> { }).root(), 1000, 700));
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(lookup("#mon-empty").query()));
        assertThat(shown(lookup("#mon-villages").query())).isFalse();
        assertThat(shown(lookup("#mon-empty").query())).isTrue();
    }

    @Test
    @Timeout(30)
    void settingsShowTheThresholdAndDibaoTablesAndAddARow() throws Exception {
        FxToolkit.setupStage(stage -> {
            var view = new cn.bangfu.ledger.gui.settings.SettingsView(
                    new cn.bangfu.ledger.gui.settings.SettingsViewModel(s, () -> { }), s);
            Scene scene = new Scene((javafx.scene.Parent) view.root(), 1100, 760);
            scene.getStylesheets().add(Forms.STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(lookup("#settings-thr").query())).isTrue();
        assertThat(shown(lookup("#settings-dibao").query())).isTrue();
        assertThat(shown(lookup("#mon-thr-form").query())).isFalse();
        interact(() -> lookup("#mon-thr-add").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(lookup("#mon-thr-form").query())).isTrue();
        interact(() -> {
            lookup("#mon-thr-amount").queryAs(TextField.class).setText("abc");
            lookup("#mon-thr-save").queryButton().fire();
        });
        assertThat(lookup("#mon-thr-error").queryAs(Label.class).getText()).startsWith("金额：无法识别的金额");
        interact(() -> {
            lookup("#mon-thr-amount").queryAs(TextField.class).setText("8,700");
            lookup("#mon-thr-doc").queryAs(TextField.class).setText("示财〔2026〕3号");
            lookup("#mon-thr-save").queryButton().fire();
        });
        @SuppressWarnings("unchecked")
        TableView<cn.bangfu.ledger.gui.settings.RateTableViewModel.Row> table =
                lookup("#mon-thr-table").queryAs(TableView.class);
        // the write and the read after it run on the page's background runner
        cn.bangfu.ledger.gui.FxWait.waitUntil(() -> table.getItems().size() == 1);
        assertThat(s.rates().thresholds()).extracting(t -> t.amount()).containsExactly(870_000L);
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getColumns().get(2).getCellObservableValue(0).getValue()).isEqualTo("8,700.00");
        assertThat(shown(lookup("#mon-thr-form").query())).isFalse();
    }

    /** Every text the node draws, in order (a label's, or a wrapping text's). */
    private static String texts(Node n) {
        if (n instanceof javafx.scene.text.Text t) {
            return t.getText() == null ? "" : t.getText();
        }
        if (n instanceof javafx.scene.Parent p) {
            return p.getChildrenUnmodifiable().stream().map(MonitoringFxTest::texts).reduce("", String::concat);
        }
        return "";
    }

    private static String cell(TableView<VillageRow> t, int row, int column) {
        Object v = t.getColumns().get(column).getCellObservableValue(row).getValue();
        return v instanceof Long n ? cn.bangfu.ledger.gui.Messages.count(n) : String.valueOf(v);
    }

    private static String columnText(TableView<VillageRow> t, int row, String title) {
        for (int i = 0; i < t.getColumns().size(); i++) {
            if (t.getColumns().get(i).getText().equals(title)) {
                return cell(t, row, i);
            }
        }
        throw new AssertionError("no column " + title);
    }

    @SuppressWarnings("unused")
    private static Stage stageOf(Node n) {
        return (Stage) n.getScene().getWindow();
    }

    @Test
    @Timeout(60)
    void aPushLeadIsDisposedFromItsQueueAndLeavesIt() throws Exception {
        long a = data.household(village, "4415230401", "甲");
        String id = card(a).members().getFirst().idNumber();
        Path push = dir.resolve("push.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = java.nio.file.Files.newOutputStream(push)) {
            var sheet = wb.createSheet("推送名单");
            String[][] rows = {{"姓名", "证件号码", "推送部门", "推送原因", "推送日期"},
                {"甲", id, "县医保局", "医疗自付费用超过1万元", data.today().minusDays(3).toString()}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        s.importApplying().apply(s.importPlanning().plan(push, cn.bangfu.ledger.logic.rosters.ImportOptions.defaults(),
                cn.bangfu.ledger.logic.rosters.ImportProgress.NONE), cn.bangfu.ledger.logic.rosters.ImportProgress.NONE);
        assertThat(s.leads().openLeads()).hasSize(1);

        MonitoringView[] view = new MonitoringView[1];
        FxToolkit.setupStage(stage -> {
            view[0] = new MonitoringView(s, h -> { });
            Scene scene = new Scene((javafx.scene.Parent) view[0].root(), 1200, 760);
            scene.getStylesheets().add(Forms.STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        @SuppressWarnings("unchecked")
        TableView<MonitoringViewModel.QueueRow> queue = lookup("#mon-queue-LEADS").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().size() == 1);
        TabPane tabs = lookup("#mon-queues").queryAs(TabPane.class);
        var tab = tabs.getTabs().stream().filter(t -> t.getId().equals("mon-tab-LEADS")).findFirst().orElseThrow();
        assertThat(tab.getText()).isEqualTo("推送线索未处置（1）");
        interact(() -> tabs.getSelectionModel().select(tab));
        var row = queue.getItems().getFirst();
        assertThat(row.householdNo()).isEqualTo("4415230401");
        assertThat(row.category()).isEqualTo("县医保局");
        assertThat(row.nextStep()).isEqualTo("入户核查");
        assertThat(row.daysSinceLastStep()).isEqualTo(3);
        assertThat(button("#mon-step").isDisabled()).isTrue(); // episode actions do not apply to a lead

        interact(() -> queue.getSelectionModel().select(0));
        assertThat(button("#mon-lead").isDisabled()).isFalse();
        Platform.runLater(() -> button("#mon-lead").fire()); // the button may be scrolled out of view
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#ld-visit").tryQuery().isPresent());
        assertThat(button("#ld-confirm").isDisabled()).isTrue(); // nothing recorded yet
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("#ld-visit").write("11月20日入户：大部分已报销，实际自付约三千元");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> decision = lookup("#ld-decision").queryAs(ComboBox.class);
        interact(() -> decision.getSelectionModel().select("不纳入监测"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button("#ld-confirm").isDisabled()).isTrue(); // 不纳入 needs its reason
        type("#ld-reason", "实际自付未超过标准");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(button("#ld-confirm").isDisabled()).isFalse();
        clickOn("#ld-confirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> queue.getItems().isEmpty());
        assertThat(tab.getText()).isEqualTo("推送线索未处置（0）");
        var lead = s.leads().leadsOf(a).getFirst();
        assertThat(lead.decision()).isEqualTo("不纳入监测");
        assertThat(lead.decisionReason()).isEqualTo("实际自付未超过标准");
        assertThat(lead.decidedOn()).isEqualTo(data.today());
        assertThat(lead.visitResult()).startsWith("11月20日入户");
    }
}
