package cn.bangfu.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A form opened into a fresh ScrollPane gets the keyboard, whatever the order of runLater and pulse. */
class FocusFxTest extends FxRobot {

    private StackPane body;
    private Button opener;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            body = new StackPane();
            opener = new Button("新增成员");
            body.getChildren().setAll(opener);
            stage.setScene(new Scene(body, 400, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        interact(opener::requestFocus);
        assertThat(opener.isFocused()).isTrue();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aFieldInsideAFreshScrollPaneIsFocusedOnceTheScrollPaneHasShownIt() throws Exception {
        TextField name = new TextField(); // the toolkit is up: controls may be built off the FX thread
        AtomicBoolean sceneWhenOpened = new AtomicBoolean(true);
        AtomicBoolean focusedByPlainRequest = new AtomicBoolean(true);
        interact(() -> {
            body.getChildren().setAll(new ScrollPane(name)); // the opener leaves the scene, as on 新增成员
            sceneWhenOpened.set(name.getScene() != null);
            name.requestFocus(); // what a plain request does at this moment: nothing
            focusedByPlainRequest.set(name.isFocused());
            Focus.soon(name);
        });
        assertThat(sceneWhenOpened).isFalse(); // the premise: the ScrollPane's skin adds its content later
        assertThat(focusedByPlainRequest).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, name::isFocused);
        assertThat(name.getScene().getFocusOwner()).isSameAs(name);
    }

    @Test
    void aFieldAlreadyOnScreenIsFocusedAfterTheCurrentEvent() throws Exception {
        TextField name = new TextField(); // the toolkit is up: controls may be built off the FX thread
        interact(() -> body.getChildren().setAll(opener, name));
        interact(() -> {
            Focus.soon(name);
            assertThat(name.isFocused()).isFalse(); // not inside the event that asked
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, name::isFocused);
    }
}
