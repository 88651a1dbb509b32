package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.main.WindowSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The smallest screen the layouts are made for, 1024×640: the window cannot be made smaller, no toolbar label
 * of the Plan or the Timeline is cut short ("Inter…", "Add commit…"), and the portfolio, with a long name and
 * step line in it, never scrolls sideways.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenUiTest {
    private static final String LONG_NAME = "Northwind Logistics and Warehousing Services for the Northern Region";
    private MainWindowHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withExample();
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            Relationship draft = Relationship.draft(LONG_NAME, FixedClock.NOW);
            book.relationships().create(draft);
        }
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theWindowCannotBeMadeSmallerThanTheLayoutsAreMadeForNorLargerThanASmallScreen(FxRobot robot) {
        Fx.run(() -> WindowSize.limit(stage, new Rectangle2D(0, 0, 1920, 1080)));
        assertEquals(1024, stage.getMinWidth());
        assertEquals(640, stage.getMinHeight());
        Fx.run(() -> WindowSize.limit(stage, new Rectangle2D(0, 0, 1000, 600)));
        assertEquals(1000, stage.getMinWidth(), "a screen smaller still sees the whole window");
        assertEquals(600, stage.getMinHeight());
        double[] size = WindowSize.initial(new Rectangle2D(0, 0, 1024, 640));
        assertEquals(1024, size[0]);
        assertEquals(640, size[1]);
    }

    @Test
    void atTheMinimumSizeNoToolbarLabelIsCutAndThePortfolioNeverScrollsSideways(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Fx.run(() -> {
            WindowSize.limit(stage, new Rectangle2D(0, 0, 1920, 1080));
            stage.setWidth(WindowSize.MIN_WIDTH);
            stage.setHeight(WindowSize.MIN_HEIGHT);
        });
        Fx.settle();
        assertEquals(1024, stage.getScene().getWidth(), 1);
        assertEquals(640, stage.getScene().getHeight(), 1);
        harness.select(robot, "Alder & Finch Home");

        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".timeline-actions").tryQuery().isPresent());
        Fx.settle();
        List<String> cut = new ArrayList<>();
        for (String toolbar : List.of(".relationship-header", ".timeline-filters", ".timeline-actions")) {
            cut.addAll(cutLabels(robot.lookup(toolbar).queryAs(Parent.class)));
        }
        javafx.scene.control.TextField search = robot.lookup("#timelineSearch").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.text.Text prompt = new javafx.scene.text.Text(search.getPromptText());
        prompt.setFont(search.getFont());
        double room = search.getWidth() - search.getInsets().getLeft() - search.getInsets().getRight();
        assertTrue(prompt.getLayoutBounds().getWidth() <= room,
                "the search's placeholder is whole: " + prompt.getLayoutBounds().getWidth() + " in " + room);
        assertTrue(robot.lookup(".timeline-actions").queryAs(Parent.class).lookupAll(".button").size() >= 4,
                "the toolbar is there to be looked at");

        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".plan-toolbar").tryQuery().isPresent());
        Fx.settle();
        cut.addAll(cutLabels(robot.lookup(".plan-toolbar").queryAs(Parent.class)));
        assertTrue(cut.isEmpty(), "cut short at 1024×640: " + cut);

        harness.select(robot, LONG_NAME);
        Fx.settle();
        Parent portfolio = MainWindowHarness.portfolio(robot);
        List<String> sideways = portfolio.lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible())
                .map(bar -> "a horizontal scroll bar " + bar.getWidth() + " wide").toList();
        assertTrue(sideways.isEmpty(), String.valueOf(sideways));
        List<String> portfolioCut = cutLabels(portfolio);
        assertTrue(portfolioCut.isEmpty(), "the long name and the step line wrap: " + portfolioCut);
    }

    /** The labels under {@code root} shown with text cut short (ending in "…" or otherwise not whole). */
    private static List<String> cutLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        for (Node node : root.lookupAll("*")) {
            // A menu button draws its text with a label of its own, which this loop checks in its turn.
            if (node instanceof Labeled labeled && !(node instanceof javafx.scene.control.MenuButton)
                    && labeled.getText() != null && !labeled.getText().isBlank() && shown(labeled)) {
                String whole = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "")
                        : labeled.getText();
                String displayed = displayedText(labeled);
                if (displayed == null) {
                    cut.add(whole + " (not shown at all)");
                } else if (!displayed.replace("\n", " ").strip().equals(whole.replace("\n", " ").strip())
                        && !whole.contains("\n")) {
                    cut.add(whole + " shown as \"" + displayed + "\"");
                }
            }
        }
        assertFalse(root.lookupAll("*").isEmpty());
        return cut;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The text the label's skin draws: its own Text node (not one inside its graphic). */
    private static String displayedText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
