package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19, point 1, in every dialog and window the main window opens: each is opened as the user would (its
 * shortcut or its menu item), walked by {@link AccessibleTree}, and closed again, all in one app start.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleDialogsUiTest {
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
    void everyDialogNamesEveryControlAndTiesEveryLabel(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, ExampleCase.CLIENT);
        List<String> problems = new ArrayList<>();
        List<String> walked = new ArrayList<>();
        for (String item : List.of("menu.relationship.new", "menu.file.preferences",
                "menu.file.openTeamWorkbook", "menu.file.export", "menu.file.restore", "menu.relationship.trash",
                "menu.relationship.brief", "menu.help.shortcuts", "menu.help.about")) {
            problems.addAll(walkWhatOpens(robot, item, () -> menuItem(item).fire()));
            walked.add(item);
        }
        Fx.run(() -> harness.main().wizard().goTo(RepairStep.REBUILD));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".step-footer .accent").tryQuery().isPresent());
        problems.addAll(walkWhatOpens(robot, "finish", () -> robot.lookup(".step-footer .accent").queryButton().fire()));
        assertEquals(List.of(), problems, "what a screen reader could not say");
        assertEquals(10, walked.size() + 1, "every dialog was walked");
        assertEquals(2, AccessibleTree.problems(untiedForm(robot), "untied").size(),
                "the walk finds a field without a name and its label without it");
    }

    /** A window with what the walk must catch: a label beside a field it is not tied to (so the field has no name). */
    private static Window untiedForm(FxRobot robot) throws Exception {
        Stage form = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.layout.GridPane grid = new javafx.scene.layout.GridPane();
            grid.addRow(0, new javafx.scene.control.Label("Name"), new javafx.scene.control.TextField());
            Stage window = new Stage();
            window.setScene(new javafx.scene.Scene(grid));
            window.show();
            return window;
        }).get(30, TimeUnit.SECONDS);
        Fx.run(form::hide);
        return form;
    }

    /** Opens a window by {@code opener} (on the JavaFX thread's next turn: it may wait for its answer), walks it, closes it. */
    private List<String> walkWhatOpens(FxRobot robot, String where, Runnable opener) throws Exception {
        int before = showing();
        Platform.runLater(opener);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() > before);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(where + " opened no window (" + Window.getWindows() + ")", e);
        }
        Fx.settle();
        Window opened = newest();
        List<String> found = AccessibleTree.problems(opened, where);
        Fx.run(() -> {
            opened.requestFocus();
            opened.hide();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> showing() == before);
        assertTrue(stage.isShowing(), "the main window stays");
        return found;
    }

    private static int showing() {
        return (int) Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage).count();
    }

    private static Window newest() {
        List<Window> windows = Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w instanceof Stage).toList();
        return windows.get(windows.size() - 1);
    }

    /** The main window's menu item whose text is the bundle's {@code key}. */
    private MenuItem menuItem(String key) {
        String text = org.bridgework.text.Texts.get(key);
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup("#menuBar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }
}
