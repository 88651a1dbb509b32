package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The words around a match come later for the rows past the first ones, and make those rows taller: the row the
 * keyboard went to (End, the last one) stays whole in view when they arrive, rather than pushed below the list.
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioExcerptScrollUiTest {
    private static final int HOW_MANY = 120;
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        List<Relationship> many = new ArrayList<>();
        for (int i = 0; i < HOW_MANY; i++) {
            many.add(new Relationship(0, String.format("Client %03d", i), "", "", "", RelationshipKind.CLIENT,
                    "They want a clear plan and a named person on our side, and a call every Friday until it is fixed.",
                    false, FixedClock.NOW, FixedClock.NOW));
        }
        harness = new MainWindowHarness().withRelationships(many);
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void endShowsTheLastRowWholeOnceItsWordsHaveCome(FxRobot robot) throws Exception {
        ListView<?> list = search(robot);
        Fx.run(list::requestFocus);
        Keyboard.push(KeyCode.END);
        // Waits for the rows to settle (the words come, the rows grow, the list scrolls); the asserts say what is wrong.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Fx.call(() -> lastRowWhole(list)));
        } catch (java.util.concurrent.TimeoutException notYet) {
            // Said by the asserts below.
        }
        assertEquals(String.format("Client %03d", HOW_MANY - 1), harness.selectedName());
        IndexedCell<?> last = Fx.call(() -> flow(list).getLastVisibleCell());
        assertEquals(HOW_MANY - 1, last.getIndex(), "the last row is in view");
        assertTrue(Fx.call(() -> last.lookup(".search-hit-match") != null), "its words around the match have come");
        Bounds row = Fx.call(() -> last.localToScene(last.getLayoutBounds()));
        Bounds shown = Fx.call(() -> list.localToScene(list.getLayoutBounds()));
        assertTrue(row.getMaxY() <= shown.getMaxY() + 0.5, "the last row is whole: it ends at " + row.getMaxY()
                + ", the list at " + shown.getMaxY());
    }

    /** The wheel moves the list away from the row the keyboard is on: the words coming then do not pull it back. */
    @Test
    void aListScrolledByTheWheelStaysWhereItWasScrolledTo(FxRobot robot) throws Exception {
        ListView<?> list = search(robot);
        Fx.run(() -> {
            list.requestFocus();
            list.getFocusModel().focus(0);
        });
        Fx.settle();
        // The wheel as the window gets it (Monocle's robot has none), far down: past the first 50 rows, which come
        // with their words, to rows whose words are fetched as they come into view.
        Fx.run(() -> {
            javafx.event.Event.fireEvent(flow(list), new ScrollEvent(ScrollEvent.SCROLL, 100, 100, 100, 100, false, false,
                    false, false, false, false, 0, -8000, 0, -8000, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
        Fx.settle();
        Fx.settle();
        int first = Fx.call(() -> flow(list).getFirstVisibleCell().getIndex());
        assertTrue(first > 50, "the wheel scrolled the list down, to row " + first);
        assertEquals(0, Fx.call(() -> list.getFocusModel().getFocusedIndex()), "the keyboard is still on the first row");
        assertTrue(Fx.call(() -> flow(list).getLastVisibleCell().lookup(".search-hit-match") != null),
                "the rows scrolled to have their words");
    }

    private static boolean lastRowWhole(ListView<?> list) {
        IndexedCell<?> last = flow(list).getLastVisibleCell();
        return last != null && last.getIndex() == HOW_MANY - 1 && last.lookup(".search-hit-match") != null
                && last.localToScene(last.getLayoutBounds()).getMaxY()
                        <= list.localToScene(list.getLayoutBounds()).getMaxY() + 0.5;
    }

    /** The list's scrolling part, which knows which rows are in view. */
    private static VirtualFlow<?> flow(ListView<?> list) {
        return (VirtualFlow<?>) list.lookup(".virtual-flow");
    }

    private ListView<?> search(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        MainWindowHarness.setTextOfFocused(robot, "clear plan");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#portfolioCount").queryAs(Label.class)
                .getText().contains(HOW_MANY + " found"));
        return MainWindowHarness.portfolio(robot);
    }
}
