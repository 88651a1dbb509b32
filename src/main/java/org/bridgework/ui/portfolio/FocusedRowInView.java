package org.bridgework.ui.portfolio;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps the row the keyboard went to whole in view when rows change height around it. The words around a match
 * are fetched once rows come into view and make them taller, and the list keeps its place by its first row, so the
 * row just gone to (End, Page Down) would slide below the list's edge. A list the user has scrolled since (wheel,
 * touchpad or scroll bar) stays where it is.
 */
final class FocusedRowInView {
    /** Passes after which a row still not whole is left alone (each scroll can grow rows once more). */
    private static final int MOST_PASSES = 4;
    private final ListView<?> list;
    private final Runnable afterLayout = this::afterLayout;
    /** True from moving to a row until the user scrolls the list by other means. */
    private boolean followsFocus = true;
    private int passesLeft;
    /** The scene whose layout is waited for, while passes are left. */
    private Scene listening;

    FocusedRowInView(ListView<?> list) {
        this.list = list;
        list.getFocusModel().focusedIndexProperty().addListener((o, old, index) -> followsFocus = true);
        list.addEventFilter(ScrollEvent.SCROLL, event -> followsFocus = false);
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getTarget() instanceof Node target && inScrollBar(target)) {
                followsFocus = false;
            }
        });
    }

    /** Rows were given new contents: once laid out, the focused row is made whole again (on the JavaFX thread). */
    void rowsChanged() {
        Scene scene = list.getScene();
        if (!followsFocus || scene == null || passesLeft > 0) {
            return;
        }
        passesLeft = MOST_PASSES;
        listening = scene;
        scene.addPostLayoutPulseListener(afterLayout);
        Platform.requestNextPulse();
    }

    private void afterLayout() {
        VirtualFlow<?> flow = flow();
        int focused = list.getFocusModel().getFocusedIndex();
        passesLeft--;
        if (flow == null || focused < 0 || !followsFocus || passesLeft <= 0 || list.getScene() != listening
                || whole(flow, focused)) {
            passesLeft = 0;
            listening.removePostLayoutPulseListener(afterLayout);
            return;
        }
        // As little as makes the row whole, unlike ListView.scrollTo, which puts it at the top; looked at again
        // after the next layout, since the rows scrolled into view may grow in turn.
        flow.scrollTo(focused);
        Platform.requestNextPulse();
    }

    private static boolean whole(VirtualFlow<?> flow, int index) {
        IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell == null || !cell.isVisible()) {
            return false;
        }
        Bounds row = cell.localToScene(cell.getLayoutBounds());
        Bounds shown = flow.localToScene(flow.getLayoutBounds());
        return row.getMinY() >= shown.getMinY() - 0.5 && row.getMaxY() <= shown.getMaxY() + 0.5;
    }

    private static boolean inScrollBar(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    private VirtualFlow<?> flow() {
        return list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }
}
