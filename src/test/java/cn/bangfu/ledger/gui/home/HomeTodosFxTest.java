package cn.bangfu.ledger.gui.home;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import cn.bangfu.ledger.gui.FxWait;
import cn.bangfu.ledger.gui.MainViewModel;
import cn.bangfu.ledger.gui.MainWindow;
import cn.bangfu.ledger.gui.common.ScriptedDialogs;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.demo.DemoGenerator;
import cn.bangfu.ledger.logic.monitoring.MonitoringService.NewEpisode;
import cn.bangfu.ledger.logic.monitoring.WorkQueue.Kind;
import cn.bangfu.ledger.model.EpisodeSnapshot;
import cn.bangfu.ledger.model.HouseholdFilter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The home page's cards of the clerk's work on a demo ledger: each number is the number of rows of the list the
 * card opens (by a click or by Enter), and the numbers are read again when the page is shown after a change.
 */
class HomeTodosFxTest extends FxRobot {

    @TempDir
    Path dir;

    private LedgerServices s;

    @BeforeEach
    void open() throws Exception {
        FxToolkit.registerPrimaryStage();
        interact(() -> {
            cn.bangfu.ledger.gui.Fonts.load();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
        s = LedgerServices.open(dir.resolve("demo.db"));
        s.demo().generate(new DemoGenerator.Options(LedgerServices.DEMO_HOUSEHOLDS, LedgerServices.DEMO_SEED,
                LocalDate.now()));
        FxToolkit.setupStage(stage -> {
            MainWindow window = new MainWindow(new MainViewModel(s), new MainWindow.Host() {
                @Override
                public void openDemo() {
                }

                @Override
                public void leaveDemo() {
                }
            }, new ScriptedDialogs());
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets().add(Widgets.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            window.installShortcuts();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        s.close();
    }

    private static final List<Kind> CARDS = List.of(Kind.NEW_THIS_MONTH, Kind.ELIMINATED_THIS_MONTH,
            Kind.PUBLICITY_ENDED, Kind.ELIMINATION_DUE, Kind.NO_DEVELOPMENT, Kind.LEADS, Kind.ATTENTION);

    private String value(Kind k) {
        return lookup("#todo-" + k.name() + "-value").queryAs(Label.class).getText();
    }

    private int number(Kind k) {
        return Integer.parseInt(value(k).replace(",", ""));
    }

    private boolean showing(String query) {
        return lookup(query).tryQuery().map(FxWait::onScreen).orElse(false);
    }

    private void home() throws Exception {
        clickOn("#nav-HOME");
        FxWait.waitUntil(() -> showing("#page-HOME") && CARDS.stream().noneMatch(k -> value(k).isEmpty()));
    }

    /** Opens a card's list and returns the number of rows it shows, once the list is on screen with its tab. */
    private int open(Kind k, boolean byKeyboard, int expected) throws Exception {
        Node card = lookup("#todo-" + k.name()).query();
        interact(() -> { // scrolled into view, as the clerk would
            ScrollPane page = lookup("#page-HOME").queryAs(ScrollPane.class);
            Node content = page.getContent();
            double y = content.sceneToLocal(card.localToScene(0, 0)).getY();
            double range = content.getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / range)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        if (byKeyboard) {
            interact(card::requestFocus);
            type(KeyCode.ENTER);
        } else {
            clickOn(card);
        }
        @SuppressWarnings("unchecked")
        TableView<Object> table = lookup("#mon-queue-" + k.name()).queryAs(TableView.class);
        String tabs = k == Kind.PUBLICITY_ENDED || k == Kind.NEW_THIS_MONTH || k == Kind.ELIMINATED_THIS_MONTH
                ? "#mon-lists" : "#mon-queues";
        FxWait.waitUntil(() -> showing("#page-MONITORING") && FxWait.onScreen(table)
                && ("mon-tab-" + k.name()).equals(lookup(tabs).queryAs(TabPane.class).getSelectionModel()
                        .getSelectedItem().getId())
                && !lookup("#mon-loading").query().isVisible() && table.getItems().size() == expected
                // the list takes the focus (Enter opens the selected household): waited for, as the scene's focus
                // owner — isFocused() also needs the window to hold the platform's focus, which the headless
                // platform may give another window of this JVM for a moment (two CI runs failed on it)
                && table.getScene() != null && table.getScene().getFocusOwner() == table);
        return table.getItems().size();
    }

    @Test
    @Timeout(120)
    void everyCardCountsTheRowsOfTheListItOpens() throws Exception {
        home();
        Map<Kind, Integer> shown = new LinkedHashMap<>();
        for (Kind k : CARDS) {
            shown.put(k, number(k));
        }
        assertThat(shown.values().stream().mapToInt(Integer::intValue).sum()).as("the demo has work to do: " + shown)
                .isPositive();
        assertThat(shown.values().stream().filter(n -> n > 0).count()).as("cards with work: " + shown)
                .isGreaterThanOrEqualTo(3);
        boolean byKeyboard = false;
        for (Kind k : CARDS) {
            home();
            assertThat(number(k)).isEqualTo(shown.get(k));
            assertThat(open(k, byKeyboard, shown.get(k))).as(k.name()).isEqualTo(shown.get(k));
            byKeyboard = !byKeyboard;
        }
    }

    @Test
    @Timeout(120)
    void theNumbersAreReadAgainWhenTheHomePageIsShownAfterAChange() throws Exception {
        home();
        int before = number(Kind.NEW_THIS_MONTH);
        // a household without an open episode is identified this month
        long household = s.search().search(HouseholdFilter.all(s.monitoring().today()).page(0, 1000)).rows().stream()
                .map(r -> r.id()).filter(id -> s.monitoring().openEpisodeOf(id).isEmpty()
                        && !s.monitoring().hadEliminatedEpisode(id))
                .findFirst().orElseThrow();
        s.monitoring().openEpisode(new NewEpisode(household, "边缘易致贫户", "干部排查", YearMonth.now(), List.of("因病"),
                null, null, new EpisodeSnapshot(0, EpisodeSnapshot.IDENTIFIED, 1, 500_000, 0, 0, 0, 0, 0, 0, false,
                        true, false, true)), null);
        clickOn("#nav-HOUSEHOLDS");
        home();
        FxWait.waitUntil(() -> number(Kind.NEW_THIS_MONTH) == before + 1);
        assertThat(number(Kind.NEW_THIS_MONTH)).isEqualTo(before + 1);
        assertThat(open(Kind.NEW_THIS_MONTH, true, before + 1)).isEqualTo(before + 1);
        List<Long> ids = new ArrayList<>();
        lookup("#mon-queue-NEW_THIS_MONTH").queryTableView().getItems().forEach(r -> ids.add(
                ((cn.bangfu.ledger.gui.monitoring.MonitoringViewModel.QueueRow) r).householdId()));
        assertThat(ids).contains(household);
    }
}
