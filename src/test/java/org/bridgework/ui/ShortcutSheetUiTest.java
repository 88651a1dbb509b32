package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help → Keyboard shortcuts (F1): every documented shortcut is listed, the sheet stays on the screen, Esc closes it. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetUiTest {
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness();
        harness.start(stage);
    }

    @BeforeEach
    void loaded() throws Exception {
        harness.awaitLoaded();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void f1ListsEveryShortcutOnTheScreenAndEscClosesIt(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isPresent());
        List<String> keys = robot.lookup("#shortcutSheet .keys").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        for (String documented : List.of("Ctrl+N", "Delete", "Ctrl+Z", "Ctrl+Shift+T", "Ctrl+Shift+E", "Ctrl+I",
                "Ctrl+,", "Ctrl+S", "Ctrl+Shift+S", "F5", "Ctrl+Q", "F1")) {
            assertTrue(keys.contains(documented), documented + " is on the sheet: " + keys);
        }
        Window sheet = robot.lookup("#shortcutSheet").query().getScene().getWindow();
        Fx.settle();
        var screen = Screen.getPrimary().getVisualBounds();
        assertTrue(sheet.getY() >= screen.getMinY() && sheet.getY() + sheet.getHeight() <= screen.getMaxY() + 1,
                "the sheet is within the screen: " + sheet.getY() + " + " + sheet.getHeight() + " on " + screen);

        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#shortcutSheet").tryQuery().isEmpty());
        assertEquals(1, Window.getWindows().stream().filter(Window::isShowing).count(), "only the main window is left");
    }
}
