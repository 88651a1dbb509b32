package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.Workbook;
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
 * One undo everywhere: a removed entry comes back at its place with its content, and archiving is taken back, by
 * the undo bar or Ctrl+Z; what the workbook holds is read through a second connection.
 */
@ExtendWith(ApplicationExtension.class)
class UndoUiTest {
    private static final LocalDate TODAY = FixedClock.NOW.atZone(ZoneOffset.UTC).toLocalDate();
    private static final List<Commitment> COMMITMENTS = List.of(
            Commitment.planned("Send the revised contract", "Tom", TODAY.plusDays(3)),
            Commitment.planned("Weekly call with their buyer", "Ana", TODAY.plusDays(10)),
            Commitment.planned("Quarterly review", "Ana", TODAY.plusMonths(2)));

    private MainWindowHarness harness;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Meridian Foods", FixedClock.NOW)));
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            id = book.relationships().findAll().get(0).id();
            book.repairCases().save(RepairCase.start(id).withActionPlan(new ActionPlan(COMMITMENTS)));
        }
        harness.start(stage);
    }

    @BeforeEach
    void select(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, "Meridian Foods");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void aRemovedCommitmentComesBackAtItsPlaceByTheBarAndByCtrlZ(FxRobot robot) throws Exception {
        openAct(robot);
        remove(robot, 1);
        Fx.settle();
        assertEquals(List.of(COMMITMENTS.get(0), COMMITMENTS.get(2)), harness.storedRepair(id).actionPlan().commitments());
        assertEquals("Commitment \u201cWeekly call with their buyer\u201d removed.", barMessage(robot));
        assertFalse(harness.focusOwner() instanceof TextField, "the keyboard is not left in a text box");

        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertEquals(COMMITMENTS, harness.storedRepair(id).actionPlan().commitments(), "back at its place, as it was");
        assertEquals("Commitment \u201cWeekly call with their buyer\u201d is back in its place.", barMessage(robot));
        assertEquals(List.of("Send the revised contract", "Weekly call with their buyer", "Quarterly review"),
                robot.lookup("#act-what").queryAllAs(TextInputControl.class).stream().map(TextInputControl::getText).toList(),
                "the worksheet shows it again");

        remove(robot, 0);
        Fx.settle();
        robot.clickOn("#undoBarUndo");
        Fx.settle();
        assertEquals(COMMITMENTS, harness.storedRepair(id).actionPlan().commitments());
    }

    @Test
    void removalsAreUndoneLatestFirstEvenAfterMovingToAnotherStep(FxRobot robot) throws Exception {
        openAct(robot);
        remove(robot, 2);
        Fx.settle();
        remove(robot, 0);
        Fx.settle();
        assertEquals(List.of(COMMITMENTS.get(1)), harness.storedRepair(id).actionPlan().commitments());

        Fx.run(() -> stepList(robot).getSelectionModel().select(RepairStep.TALK));
        robot.clickOn("#portfolio");
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertEquals(List.of(COMMITMENTS.get(0), COMMITMENTS.get(1)), harness.storedRepair(id).actionPlan().commitments());
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertEquals(COMMITMENTS, harness.storedRepair(id).actionPlan().commitments());
        assertFalse(harness.main().trash().canUndoProperty().get(), "nothing more to undo");
    }

    @Test
    void archivingIsUndoneByCtrlZ(FxRobot robot) throws Exception {
        robot.clickOn("#portfolio");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        Fx.settle();
        assertTrue(harness.storedNamed("Meridian Foods").archived());
        assertEquals("\u201cMeridian Foods\u201d archived.", barMessage(robot));

        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertFalse(harness.storedNamed("Meridian Foods").archived(), "taken out of the archive again, and saved");
    }

    private void openAct(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stepList").tryQuery().isPresent());
        Fx.run(() -> stepList(robot).getSelectionModel().select(RepairStep.ACT));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".remove-entry").queryAll().size() == 3);
    }

    /**
     * Opens the n-th commitment from its row with Enter and presses its Remove from the keyboard (the button need
     * not be in view).
     */
    private static void remove(FxRobot robot, int n) throws Exception {
        javafx.scene.Node row = robot.lookup(".entry-row").nth(n).query();
        Fx.run(row::requestFocus);
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        javafx.scene.control.Button remove = robot.lookup(".remove-entry").nth(n).queryButton();
        Fx.run(remove::requestFocus);
        Keyboard.push(KeyCode.SPACE);
    }

    @SuppressWarnings("unchecked")
    private static ListView<RepairStep> stepList(FxRobot robot) {
        return robot.lookup("#stepList").queryAs(ListView.class);
    }

    private static String barMessage(FxRobot robot) {
        return robot.lookup("#undoBarMessage").queryAs(Label.class).getText();
    }
}
