package org.bridgework.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.Toggle;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tabs once round a window (issue 19, point 5) and says what is wrong with the way the keyboard moves: a control
 * Tab can reach that the walk never reached, one reached twice before the walk came back to where it began (a
 * trap, or a loop that leaves part of the window out), a walk that never comes back, and a stop whose look does
 * not change while it has the keyboard (no visible focus), compared pixel by pixel with its look after Tab.
 */
final class FocusOrder {
    /** More Tab presses than any window has stops. */
    private static final int MOST_STOPS = 250;

    private FocusOrder() {
    }

    /** The problems of one round of Tab in {@code window}, starting from the control that has the keyboard. */
    static List<String> walk(Window window, String where) throws Exception {
        Fx.settle();
        List<String> problems = new ArrayList<>();
        Map<Node, Integer> reached = new IdentityHashMap<>();
        Node start = owner(window);
        if (start == null) {
            Keyboard.push(KeyCode.TAB);
            start = owner(window);
        }
        if (start == null) {
            return List.of(where + ": Tab puts the keyboard nowhere");
        }
        List<Node> expected = stops(window);
        Node at = start;
        int presses = 0;
        do {
            reached.merge(at, 1, Integer::sum);
            if (reached.get(at) > 1) {
                problems.add(where + ": reached twice before coming back to the start: " + AccessibleTree.describe(at));
                break;
            }
            WritableImage focused = snapshot(at);
            Keyboard.push(KeyCode.TAB);
            presses++;
            Node next = owner(window);
            if (next == null) {
                problems.add(where + ": after " + AccessibleTree.describe(at) + " Tab puts the keyboard nowhere");
                break;
            }
            if (next != at && differingPixels(focused, snapshot(at)) < Math.min(focused.getWidth(), focused.getHeight())) {
                problems.add(where + ": no visible focus on " + AccessibleTree.describe(at));
            }
            at = next;
        } while (at != start && presses < MOST_STOPS);
        if (at != start) {
            problems.add(where + ": Tab did not come back to the start within " + presses + " presses");
        }
        for (Node stop : expected) {
            if (!reached.containsKey(stop)) {
                problems.add(where + ": never reached by Tab: " + AccessibleTree.describe(stop));
            }
        }
        if (presses < 2) {
            problems.add(where + ": only " + presses + " stops");
        }
        return problems;
    }

    private static Node owner(Window window) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.getScene().getFocusOwner()).get(30, TimeUnit.SECONDS);
    }

    /** The controls Tab should reach: shown, enabled, traversable (a spinner's or choice's inner field is its own). */
    private static List<Node> stops(Window window) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<Node, Boolean> found = new LinkedHashMap<>();
            collect(window.getScene().getRoot(), found);
            return List.copyOf(found.keySet());
        }).get(30, TimeUnit.SECONDS);
    }

    private static void collect(Node node, Map<Node, Boolean> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        // Of a group of radio or toggle buttons Tab reaches the chosen one; the arrow keys move within the group.
        boolean otherInGroup = node instanceof Toggle toggle && toggle.getToggleGroup() != null
                && toggle.getToggleGroup().getSelectedToggle() != null && !toggle.isSelected();
        if (node.isFocusTraversable() && !otherInGroup) {
            found.put(node, true);
        }
        if (node instanceof Parent parent && !(node instanceof Spinner) && !(node instanceof ComboBoxBase)) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
        }
    }

    private static WritableImage snapshot(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(30, TimeUnit.SECONDS);
    }

    /** How many pixels differ; a change of size counts every pixel of the larger. */
    private static int differingPixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return (int) Math.max(a.getWidth() * a.getHeight(), b.getWidth() * b.getHeight());
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int count = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
