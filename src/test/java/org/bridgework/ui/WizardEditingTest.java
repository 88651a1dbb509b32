package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.ValueDimension;
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

/** Worksheet edits: invalid text is shown at the field, kept, and not saved; valid text is saved within a second. */
@ExtendWith(ApplicationExtension.class)
class WizardEditingTest {
    private MainWindowHarness harness;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Meridian Foods", FixedClock.NOW)));
        harness.start(stage);
    }

    @BeforeEach
    void openRepair(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        Keyboard.push(KeyCode.DOWN);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        id = harness.main().portfolio().shown().get(0).id();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void anOutOfRangeRatingAndANegativeAmountAreShownKeptAndNotSaved(FxRobot robot) throws Exception {
        MainWindowHarness.setText(robot, "#enum-ValueDimension-REVENUE", "4");
        MainWindowHarness.setText(robot, "#enum-ValueDimension-REFERRALS", "9");
        MainWindowHarness.setText(robot, "#assess-annualRevenue", "-500");

        TextField referrals = robot.lookup("#enum-ValueDimension-REFERRALS").queryAs(TextField.class);
        assertEquals("9", referrals.getText(), "the typed text stays");
        assertTrue(problemUnder(referrals).startsWith("Type a whole number from 0 to 5"), problemUnder(referrals));
        TextField revenue = robot.lookup("#assess-annualRevenue").queryAs(TextField.class);
        assertEquals("An amount cannot be negative. Not saved until then.", problemUnder(revenue));

        RepairCase stored = harness.storedRepair(id);
        assertEquals(OptionalInt.of(4), stored.assessment().theyBringUs().rating(ValueDimension.REVENUE));
        assertEquals(OptionalInt.empty(), stored.assessment().theyBringUs().rating(ValueDimension.REFERRALS));
        assertEquals(Optional.empty(), stored.assessment().theyBringUs().annualRevenue());
    }

    @Test
    void aDateThatDoesNotParseIsNotSavedButKept(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        robot.clickOn("#understand-addIncident");
        MainWindowHarness.setText(robot, "#understand-incidentDate", "2026-02-30");
        TextField date = robot.lookup("#understand-incidentDate").queryAs(TextField.class);
        assertEquals("2026-02-30", date.getText());
        assertTrue(problemUnder(date).startsWith("Type a date such as"), problemUnder(date));
        assertEquals(Optional.empty(), harness.storedRepair(id).understanding().incidents().get(0).date());
    }

    @Test
    void textTypedIsInTheFileWithinOneSecondWithoutClosingAnything(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        Keyboard.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        MainWindowHarness.setText(robot, "#own-whatWeDid", "We shipped the wrong pallets.");
        // The save waits for a pause after the last change, under a second; then, with that time passed, it is
        // in the file: read through a second connection, as after a crash, with no flush and no close.
        List<Duration> waits = harness.waitingDelays();
        assertFalse(waits.isEmpty(), "a save waits for the pause");
        assertTrue(waits.stream().allMatch(wait -> wait.compareTo(Duration.ofSeconds(1)) < 0), waits.toString());
        harness.passTime();
        try (Workbook other = Workbook.open(harness.workbook, FixedClock.now())) {
            RepairCase stored = other.repairCases().load(id);
            assertEquals("We shipped the wrong pallets.", stored.ownership().whatWeDid(), "saved after the pause");
            assertEquals(RepairStep.OWN, stored.currentStep());
        }
    }

    private static String problemUnder(TextField field) {
        javafx.scene.Node around = field;
        while (!(around instanceof org.bridgework.ui.form.ValidatedField<?>)) {
            around = around.getParent();
        }
        return ((org.bridgework.ui.form.ValidatedField<?>) around).problem();
    }
}
