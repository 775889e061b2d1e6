package cn.bangfu.ledger.gui;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Puts the keyboard on a control that has just been built.
 *
 * <p>A plain {@code Platform.runLater(field::requestFocus)} loses the race whenever the field sits inside a
 * {@code ScrollPane} (or a {@code TabPane}) that was itself just put on screen: such containers add their
 * content to the scene only when their skin is made, in the next pulse's CSS pass. A focus request on a node
 * with no scene does nothing, and the pulse then hands the focus of the button that opened the form to the
 * first control of the window. This waits for the node to reach a scene first.
 */
public final class Focus {

    private Focus() {
    }

    /** Requests focus for {@code node} once it is part of a scene (after the current event has run). */
    public static void soon(Node node) {
        if (node.getScene() != null) {
            Platform.runLater(node::requestFocus);
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> value, Scene before, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    Platform.runLater(node::requestFocus);
                }
            }
        });
    }

    /**
     * Like {@link #soon}, and asks again a moment later (at 0.15, 0.4, 1, 2 and 3 s) while the keyboard is still outside
     * {@code within}. A page put on screen from another page gets its skins, its tab contents and its first read in
     * the pulses that follow; a request that came before them is dropped, and the keyboard stays on the
     * navigation button (seen on CI in ImportViewFxTest and HomeTodosFxTest). Once the keyboard is inside
     * {@code within}, by this request or by the clerk, nothing more is asked.
     */
    public static void settle(Node node, Node within) {
        soon(node);
        for (double ms : new double[] {150, 400, 1000, 2000, 3000}) { // a loaded PC lays a new page out slowly
            PauseTransition later = new PauseTransition(Duration.millis(ms));
            later.setOnFinished(e -> {
                Scene scene = node.getScene();
                if (scene != null && !inside(scene.getFocusOwner(), within) && focusable(node)) {
                    node.requestFocus();
                }
            });
            later.play();
        }
    }

    private static boolean inside(Node owner, Node within) {
        for (Node p = owner; p != null; p = p.getParent()) {
            if (p == within) {
                return true;
            }
        }
        return false;
    }

    private static boolean focusable(Node node) {
        for (Node p = node; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return !node.isDisabled();
    }
}
