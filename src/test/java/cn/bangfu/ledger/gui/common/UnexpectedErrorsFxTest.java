package cn.bangfu.ledger.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bangfu.ledger.gui.FxWait;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** A handler that throws: the clerk sees a Chinese dialog with the log's place, and the window keeps working. */
class UnexpectedErrorsFxTest extends FxRobot {

    private final AtomicInteger clicks = new AtomicInteger();
    private Thread.UncaughtExceptionHandler before;
    private Thread.UncaughtExceptionHandler fxBefore;
    private Stage stage;

    @BeforeEach
    void show() throws Exception {
        before = Thread.getDefaultUncaughtExceptionHandler();
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            Button broken = new Button("出错的按钮");
            broken.setId("broken");
            broken.setOnAction(e -> {
                throw new IllegalStateException("表格里没有这一列");
            });
            Button fine = new Button("正常的按钮");
            fine.setId("fine");
            fine.setOnAction(e -> clicks.incrementAndGet());
            s.setScene(new Scene(new VBox(10, broken, fine), 400, 300));
            s.show();
        });
        interact(() -> {
            fxBefore = Thread.currentThread().getUncaughtExceptionHandler();
            UnexpectedErrors.install(new FxDialogService(() -> stage), Path.of("/tmp/logs/bangfu.log"));
        });
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(before);
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler(fxBefore));
        FxToolkit.cleanupStages();
    }

    @Test
    void anExceptionFromAHandlerShowsTheDialogAndTheWindowKeepsRunning() throws Exception {
        // the event straight from the FX event loop, as a real click arrives: TestFX's robot and interact() run
        // their events inside a FutureTask, which keeps the exception to itself
        Button broken = lookup("#broken").queryButton();
        javafx.application.Platform.runLater(broken::fire);
        FxWait.waitUntil(() -> dialog() != null);
        DialogPane pane = dialog();
        String text = ((Label) pane.lookup("#dialog-error-text")).getText();
        assertThat(pane.getHeaderText()).isEqualTo("程序出错");
        assertThat(text).contains("程序遇到了一个意外的错误").contains("表格里没有这一列")
                .contains("整笔撤销").contains("/tmp/logs/bangfu.log");

        Node ok = pane.lookupButton(pane.getButtonTypes().getFirst());
        interact(() -> ((Button) ok).fire());
        FxWait.waitUntil(() -> dialog() == null);
        clickOn("#fine");
        assertThat(clicks).hasValue(1);
    }

    @Test
    void anExceptionOnAWorkerThreadIsShownToo() throws Exception {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("后台出错");
        });
        worker.start();
        worker.join();
        FxWait.waitUntil(() -> dialog() != null);
        assertThat(((Label) dialog().lookup("#dialog-error-text")).getText()).contains("后台出错");
        interact(() -> ((Button) dialog().lookupButton(dialog().getButtonTypes().getFirst())).fire());
    }

    private static DialogPane dialog() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane p
                    && "dialog-error".equals(p.getId())) {
                return p;
            }
        }
        return null;
    }
}
