package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Step 8 ends with Finish, which closes the repair with an outcome: reached and used from the keyboard, it
 * records the outcome and the stage; looking at Step 8, or Esc in its dialog, records nothing.
 */
@ExtendWith(ApplicationExtension.class)
class FinishRepairUiTest {
    private MainWindowHarness harness;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withExample();
        harness.start(stage);
    }

    @BeforeEach
    void onStepEight(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        // The example workbook holds three relationships; Alder & Finch is the one still in Rebuild.
        harness.select(robot, ExampleCase.CLIENT);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals(ExampleCase.CLIENT));
        id = harness.main().portfolio().selectedProperty().get().id();
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        Fx.run(() -> harness.main().wizard().goTo(RepairStep.REBUILD));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> finishButton(robot).getText().startsWith("Finish"));
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void lookingAtStepEightRecordsNoOutcome(FxRobot robot) throws Exception {
        assertFalse(finishButton(robot).isDisabled());
        assertTrue(finishButton(robot).isFocusTraversable(), "Tab reaches it");
        RepairCase stored = harness.storedRepair(id);
        assertEquals(Optional.empty(), stored.rebuilding().outcome());
    }

    @Test
    void finishFromTheKeyboardRecordsTheOutcomeAndTheStage(FxRobot robot) throws Exception {
        Fx.run(() -> finishButton(robot).requestFocus());
        Keyboard.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().size() > 1);
        MainWindowHarness.focusNewestWindow(robot);
        Button close = robot.lookup("Close the repair").queryButton();
        assertTrue(close.isDisabled(), "nothing is closed until an outcome is chosen");
        Keyboard.push(KeyCode.SPACE);  // the first outcome has the keyboard: Restored
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        robot.targetWindow(harness.main().view().getScene().getWindow());

        RepairCase stored = harness.storedRepair(id);
        assertEquals(Optional.of(Outcome.RESTORED), stored.rebuilding().outcome());
        assertEquals(RepairStep.REBUILD, stored.stage());
        assertEquals(RepairStep.REBUILD, harness.main().portfolio().selectedProperty().get().stageProperty().get());
        Fx.settle();
        assertEquals("Closed \u00b7 Restored", robot.lookup(".relationship-step").queryAs(javafx.scene.control.Label.class)
                .getText(), "the portfolio says the repair is closed and how, not \"Step 8\"");
        try (org.bridgework.store.Workbook book = org.bridgework.store.Workbook.open(harness.workbook,
                org.bridgework.testing.FixedClock.now())) {
            assertEquals(Outcome.RESTORED, book.repairCases().outcomes().get(id),
                    "and reads so from the workbook when it opens again");
        }
    }

    @Test
    void escInTheFinishDialogLeavesTheRepairOpen(FxRobot robot) throws Exception {
        Button finish = finishButton(robot);
        javafx.application.Platform.runLater(finish::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listWindows().size() > 1);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.SPACE);
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        robot.targetWindow(harness.main().view().getScene().getWindow());

        assertEquals(Optional.empty(), harness.storedRepair(id).rebuilding().outcome());
    }

    private static Button finishButton(FxRobot robot) {
        return robot.lookup(".step-footer .accent").queryButton();
    }
}
