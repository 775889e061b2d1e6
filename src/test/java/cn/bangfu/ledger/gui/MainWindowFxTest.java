package cn.bangfu.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.monitoring.MonitoringService;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.Household;
import cn.bangfu.ledger.model.IdNumber;
import cn.bangfu.ledger.model.Member;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.TabPane;
import cn.bangfu.ledger.model.OfficeSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window on a temporary ledger (headless) and uses it as a clerk would. */
class MainWindowFxTest extends FxRobot {

    @TempDir
    Path dir;

    private BangfuApp app;
    private String previousHome;

    @BeforeEach
    void startWindow() throws Exception {
        previousHome = System.getProperty("bangfu.home");
        System.setProperty("bangfu.home", dir.toString()); // the demo ledger lives beside the real one
        FxToolkit.registerPrimaryStage();
        app = (BangfuApp) FxToolkit.setupApplication(() -> new BangfuApp(
                new BangfuApp.Launch(dir.resolve("ledger.db"), false, dir.resolve("window.properties"))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopWindow() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        if (previousHome == null) {
            System.clearProperty("bangfu.home");
        } else {
            System.setProperty("bangfu.home", previousHome);
        }
    }

    private String text(String query) {
        Node node = lookup(query).query();
        return node instanceof Label l ? l.getText() : ((TextField) node).getText();
    }

    /** Whether the node is on screen: it and every ancestor visible, and in a scene. */
    private boolean showing(String query) {
        return lookup(query).tryQuery().map(n -> {
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false);
    }

    @Test
    void clicksThroughEveryPageOfTheNavigation() {
        assertThat(showing("#page-HOME")).isTrue();
        assertThat(showing("#home-empty")).isTrue();
        for (Page page : Page.values()) {
            clickOn("#nav-" + page.name());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(showing("#page-" + page.name())).as(page.name()).isTrue();
            if (!page.isBuilt()) {
                assertThat(lookup("#page-" + page.name() + " .empty-title").queryAs(Label.class).getText())
                        .isEqualTo("「" + page.title() + "」正在开发中");
            }
        }
        // the global search box: Ctrl+F focuses it, Enter shows the matches in 农户台账
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#global-search").query().isFocused()).isTrue();
        // keyboard: Ctrl+1 is home again
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#page-HOME")).isTrue();
        assertThat(text("#status-ledger")).contains(dir.resolve("ledger.db").toString());
    }

    @Test
    void savesTheOfficeSettingsAndTheFrameShowsThem() throws Exception {
        clickOn("#nav-SETTINGS");
        FxWait.waitUntil(() -> !lookup("#settings-county").query().isDisabled()); // read in the background
        assertThat(lookup("#settings-save").queryButton().isDisabled()).isTrue();
        assertThat(showing("#settings-problems")).isTrue(); // town and operator missing
        clickOn("#settings-county").write("示范县");
        clickOn("#settings-town").write("示范镇");
        clickOn("#settings-operator").write("李会计");
        clickOn("#settings-reviewer").write("王主任");
        clickOn("#settings-phone").write("0753-1234567");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#settings-problems")).isFalse();
        clickOn("#settings-save");
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.waitUntil(() -> "已保存。".equals(text("#settings-message"))); // saved in the background
        assertThat(text("#settings-message")).isEqualTo("已保存。");
        assertThat(text("#status-operator")).isEqualTo("操作员：李会计");
        assertThat(app.services().settings().office())
                .isEqualTo(new OfficeSettings("示范县", "示范镇", "李会计", "王主任", "", "0753-1234567"));

        clickOn("#nav-HOME");
        FxWait.waitUntil(() -> "示范县示范镇帮扶台账".equals(text("#home-office"))); // read in the background
        assertThat(text("#home-office")).isEqualTo("示范县示范镇帮扶台账");
    }

    @Test
    void homeCountsAreLiveAndTheDemoIsOneClickAway() throws Exception {
        FxWait.waitUntil(() -> !text("#card-households-value").isEmpty()); // the counts are read in the background
        assertThat(text("#card-households-value")).isEqualTo("0");
        clickOn("#open-demo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> showing("#demo-badge"));
        WaitForAsyncUtils.waitForFxEvents();
        FxWait.waitUntil(() -> !text("#card-households-value").isEmpty() && !text("#card-households-value").equals("0"));
        assertThat(text("#card-households-value")).isEqualTo(Messages.count(LedgerServices.DEMO_HOUSEHOLDS));
        assertThat(Integer.parseInt(text("#card-monitored-value"))).isPositive();
        assertThat(app.services().file()).isEqualTo(dir.resolve("demo.db"));
        // the real ledger was not touched
        try (LedgerServices real = LedgerServices.openReadOnly(dir.resolve("ledger.db"))) {
            assertThat(real.overview().stats().households()).isZero();
        }
        clickOn("#leave-demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !showing("#demo-badge") && showing("#home-empty"));
        assertThat(app.services().file()).isEqualTo(dir.resolve("ledger.db"));
    }

    @Test
    void theGlobalSearchAndTheWorkQueueLeadToTheHouseholdCard() throws Exception {
        LedgerServices s = app.services();
        long village = s.households().addVillage("东坑村");
        String first17 = "44152319700101001";
        Member head = new Member(null, 0, "张三丰", "居民身份证", null, first17 + IdNumber.checkChar(first17), null, null,
                null, "汉族", "户主", "初中", null, "健康", "普通劳动力", "县内务工", 6L, true, true, true, "未享受", "不享受",
                null, null, null, null, null, null);
        long hh = s.households().createHousehold(new Household(null, "0001", village, null, "一般农户", false, null, null,
                null), head, null);
        s.monitoring().openEpisode(new MonitoringService.NewEpisode(hh, "边缘易致贫户", "干部排查",
                YearMonth.now().minusMonths(2), List.of("因病"), null, null, new EpisodeSnapshot(0,
                EpisodeSnapshot.IDENTIFIED, 1, 500_000, 0, 0, 0, 0, 0, 0, false, true, false, true)), null);

        // the global search box: pinyin initials, Enter → 农户台账 with the one match
        clickOn("#global-search").write("zsf").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#page-HOUSEHOLDS")
                && "共 1 户".equals(lookup("#hh-count").queryAs(Label.class).getText()));
        assertThat(showing("#global-search")).as("one search box on screen: the page's own").isFalse();
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#hh-search").query().isFocused()).isTrue();

        // the monitoring queue "识别满一月未落实开发式措施" → the household's card
        clickOn("#nav-MONITORING");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup("#mon-queue-NO_DEVELOPMENT").queryTableView().getItems().size() == 1);
        interact(() -> {
            TabPane tabs = lookup("#mon-queues").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "mon-tab-NO_DEVELOPMENT".equals(t.getId())).findFirst().orElseThrow());
            lookup("#mon-queue-NO_DEVELOPMENT").queryTableView().getSelectionModel().select(0);
        });
        clickOn("#mon-open");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing("#page-HOUSEHOLDS") && showing("#hh-card")
                && lookup("#hh-card-head").queryAs(Label.class).getText().contains("张三丰"));
    }

    /** At 1280×800 the open card shows all its tabs (变更记录 the last) and the 帮扶措施 table's 金额 column. */
    @Test
    void theHouseholdCardFitsA1280Window() throws Exception {
        LedgerServices s = app.services();
        long village = s.households().addVillage("东坑村");
        String first17 = "44152319700101001";
        Member head = new Member(null, 0, "张三丰", "居民身份证", null, first17 + IdNumber.checkChar(first17), null, null,
                null, "汉族", "户主", "初中", null, "健康", "普通劳动力", "县内务工", 6L, true, true, true, "未享受", "不享受",
                null, null, null, null, null, null);
        long hh = s.households().createHousehold(new Household(null, "441523020100001", village, null, "一般农户", false,
                null, null, null), head, null);
        s.monitoring().addMeasure(new cn.bangfu.ledger.model.Measure(null, hh, null, "产业帮扶", "发放鸡苗 200 只",
                java.time.LocalDate.now().minusDays(30), null, 120_000L, "衔接资金", null, "王干部", null), null);
        interact(() -> {
            javafx.stage.Stage stage = (javafx.stage.Stage) lookup("#nav-HOME").query().getScene().getWindow();
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        clickOn("#nav-HOUSEHOLDS");
        FxWait.waitUntil(() -> showing("#hh-table") && lookup("#hh-table").queryTableView().getItems().size() == 1);
        interact(() -> {
            lookup("#hh-table").queryTableView().requestFocus();
            lookup("#hh-table").queryTableView().getSelectionModel().select(0);
        });
        push(KeyCode.ENTER);
        FxWait.waitUntil(() -> showing("#hh-card") && text("#hh-card-head").contains("张三丰"));
        interact(() -> lookup(".hh-tabs").queryAs(TabPane.class).getSelectionModel().select(4)); // 帮扶措施
        FxWait.waitUntil(() -> showing("#hh-measures") && lookup("#hh-measures").queryTableView().getItems().size() == 1);

        Node card = lookup("#hh-card").query();
        double right = Math.min(card.localToScene(card.getLayoutBounds()).getMaxX(), card.getScene().getWidth());
        Node headerArea = lookup(".hh-tabs .tab-header-area .headers-region").query().getParent();
        double tabsRight = Math.min(right, headerArea.localToScene(headerArea.getLayoutBounds()).getMaxX());
        Node history = lookup(".hh-tabs #tab-history").query();
        assertThat(history.localToScene(history.getLayoutBounds()).getMaxX()).as("变更记录's tab, right edge")
                .isLessThanOrEqualTo(tabsRight + 0.5);
        assertThat(lookup(".hh-tabs .control-buttons-tab").tryQuery().map(FxWait::onScreen).orElse(false))
                .as("no menu of tabs that did not fit").isFalse();

        Node measures = lookup("#hh-measures").query();
        double tableRight = Math.min(right, measures.localToScene(measures.getLayoutBounds()).getMaxX());
        Node amount = lookup("#hh-measures .column-header").queryAll().stream()
                .filter(n -> n.lookup(".label") instanceof Label l && l.getText().startsWith("金额")).findFirst()
                .orElseThrow();
        assertThat(amount.localToScene(amount.getLayoutBounds()).getMaxX()).as("金额's column header, right edge")
                .isLessThanOrEqualTo(tableRight + 0.5);
    }

    @Test
    void rememberTheWindowGeometryOnClose() throws Exception {
        FxToolkit.cleanupApplication(app);
        assertThat(Files.exists(dir.resolve("window.properties"))).isTrue();
        assertThat(WindowState.load(dir.resolve("window.properties"))).isPresent();
        app = (BangfuApp) FxToolkit.setupApplication(() -> new BangfuApp(
                new BangfuApp.Launch(dir.resolve("ledger.db"), false, dir.resolve("window.properties"))));
    }
}
