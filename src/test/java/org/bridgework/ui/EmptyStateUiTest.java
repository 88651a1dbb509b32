package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The empty state of a new workbook, which the details half makes only once a workbook is read and found empty
 * (not for the first frame): it appears then, its button starts a relationship, and it goes once there is one.
 */
@ExtendWith(ApplicationExtension.class)
class EmptyStateUiTest {
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) {
        harness = new MainWindowHarness();
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void anEmptyWorkbookShowsTheEmptyStateWhoseButtonStartsTheFirstRelationship(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Fx.settle();
        Node emptyState = robot.lookup(".empty-state").query();
        assertTrue(Fx.call(emptyState::isVisible), "the empty state is shown for an empty workbook");
        Button first = MainWindowHarness.button(robot, Texts.get("empty.button"));
        assertFalse(Fx.call(first::isDisabled));

        robot.clickOn(first);
        MainWindowHarness.focusNewestWindow(robot);
        TextField name = robot.lookup("#newRelationshipName").queryAs(TextField.class);
        assertTrue(Fx.call(name::isFocused), "the new relationship's name is asked for");
        Keyboard.type(robot, "Acme Ltd");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Acme Ltd"));

        assertEquals(List.of("Acme Ltd"), harness.storedNames());
        assertFalse(Fx.call(emptyState::isVisible), "with a relationship, the empty state is gone");
    }
}
