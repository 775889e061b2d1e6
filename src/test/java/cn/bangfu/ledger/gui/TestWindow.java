package cn.bangfu.ledger.gui;

import atlantafx.base.theme.PrimerLight;
import cn.bangfu.ledger.gui.common.DialogService;
import cn.bangfu.ledger.gui.common.Widgets;
import cn.bangfu.ledger.logic.LedgerServices;
import javafx.application.Application;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window as the clerk sees it, on a test's ledger and scripted dialogs: 1280×800, the theme, the fonts. */
public final class TestWindow {

    private TestWindow() {
    }

    /** Registers the primary stage and loads the fonts and the theme (before the ledger is made). */
    public static void prepare() throws Exception {
        FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> {
            Fonts.load();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }).get();
    }

    /** Shows the main window on the ledger; the demo buttons do nothing. */
    public static void show(LedgerServices services, DialogService dialogs) throws Exception {
        FxToolkit.setupStage(stage -> {
            MainWindow window = new MainWindow(new MainViewModel(services), new MainWindow.Host() {
                @Override
                public void openDemo() {
                }

                @Override
                public void leaveDemo() {
                }
            }, dialogs);
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets().add(Widgets.STYLESHEET);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
