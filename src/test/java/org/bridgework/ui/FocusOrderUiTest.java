package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19, point 5: on every screen of the main window (with the portfolio beside it) and in its dialogs, Tab
 * reaches every control once per round, comes back to where it began, and each stop shows that it has the
 * keyboard ({@link FocusOrder}). One app start, on the example workbook; screens opened by the app's shortcuts.
 */
@ExtendWith(ApplicationExtension.class)
class FocusOrderUiTest {
    private MainWindowHarness harness;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withExample();
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void tabGoesRoundEveryScreenAndDialogOnceShowingWhereItIs(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, ExampleCase.CLIENT);
        List<String> problems = new ArrayList<>();
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        problems.addAll(FocusOrder.walk(stage, "portfolio and details"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        for (RepairStep step : RepairStep.values()) {
            Fx.run(() -> harness.main().wizard().goTo(step));
            problems.addAll(FocusOrder.walk(stage, "step " + step.number()));
        }
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelineList").tryQuery().isPresent());
        problems.addAll(FocusOrder.walk(stage, "timeline"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        problems.addAll(FocusOrder.walk(stage, "plan"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        problems.addAll(FocusOrder.walk(stage, "this week"));
        harness.select(robot, ExampleCase.CLIENT);
        for (String item : List.of("menu.relationship.new", "menu.file.preferences", "menu.file.openTeamWorkbook",
                "menu.file.export", "menu.relationship.trash", "menu.relationship.brief")) {
            problems.addAll(inWhatOpens(robot, item));
        }
        assertEquals(List.of(), problems, "where the keyboard goes wrong");
    }

    private List<String> inWhatOpens(FxRobot robot, String key) throws Exception {
        long before = showing();
        MenuItem item = menuItem(key);
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() > before);
        MainWindowHarness.focusNewestWindow(robot);
        Window opened = robot.targetWindow();
        List<String> found = FocusOrder.walk(opened, key);
        Fx.run(opened::hide);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() == before);
        robot.targetWindow(stage);
        Fx.run(stage::requestFocus);
        return found;
    }

    private static long showing() {
        return Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage).count();
    }

    private MenuItem menuItem(String key) {
        String text = Texts.get(key);
        for (Menu menu : ((MenuBar) stage.getScene().getRoot().lookup("#menuBar")).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }
}
