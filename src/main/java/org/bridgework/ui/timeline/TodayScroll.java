package org.bridgework.ui.timeline;

import javafx.scene.control.ListView;
import org.bridgework.model.timeline.TimelineRow;

/**
 * Scrolls the timeline to today once, when it is opened: the rows after an edit or a filter change keep
 * their place, so working through the list is not interrupted.
 */
final class TodayScroll {
    /** Rows of the past kept in view above the marker, so "what just happened" is not out of sight. */
    private static final int ROWS_ABOVE = 1;

    private final ListView<TimelineRow> list;
    private boolean pending;

    TodayScroll(ListView<TimelineRow> list) {
        this.list = list;
        // A list not yet shown has no skin to scroll it, and would drop the scroll: try again once it is sized.
        list.heightProperty().addListener((o, old, height) -> rowsChanged());
    }

    /** The next complete rows are a new opening of the timeline (or, with false, not). */
    void expect(boolean opening) {
        pending = opening;
        if (opening) {
            rowsChanged();
        }
    }

    void rowsChanged() {
        if (!pending) {
            return;
        }
        int today = todayRow();
        if (today < 0 || list.getSkin() == null || list.getHeight() <= 0) {
            return;
        }
        pending = false;
        // After the list has taken in the new rows (and, when just shown, its size): an earlier scroll is lost.
        // The keyboard starts there too (focus, not selection): on the next item, so its ring is on a row in view.
        int first = Math.max(0, today - ROWS_ABOVE);
        int next = itemFrom(today);
        javafx.application.Platform.runLater(() -> {
            list.scrollTo(first);
            if (next >= 0) {
                list.getFocusModel().focus(next);
            }
        });
    }

    /** The first item at or after {@code row}, else the last one before it; -1 when there is none. */
    private int itemFrom(int row) {
        var rows = list.getItems();
        for (int i = row; i < rows.size(); i++) {
            if (rows.get(i) instanceof TimelineRow.Item) {
                return i;
            }
        }
        for (int i = row - 1; i >= 0; i--) {
            if (rows.get(i) instanceof TimelineRow.Item) {
                return i;
            }
        }
        return -1;
    }

    private int todayRow() {
        var rows = list.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof TimelineRow.Today) {
                return i;
            }
        }
        return -1;
    }
}
