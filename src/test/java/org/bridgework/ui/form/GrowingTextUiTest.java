package org.bridgework.ui.form;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgework.ui.Fx;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.ui.Keyboard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text areas grow with their text up to a maximum; sentence fields wrap, and Enter moves on from them. */
@ExtendWith(ApplicationExtension.class)
class GrowingTextUiTest {
    private static final String SENTENCE = "Reprint every brochure at our cost and deliver them by hand to the "
            + "client's office before the fifteenth, with a note from the managing director";
    private TextArea area;
    private TextArea sentence;
    private TextField after;

    @Start
    void start(Stage stage) {
        FormGrid form = new FormGrid(() -> { });
        area = form.area("own.whatWeDid", "", 4);
        sentence = form.sentence("act.what", "");
        after = form.text("act.owner", "");
        stage.setScene(new Scene(new ScrollPane(form), 640, 600));
        stage.show();
    }

    @Test
    void aLongTextMakesTheAreaTallerUpToTheMaximumWithoutAnInnerScrollBarBefore(FxRobot robot) throws Exception {
        double empty = height(robot, area);
        set(robot, area, "One line.");
        assertEquals(empty, height(robot, area), 0.5, "one line fits the empty area");
        double previous = empty;
        for (int lines = 4; lines <= 10; lines += 3) {
            set(robot, area, "A line of its own.\n".repeat(lines - 1) + "The last line.");
            double now = height(robot, area);
            assertTrue(now > previous, lines + " lines make the area taller: " + now + " after " + previous);
            assertFalse(innerScrollBarShown(robot, area), "no scroll bar inside while it grows (" + lines + " lines)");
            previous = now;
        }
        set(robot, area, "A line of its own.\n".repeat(40));
        double atMax = height(robot, area);
        set(robot, area, "A line of its own.\n".repeat(80));
        assertEquals(atMax, height(robot, area), 0.5, "past the maximum it grows no more");
        assertTrue(innerScrollBarShown(robot, area), "past the maximum the text scrolls inside");
        set(robot, area, "");
        assertEquals(empty, height(robot, area), 1.5, "emptied, it shrinks back");
    }

    @Test
    void aSentenceFieldWrapsItsTextAndEnterMovesOn(FxRobot robot) throws Exception {
        double oneLine = height(robot, sentence);
        set(robot, sentence, SENTENCE);
        assertTrue(height(robot, sentence) > oneLine * 1.5, "a long sentence wraps onto a second line");
        assertFalse(innerScrollBarShown(robot, sentence), "and shows all of it");
        Fx.run(sentence::requestFocus);
        Fx.run(() -> sentence.positionCaret(sentence.getLength()));
        Keyboard.push(KeyCode.ENTER);
        assertSame(after, after.getScene().getFocusOwner(), "Enter goes on to the next field");
        assertEquals(SENTENCE, sentence.getText(), "and types no line break");
        Fx.run(() -> sentence.replaceText(0, 0, "Pasted\nover two lines. "));
        assertEquals("Pasted over two lines. " + SENTENCE, sentence.getText(), "a pasted line break becomes a space");
    }

    private static void set(FxRobot robot, TextArea target, String text) {
        Fx.run(() -> target.setText(text));
        // Growing takes a layout pass or two (the width it wraps at comes from the laid-out skin).
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private static double height(FxRobot robot, TextArea target) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        return WaitForAsyncUtils.asyncFx(target::getHeight).get(10, TimeUnit.SECONDS);
    }

    private static boolean innerScrollBarShown(FxRobot robot, TextArea target) {
        return robot.from(target).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible());
    }
}
