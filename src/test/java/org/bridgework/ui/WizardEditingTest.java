package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
        robot.push(KeyCode.CONTROL, KeyCode.F).push(KeyCode.DOWN).push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        id = harness.main().portfolio().shown().get(0).id();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void anOutOfRangeRatingAndANegativeAmountAreShownKeptAndNotSaved(FxRobot robot) throws Exception {
        robot.clickOn("#enum-ValueDimension-REVENUE").write("4");
        robot.clickOn("#enum-ValueDimension-REFERRALS").write("9");
        robot.clickOn("#assess-annualRevenue").write("-500");

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
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        robot.clickOn("#understand-addIncident");
        robot.clickOn("#understand-incidentDate").write("2026-02-30");
        TextField date = robot.lookup("#understand-incidentDate").queryAs(TextField.class);
        assertEquals("2026-02-30", date.getText());
        assertTrue(problemUnder(date).startsWith("Type a date such as"), problemUnder(date));
        assertEquals(Optional.empty(), harness.storedRepair(id).understanding().incidents().get(0).date());
    }

    @Test
    void textTypedIsInTheFileWithinOneSecondWithoutClosingAnything(FxRobot robot) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN).push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        robot.clickOn("#own-whatWeDid").write("We shipped the wrong pallets.");
        long typedAt = System.nanoTime();
        WaitForAsyncUtils.sleep(1, TimeUnit.SECONDS);
        // Read through a second connection, as after a crash: no flush, no close.
        try (Workbook other = Workbook.open(harness.workbook, FixedClock.now())) {
            RepairCase stored = other.repairCases().load(id);
            assertEquals("We shipped the wrong pallets.", stored.ownership().whatWeDid(),
                    "saved within " + (System.nanoTime() - typedAt) / 1_000_000 + " ms of the last key");
            assertEquals(RepairStep.OWN, stored.currentStep());
        }
    }

    private static String problemUnder(TextField field) {
        return field.getParent().getChildrenUnmodifiable().stream().filter(Label.class::isInstance)
                .map(node -> ((Label) node)).filter(Label::isVisible).map(Label::getText).findFirst().orElse("");
    }
}
