package org.bridgework.ui.wizard;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/** Scrolls the worksheet so the field with the keyboard is in view (a new entry is added at the list's end). */
final class WorksheetScroll {
    /** Room left above the field, so its card's heading shows too. */
    private static final double ABOVE = 48;
    /**
     * Layout passes after the first in which the field is brought into view again: a worksheet just shown lays
     * out its pane (and may put it back at the top) on the next pulses.
     */
    private static final int PULSES = 3;

    private WorksheetScroll() {
    }

    static void reveal(ScrollPane pane, Scene scene) {
        if (scene == null || !scrollToFocus(pane, scene)) {
            return;
        }
        int[] left = {PULSES};
        Runnable[] again = new Runnable[1];
        again[0] = () -> {
            if (--left[0] <= 0) {
                scene.removePostLayoutPulseListener(again[0]);
            }
            scrollToFocus(pane, scene);
        };
        scene.addPostLayoutPulseListener(again[0]);
    }

    /** Scrolls so the focused field is near the top; false when the keyboard is not in the worksheet. */
    private static boolean scrollToFocus(ScrollPane pane, Scene scene) {
        Node content = pane.getContent();
        Node focused = scene.getFocusOwner();
        if (content == null || focused == null || !isInside(focused, content)) {
            return false;
        }
        // The new card, and the pane itself when its view was just switched to, may not be laid out yet.
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return true;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double top = Math.max(0, field.getMinY() - ABOVE);
        double range = contentHeight - viewHeight;
        pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * Math.min(1, top / range));
        return true;
    }

    static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
