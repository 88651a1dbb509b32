package org.bridgework.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs an action once, right after the next layout pass of a scene. A pulse first cleans up the focus (when the
 * node with the keyboard was just hidden, by switching views for instance, it hands the keyboard to the first
 * control it finds), then lays the scene out: putting the cursor in a new field from here comes after both,
 * where {@code Platform.runLater} could come before the clean-up and lose the cursor to it.
 */
public final class AfterLayout {
    private AfterLayout() {
    }

    /** Actions registered for the same pulse run in the order they were registered. */
    public static void run(Scene scene, Runnable action) {
        if (scene == null) {
            Platform.runLater(action);
            return;
        }
        boolean[] done = {false};
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            if (!done[0]) {
                done[0] = true;
                action.run();
                // Not removed while the scene is running its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Puts the keyboard on {@code node} after the next layout pass. */
    public static void focus(Node node) {
        run(node.getScene(), node::requestFocus);
    }
}
