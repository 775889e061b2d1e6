package cn.bangfu.ledger.gui.imports;

import static cn.bangfu.ledger.gui.FxWait.onScreen;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import cn.bangfu.ledger.gui.FxWait;
import cn.bangfu.ledger.gui.Fonts;
import cn.bangfu.ledger.gui.MainViewModel;
import cn.bangfu.ledger.gui.MainWindow;
import cn.bangfu.ledger.logic.LedgerServices;
import cn.bangfu.ledger.logic.bench.ImportBench;
import cn.bangfu.ledger.logic.rosters.ImportOptions;
import cn.bangfu.ledger.logic.rosters.ImportProgress;
import cn.bangfu.ledger.model.OfficeSettings;
import cn.bangfu.ledger.store.Ledger;
import cn.bangfu.ledger.store.WriterHold;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
 * The window never freezes (issue 9, item 4): while a large roster is being written into the ledger, the clerk
 * goes to 农户台账, searches a household and opens its card — and the card is there before the import ends.
 * Reads run on their own read-only connection beside the writer; with one shared connection the search would
 * wait for the whole import.
 */
class WindowAnswersDuringImportFxTest extends FxRobot {

    /**
     * Persons in the roster. The import is held inside its transaction after its 200th member (a {@link WriterHold}),
     * so the test does not depend on the import being slower than the card: with timing alone, 40,000 persons
     * were too few on a quiet CI run, and 120,000 made the test slow.
     */
    static final int PERSONS = 5_000;

    @TempDir
    Path dir;

    LedgerServices services;

    WriterHold hold;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            Fonts.load();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
    }

    @BeforeEach
    void open() throws Exception {
        Ledger ledger = Ledger.open(dir.resolve("l.db"));
        services = new LedgerServices(ledger);
        services.settings().save(new OfficeSettings("示范县", "示范镇", "李会计"));
        // the ledger already holds the town's first roster (张大山's household among them)
        Path first = ImportRosters.write(dir.resolve("第一批.xlsx"), ImportRosters.first());
        ImportOptions options = ImportOptions.defaults().withTown("示范镇");
        services.importApplying().apply(services.importPlanning().plan(first, options, ImportProgress.NONE),
                ImportProgress.NONE);
        hold = WriterHold.atMember(ledger, 200);
        FxToolkit.setupStage(stage -> {
            MainWindow window = new MainWindow(new MainViewModel(services), new MainWindow.Host() {
                @Override
                public void openDemo() {
                }

                @Override
                public void leaveDemo() {
                }
            });
            Scene scene = new Scene(window.root(), 1200, 760);
            scene.getStylesheets().add(Objects.requireNonNull(
                    MainWindow.class.getResource("/cn/bangfu/ledger/gui/bangfu.css")).toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws TimeoutException {
        hold.release();
        FxToolkit.cleanupStages();
        services.close();
    }

    static void waitLong(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean showing(String query) {
        return lookup(query).tryQuery().map(FxWait::onScreen).orElse(false);
    }

    FxRobot click(String query) throws TimeoutException {
        FxWait.waitUntil(() -> lookup(query).tryQuery().map(n -> onScreen(n) && !n.isDisabled()).orElse(false));
        Node node = lookup(query).query();
        robotContext().getBaseRobot().moveMouse(point(node).query());
        WaitForAsyncUtils.waitForFxEvents();
        return clickOn(MouseButton.PRIMARY);
    }

    @Test
    @Timeout(600)
    void theListAndTheCardAnswerWhileALargeImportIsWritten() throws Exception {
        Path big = dir.resolve("全县花名册.xlsx");
        int households = ImportBench.generate(big, PERSONS, 7);

        click("#nav-IMPORT");
        FxWait.waitUntil(() -> showing("#page-IMPORT"));
        ImportView view = (ImportView) lookup("#page-IMPORT").query().getProperties().get(ImportView.class);
        var wizard = view.viewModel().wizard();
        interact(() -> wizard.file().onFileChosen(big));
        waitLong(() -> showing("#imp-mapping") && !wizard.busyProperty().get());
        click("#imp-check");
        waitLong(() -> showing("#imp-verdict") && !wizard.busyProperty().get());
        click("#imp-to-preview");
        waitLong(() -> showing("#imp-diff-tabs"));
        click("#imp-next");
        waitLong(() -> showing("#imp-confirm-lines"));

        AtomicLong importEnded = new AtomicLong();
        interact(() -> wizard.busyProperty().addListener((o, was, now) -> {
            if (!now) {
                importEnded.set(System.nanoTime());
            }
        }));
        click("#imp-apply");
        long started = System.nanoTime();
        waitLong(wizard.busyProperty()::get);
        assertThat(hold.awaitHeld(180)).as("the import is writing members").isTrue();

        // while the roster is written: 农户台账, search a household of the first roster, open its card
        click("#nav-HOUSEHOLDS");
        FxWait.waitUntil(() -> showing("#page-HOUSEHOLDS"));
        click("#hh-search").write("4415230101001");
        waitLong(() -> showing("#hh-count") && ((Labeled) lookup("#hh-count").query()).getText().equals("共 1 户"));
        push(KeyCode.DOWN);
        push(KeyCode.ENTER);
        waitLong(() -> showing("#hh-card-head") && ((Labeled) lookup("#hh-card-head").query()).getText().contains("张大山"));
        long cardShown = System.nanoTime();
        assertThat(importEnded.get())
                .as("the card opened %.1f s after 开始导入, before the import ended", (cardShown - started) / 1e9)
                .isZero();
        assertThat(wizard.busyProperty().get()).isTrue();
        assertThat(hold.held()).as("the writer is still inside the import's transaction").isTrue();

        // the import then finishes as usual
        hold.release();
        waitLong(() -> importEnded.get() != 0);
        assertThat(services.search().search(cn.bangfu.ledger.model.HouseholdFilter.all(java.time.LocalDate.now()))
                .total()).isGreaterThan(households);
    }
}
