package cn.bangfu.ledger.gui;

import atlantafx.base.theme.PrimerLight;
import cn.bangfu.ledger.gui.common.Background;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.FxDialogService;
import cn.bangfu.ledger.gui.common.UnexpectedErrors;
import cn.bangfu.ledger.logic.LedgerServices;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window application. Started by the launcher through {@link #start(Launch)}; tests construct it with
 * a {@link Launch} of their own.
 */
public final class BangfuApp extends Application implements MainWindow.Host {

    /**
     * What to open.
     *
     * @param ledger          the ledger file (ignored when {@code demo})
     * @param demo            open the demo ledger (created and filled on first use)
     * @param windowStateFile where the window's size and position are remembered
     */
    public record Launch(Path ledger, boolean demo, Path windowStateFile) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(BangfuApp.class);
    private static volatile Launch pending;

    private final Launch launch;
    private final StackPane shell = new StackPane();
    private final VBox busy = new VBox(12);
    private final Label busyText = new Label();
    private Stage stage;
    private LedgerServices services;
    private final DialogService dialogs = new FxDialogService(() -> stage);
    private final Background background = Background.fx();

    /** For {@link Application#launch}: takes what {@link #start(Launch)} left. */
    public BangfuApp() {
        this(pending);
    }

    public BangfuApp(Launch launch) {
        this.launch = Objects.requireNonNull(launch, "launch");
        // JavaFX's own texts (dialog buttons, text-field menus) in Chinese, whatever the OS locale
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
    }

    /** Opens the window and returns when it is closed. */
    public static void start(Launch launch) {
        pending = launch;
        Application.launch(BangfuApp.class);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        UnexpectedErrors.install(dialogs, UnexpectedErrors.logFile());
        Fonts.load();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        try {
            services = launch.demo() ? LedgerServices.openDemo() : LedgerServices.open(launch.ledger());
        } catch (RuntimeException e) {
            LOG.error("Could not open the ledger", e);
            dialogs.showError(Messages.t("app.openFailed"), e.getMessage());
            Platform.exit();
            return;
        }
        ProgressIndicator spinner = new ProgressIndicator();
        busy.getChildren().setAll(spinner, busyText);
        busy.setAlignment(Pos.CENTER);
        busy.getStyleClass().add("busy-overlay");
        busy.setVisible(false);
        Scene scene = new Scene(shell, 1280, 800);
        scene.getStylesheets().add(stylesheet());
        stage.setScene(scene);
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        showLedger(services);
        restoreGeometry();
        stage.show();
    }

    @Override
    public void stop() {
        saveGeometry();
        if (services != null) {
            services.close();
        }
    }

    /** The services of the ledger on screen (for tests). */
    public LedgerServices services() {
        return services;
    }

    @Override
    public void openDemo() {
        switchTo(LedgerServices::openDemo, Messages.t("app.openingDemo"));
    }

    @Override
    public void leaveDemo() {
        Path real = launch.ledger() != null ? launch.ledger() : LedgerServices.defaultLedgerFile();
        switchTo(() -> LedgerServices.open(real), "");
    }

    private void switchTo(Supplier<LedgerServices> opener, String message) {
        busyText.setText(message);
        busy.setVisible(true);
        background.task(p -> opener.get())
                .onSuccess(opened -> {
                    busy.setVisible(false);
                    LedgerServices old = services;
                    services = opened;
                    showLedger(services);
                    old.close();
                })
                .onFailure(e -> {
                    busy.setVisible(false);
                    dialogs.showError(Messages.t("app.openFailed"), Background.explain(e));
                })
                .start();
    }

    private void showLedger(LedgerServices s) {
        MainViewModel vm = new MainViewModel(s);
        MainWindow window = new MainWindow(vm, this, dialogs);
        shell.getChildren().setAll(window.root(), busy);
        window.installShortcuts();
        stage.titleProperty().bind(vm.titleProperty());
    }

    private void restoreGeometry() {
        WindowState.load(launch.windowStateFile()).ifPresentOrElse(s -> {
            boolean visible = !Screen.getScreensForRectangle(new Rectangle2D(s.x(), s.y(), s.width(), s.height()))
                    .isEmpty();
            stage.setWidth(s.width());
            stage.setHeight(s.height());
            if (visible) {
                stage.setX(s.x());
                stage.setY(s.y());
            } else {
                stage.centerOnScreen();
            }
            stage.setMaximized(s.maximized());
        }, () -> {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1280, screen.getWidth()));
            stage.setHeight(Math.min(800, screen.getHeight()));
            stage.centerOnScreen();
        });
    }

    private void saveGeometry() {
        if (stage == null || launch.windowStateFile() == null || stage.getScene() == null) {
            return;
        }
        new WindowState(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                .save(launch.windowStateFile());
    }

    static String stylesheet() {
        return Objects.requireNonNull(BangfuApp.class.getResource("bangfu.css")).toExternalForm();
    }
}
