package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.FxWait.onScreen;
import static cn.bangfu.ledger.gui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import cn.bangfu.ledger.gui.Fonts;
import cn.bangfu.ledger.gui.FxWait;
import cn.bangfu.ledger.gui.MainViewModel;
import cn.bangfu.ledger.gui.MainWindow;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.rosters.DiffStatus;
import cn.bangfu.ledger.model.HouseholdFilter;
import cn.bangfu.ledger.model.HouseholdRow;
import cn.bangfu.ledger.model.Member;
import cn.bangfu.ledger.model.OfficeSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 导入花名册 in the real window (headless), used as a clerk would: a county roster with two title rows and one
 * wrong ID goes through every step of the wizard, lands in 农户台账, shows in 导入记录 and is undone again.
 */
class ImportViewFxTest extends FxRobot {

    @TempDir
    Path dir;

    LedgerServices services;
    MainWindow window;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Fonts.load();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
    }

    @BeforeEach
    void open() throws TimeoutException {
        services = LedgerServices.open(dir.resolve("l.db"));
        services.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(new MainViewModel(services), new MainWindow.Host() {
                @Override
                public void openDemo() {
                }

                @Override
                public void leaveDemo() {
                }
            });
            Scene scene = new Scene(window.root(), 1200, 760);
            scene.getStylesheets().add(Objects.requireNonNull(
                    ImportView.class.getResource("/cn/bangfu/ledger/gui/bangfu.css")).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        services.close();
    }

    // ---- helpers (as in the household tests: settled nodes, generous waits)

    boolean showing(String query) {
        return lookup(query).tryQuery().map(FxWait::onScreen).orElse(false);
    }

    String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }

    @SuppressWarnings("unchecked")
    <T> TableView<T> table(String query) {
        return (TableView<T>) lookup(query).queryAs(TableView.class);
    }

    /** A robot click with the pointer put there at once, once the node is on screen and enabled. */
    FxRobot click(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            waitUntil(() -> onScreen(node) && !node.isDisabled());
        } catch (TimeoutException e) {
            throw new AssertionError("not clickable: " + node, e);
        }
        robotContext().getBaseRobot().moveMouse(point(node).query());
        WaitForAsyncUtils.waitForFxEvents();
        return clickOn(MouseButton.PRIMARY);
    }

    FxRobot click(String query) throws TimeoutException {
        waitUntil(() -> lookup(query).tryQuery().isPresent());
        return click(lookup(query).query());
    }

    private List<HouseholdRow> households() {
        return services.search().search(HouseholdFilter.all(LocalDate.now())).rows();
    }

    // ---- the test

    @Test
    @Timeout(60)
    void importsARosterStepByStepThenUndoesTheBatch() throws Exception {
        Path roster = ImportRosters.write(dir.resolve("示范镇花名册.xlsx"), ImportRosters.first());
        click("#nav-IMPORT");
        waitUntil(() -> showing("#page-IMPORT"));

        // 1 选择文件: the drop zone and the options; the chooser is a native dialog, so the file is handed over
        assertThat(showing("#imp-drop")).isTrue();
        assertThat(text("#imp-step-FILE")).isEqualTo("1  选择文件");
        assertThat(lookup("#imp-step-FILE").query().getStyleClass()).contains("imp-step-current");
        assertThat(lookup("#imp-own-town").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(text("#imp-own-town")).isEqualTo("只导入本乡镇（示范镇）的行");
        assertThat(lookup("#imp-next").queryButton().isDisabled()).isTrue();
        assertThat(showing("#imp-source")).isFalse(); // only for push lists
        waitUntil(() -> lookup("#imp-choose").query().getScene().getFocusOwner() == lookup("#imp-choose").query());
        ImportView view = (ImportView) lookup("#page-IMPORT").query().getProperties().get(ImportView.class);
        interact(() -> view.viewModel().wizard().file().onFileChosen(roster));

        // 2 识别表头: read off the FX thread, then the header found below the two title rows, and the mapping
        waitUntil(() -> showing("#imp-mapping"));
        assertThat(text("#imp-format")).isEqualTo("Excel 工作簿（.xlsx）");
        assertThat(text("#imp-kind-text")).isEqualTo("花名册（按表头自动识别）");
        assertThat(lookup("#imp-header-lines").queryAs(VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).containsExactly("工作表“花名册”：表头在第 3 行，共 7 列");
        assertThat(lookup("#imp-map-ID_NUMBER").queryAs(ComboBox.class).getValue()).isEqualTo("证件号码");
        assertThat(text("#imp-sample-NAME")).isEqualTo("张大山、李秀英、张小明");
        assertThat(text("#imp-mapping-note")).startsWith("已按列名自动对应 7 项");
        assertThat(showing("#imp-missing")).isFalse();
        assertThat(lookup("#imp-step-FILE").query().getStyleClass()).contains("imp-step-done");

        // 3 检查
        click("#imp-check");
        waitUntil(() -> showing("#imp-verdict"));
        assertThat(text("#imp-verdict")).isEqualTo("检查完毕：2 户可以导入，1 户暂缓导入（有错误行，需在原表中改正）。");
        assertThat(text("#imp-stat-rows")).isEqualTo("6");
        assertThat(text("#imp-stat-rejected")).isEqualTo("1");
        TableView<ProblemRow> problems = table("#imp-problems");
        assertThat(problems.getItems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo("8");
            assertThat(p.column()).isEqualTo("证件号码");
            assertThat(p.code()).isEqualTo("证件号校验位错误");
            assertThat(p.severity()).isEqualTo("错误");
        });
        assertThat(lookup("#imp-problems .imp-error-row").tryQuery()).isPresent();
        click("#imp-only-errors");
        waitUntil(() -> problems.getItems().size() == 1);
        assertThat(lookup("#imp-export-errors").queryButton().isDisabled()).isFalse();

        // 4 差异预览: a tab per kind of difference, with its count
        click("#imp-to-preview");
        waitUntil(() -> showing("#imp-diff-tabs"));
        assertThat(lookup("#imp-diff-tabs").queryAs(TabPane.class).getTabs()).extracting(t -> t.getText())
                .containsExactly("新增（2）", "变更（0）", "无变化（0）", "账本有名册无（0）", "暂缓导入（1）");
        TableView<DiffRow> added = table("#imp-diff-ADDED");
        assertThat(added.getItems()).extracting(DiffRow::head).containsExactly("张大山", "王建国");
        click(lookup(".tab").match(n -> n.getId() != null && n.getId().equals("imp-diff-tab-HELD_BACK")).query());
        waitUntil(() -> showing("#imp-diff-HELD_BACK"));
        TableView<DiffRow> held = table("#imp-diff-HELD_BACK");
        assertThat(held.getItems()).singleElement()
                .satisfies(d -> assertThat(d.details()).contains("第8行", "整户暂缓导入"));

        // 5 确认导入
        click("#imp-next");
        waitUntil(() -> showing("#imp-confirm-lines"));
        assertThat(lookup("#imp-confirm-lines").queryAs(VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText()).first().asString()
                .contains("新增 2 户（4 人）");
        click("#imp-apply");
        waitUntil(() -> showing("#imp-result"));
        assertThat(text("#imp-result")).startsWith("已导入（批次 1）：新增 2 户、变更 0 户，暂缓 1 户");
        assertThat(households()).extracting(HouseholdRow::householdNo)
                .containsExactlyInAnyOrder("4415230101001", "4415230101002");
        assertThat(showing("#imp-back")).isTrue();
        assertThat(lookup("#imp-back").queryButton().isDisabled()).isTrue(); // done: no way back into it

        // the household list shows the new households
        click("#imp-open-households");
        waitUntil(() -> showing("#page-HOUSEHOLDS") && table("#hh-table").getItems().size() == 2);
        long zhang = households().stream().filter(h -> h.householdNo().equals("4415230101001")).findFirst()
                .orElseThrow().id();
        assertThat(services.households().card(zhang).members()).extracting(Member::name)
                .containsExactly("张大山", "李秀英", "张小明");

        // 6 导入记录: the batch, then 撤销本批 with a confirmation naming it
        click("#nav-IMPORT");
        click("#imp-open-history");
        TableView<BatchRow> history = table("#imp-history");
        waitUntil(() -> showing("#imp-history") && history.getItems().size() == 1);
        BatchRow batch = history.getItems().getFirst();
        assertThat(batch).extracting(BatchRow::batch, BatchRow::operator, BatchRow::file, BatchRow::kind,
                BatchRow::rows, BatchRow::rejected, BatchRow::added, BatchRow::heldBack, BatchRow::status)
                .containsExactly("1", "李会计", "示范镇花名册.xlsx", "花名册", "6", "1", "2", "1", "—");
        assertThat(lookup("#imp-revert").queryButton().isDisabled()).isTrue(); // nothing selected yet
        click(lookup("#imp-history .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null).findFirst().orElseThrow());
        waitUntil(() -> !lookup("#imp-revert").queryButton().isDisabled());
        click("#imp-revert");
        waitUntil(() -> showing("#dialog-confirm-yes"));
        assertThat(lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo("撤销批次 1（示范镇花名册.xlsx）？");
        assertThat(lookup("#dialog-confirm-text").queryLabeled().getText())
                .contains("由 李会计 于").contains("这批新增的 2 户（连同其成员）从账本中删除");
        click("#dialog-confirm-yes");
        waitUntil(() -> showing("#imp-history-message"));
        assertThat(text("#imp-history-message")).isEqualTo("已撤销批次 1（撤销记录为批次 2）。");
        assertThat(history.getItems()).extracting(BatchRow::kind).containsExactly("撤销批次 1", "花名册");
        assertThat(history.getItems().get(1).status()).isEqualTo("已撤销");
        assertThat(households()).isEmpty();
        assertThat(services.importHistory().revertOf(1)).isPresent();

        // the list elsewhere follows
        click("#nav-HOUSEHOLDS");
        waitUntil(() -> showing("#hh-empty"));
        push(KeyCode.ESCAPE);
    }

    @Test
    @Timeout(60)
    void aMissingRequiredColumnIsMarkedAndTheMappingCanBeFixedInTheGrid() throws Exception {
        List<String> header = List.of("户编号", "行政村", "户类型", "姓名", "公民号", "性别", "与户主关系");
        Path roster = ImportRosters.write(dir.resolve("改过表头.xlsx"), header, ImportRosters.second());
        click("#nav-IMPORT");
        waitUntil(() -> showing("#imp-drop"));
        ImportView view = (ImportView) lookup("#page-IMPORT").query().getProperties().get(ImportView.class);
        interact(() -> view.viewModel().wizard().file().onFileChosen(roster));
        waitUntil(() -> showing("#imp-mapping"));

        assertThat(showing("#imp-missing")).isTrue();
        assertThat(text("#imp-missing")).startsWith("缺少必需的列：证件号码。");
        Button check = lookup("#imp-check").queryButton();
        assertThat(check.isDisabled()).isTrue();
        ComboBox<?> id = lookup("#imp-map-ID_NUMBER").queryAs(ComboBox.class);
        assertThat(id.getStyleClass()).contains("imp-missing");

        // pick the column from the drop-down, as the clerk would
        click(id);
        click(lookup(".list-cell").match(n -> onScreen(n) && "公民号".equals(((Labeled) n).getText())).query());
        waitUntil(() -> !check.isDisabled());
        assertThat(id.getStyleClass()).doesNotContain("imp-missing");
        assertThat(showing("#imp-missing")).isFalse();
        assertThat(text("#imp-mapping-note")).isEqualTo("对应关系已修改（尚未保存）。");

        // and 开始检查 runs with it (Enter is the page's default button)
        push(KeyCode.ENTER);
        waitUntil(() -> showing("#imp-verdict"));
        assertThat(text("#imp-verdict")).isEqualTo("检查完毕，没有发现问题。");
        assertThat(view.viewModel().wizard().preview().diffTitleProperty(DiffStatus.ADDED).get()).isEqualTo("新增（2）");
    }

    /** Writes the window as it is to {@code -Dbangfu.shots=FOLDER}/name.png (to look at; nothing is asserted). */
    void shot(String name) {
        String folder = System.getProperty("bangfu.shots");
        if (folder == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            var image = window.root().getScene().snapshot(null);
            var w = (int) image.getWidth();
            var h = (int) image.getHeight();
            var out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
                }
            }
            try {
                javax.imageio.ImageIO.write(out, "png", Path.of(folder, name + ".png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    @Timeout(60)
    void aRosterWithMonitoringShowsWhatItDoesToTheEpisodesBeforeItIsImported() throws Exception {
        String head = ImportRosters.id("44152319700101011");
        String wife = ImportRosters.id("44152319720202022");
        String other = ImportRosters.id("44152319650505031");
        Path roster = dir.resolve("监测对象花名册.csv");
        java.nio.file.Files.writeString(roster, String.join("\n",
                "示范县2026年防返贫监测对象花名册",
                "乡(镇),行政村,户编号,户类型,姓名,证件号码,与户主关系,监测对象类别,致贫/返贫风险1,致贫/返贫风险2,识别监测时间,"
                        + "风险是否已消除,工资性收入,转移性收入,是否义务教育阶段适龄儿童少年失学辍学,是否危房户,"
                        + "是否有家庭成员未参加城乡居民（职工）基本医疗保险,是否解决安全饮用水",
                "示范镇,东坑村,M1,脱贫户,张大山," + head + ",户主,脱贫不稳定户,因病,因学,202503,否,6000,3000,否,否,否,是",
                "示范镇,东坑村,M1,脱贫户,李秀英," + wife + ",配偶,脱贫不稳定户,因病,因学,202503,否,6000,3000,否,否,否,是",
                "示范镇,东坑村,M2,脱贫户,王建国," + other + ",户主,边缘易致贫户,因残,,,否,,,,,,") + "\n");
        click("#nav-IMPORT");
        waitUntil(() -> showing("#page-IMPORT"));
        waitUntil(() -> lookup("#imp-choose").query().getScene().getFocusOwner() == lookup("#imp-choose").query());
        ImportView view = (ImportView) lookup("#page-IMPORT").query().getProperties().get(ImportView.class);
        interact(() -> view.viewModel().wizard().file().onFileChosen(roster));
        waitUntil(() -> showing("#imp-mapping"));
        assertThat(lookup("#imp-map-CATEGORY").queryAs(ComboBox.class).getValue()).isEqualTo("监测对象类别");
        assertThat(lookup("#imp-map-IDENTIFIED_MONTH").queryAs(ComboBox.class).getValue()).isEqualTo("识别监测时间");

        click("#imp-check");
        waitUntil(() -> showing("#imp-verdict"));
        assertThat(text("#imp-stat-monitoring-opened")).isEqualTo("1");
        TableView<ProblemRow> problems = table("#imp-problems");
        assertThat(problems.getItems()).anySatisfy(p -> {   // M2: monitored, but no identification month
            assertThat(p.code()).isEqualTo("监测信息不能导入");
            assertThat(p.message()).contains("识别监测时间");
        });
        shot("import-monitoring-check");

        click("#imp-to-preview");
        waitUntil(() -> showing("#imp-diff-tabs"));
        TableView<DiffRow> added = table("#imp-diff-ADDED");
        assertThat(added.getItems()).singleElement()
                .satisfies(d -> assertThat(d.details()).contains("新纳入监测：脱贫不稳定户；因病、因学；识别于 2025年3月"));
        shot("import-monitoring-preview");

        click("#imp-next");
        waitUntil(() -> showing("#imp-confirm-lines"));
        click("#imp-apply");
        waitUntil(() -> showing("#imp-result"));
        assertThat(text("#imp-result")).contains("新纳入监测 1 户");
        assertThat(services.overview().stats().monitored()).containsEntry("脱贫不稳定户", 1L);
    }
}
