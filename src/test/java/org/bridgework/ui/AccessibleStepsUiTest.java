package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
 * Issue 19, point 1, on the screens {@link AccessibleNamesUiTest} leaves out: each of the eight steps of a repair
 * with everything the example fills in (trust charts, commitments, apology checks), the portfolio with its
 * badges, and This week. One window for all, moved through by the app's own shortcuts.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleStepsUiTest {
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
    void everyStepAndThisWeekNameEveryControlAndTieEveryLabel(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, ExampleCase.CLIENT);
        List<String> problems = new ArrayList<>(AccessibleTree.problems(stage, "portfolio"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        Fx.run(() -> harness.main().wizard().goTo(RepairStep.values()[0]));
        for (RepairStep step : RepairStep.values()) {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stepList").queryListView()
                    .getSelectionModel().getSelectedItem() == step);
            problems.addAll(AccessibleTree.problems(stage, "step " + step));
            Keyboard.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        }
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#timelineList").tryQuery().isPresent());
        problems.addAll(AccessibleTree.problems(stage, "timeline"));
        for (String chart : List.of("#trustChart", "#followThroughChart")) {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(chart).query().getAccessibleText() != null);
            String said = robot.lookup(chart).query().getAccessibleText();
            assertTrue(said != null && said.matches("(?s).*\\d+ points, from .* on .* to .* on .*"),
                    chart + " says what it shows: " + said);
        }
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".week-view").tryQuery().isPresent());
        problems.addAll(AccessibleTree.problems(stage, "this week"));
        assertEquals(List.of(), problems, "what a screen reader could not say");
    }
}
