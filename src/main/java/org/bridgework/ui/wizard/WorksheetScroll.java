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

    private WorksheetScroll() {
    }

    static void reveal(ScrollPane pane, Scene scene) {
        Node content = pane.getContent();
        Node focused = scene == null ? null : scene.getFocusOwner();
        if (content == null || focused == null || !isInside(focused, content)) {
            return;
        }
        // The new card may not have been laid out yet.
        if (content instanceof Parent parent) {
            parent.applyCss();
            parent.layout();
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        Bounds field = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double top = Math.max(0, field.getMinY() - ABOVE);
        double range = contentHeight - viewHeight;
        pane.setVvalue(pane.getVmin() + (pane.getVmax() - pane.getVmin()) * Math.min(1, top / range));
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
