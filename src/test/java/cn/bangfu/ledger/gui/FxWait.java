package cn.bangfu.ledger.gui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen tests wait for: settled nodes, with generous time, and a timeout that says what it saw. */
public final class FxWait {

    private FxWait() {
    }

    /**
     * Waits until the condition holds, then for the FX events it caused. Generous: CI runs on two cores, and a
     * wait that holds only on a quiet machine is a flaky test. A timeout names every window and its focus owner.
     */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            StringBuilder why = new StringBuilder("timed out; windows:");
            for (Window w : Window.getWindows()) {
                Node owner = w.getScene() == null ? null : w.getScene().getFocusOwner();
                why.append(" [").append(w.getClass().getSimpleName()).append(" showing=").append(w.isShowing())
                        .append(" focused=").append(w.isFocused()).append(" owner=")
                        .append(owner == null ? "none" : owner.getClass().getSimpleName() + "#" + owner.getId())
                        .append("]");
            }
            throw new TimeoutException(why.toString());
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether the node is in a scene and it and all its parents are visible. */
    public static boolean onScreen(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
