package cn.bangfu.ledger.gui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

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
}
