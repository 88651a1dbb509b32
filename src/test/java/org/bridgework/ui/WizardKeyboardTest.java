package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.StepCompletion;
import org.bridgework.model.repair.ValueDimension;
import org.bridgework.model.repair.Verdict;
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
 * All eight repair steps filled in with the keyboard alone (Tab, typing, arrows, Space, Enter,
 * Ctrl+PageDown), then checked in the workbook file through the store. The keys go in by {@link Keyboard}: the
 * same events as TestFX's, without its pauses between them.
 */
@ExtendWith(ApplicationExtension.class)
class WizardKeyboardTest {
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Harbour Print", FixedClock.NOW)));
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
    void allEightStepsByKeyboard(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        Keyboard.push(KeyCode.DOWN);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> harness.main().wizard().repairProperty().get() != null);
        Fx.settle();
        assertEquals("stepList", harness.focusOwner().getId(), "Ctrl+2 puts the keyboard on the step list");

        // 1 Assess
        type(robot, "enum-ValueDimension-REVENUE", "4");
        type(robot, "enum-ValueDimension-STRATEGIC_VALUE", "5");
        type(robot, "enum-ValueDimension-REFERRALS", "3");
        type(robot, "enum-ValueDimension-REPUTATION", "4");
        type(robot, "assess-annualRevenue", "250000");
        type(robot, "assess-cost", "2");
        type(robot, "assess-alternatives", "1");
        type(robot, "assess-risk", "4");
        choose(robot, "assess-verdict", 1);
        type(robot, "assess-reason", "Our biggest print client; worth the effort.");
        next(robot, RepairStep.UNDERSTAND);

        // 2 Understand
        press(robot, "understand-addIncident");
        type(robot, "understand-incidentDate", "2026-08-20");
        choose(robot, "understand-incidentKind", 0);
        type(robot, "understand-incidentDescription", "The brochures arrived two days after the trade fair.");
        type(robot, "understand-rootCause", "No one owned the print schedule.");
        next(robot, RepairStep.OWN);

        // 3 Own our part
        type(robot, "own-whatWeDid", "We promised a date without checking the press.");
        type(robot, "own-whatWeWillChange", "One named planner signs off every date.");
        type(robot, "own-spokesperson", "Priya Raman");
        next(robot, RepairStep.PREPARE);

        // 4 Prepare
        press(robot, "prepare-addFact");
        type(robot, "prepare-statement", "The files reached us on time.");
        press(robot, "prepare-addMessage");
        type(robot, "prepare-messageText", "We let you down and we will fix how we schedule.");
        choose(robot, "prepare-apologyWarranted", 0);
        next(robot, RepairStep.TALK);

        // 5 Talk
        press(robot, "talk-add");
        type(robot, "talk-participants", "Priya Raman, Zoë O'Brien");
        type(robot, "talk-wantNow", "A named contact and a fixed print slot.");
        next(robot, RepairStep.APOLOGISE);

        // 6 Apologise and forgive
        type(robot, "apologise-draft", "We are sorry. It was our fault: we failed to check the press. "
                + "It will not happen again. We will reprint at our cost. Please give us another chance.");
        type(robot, "apologise-givenOn", "2026-09-01");
        next(robot, RepairStep.ACT);

        // 7 Act
        press(robot, "act-add");
        type(robot, "act-what", "Reprint the brochures at our cost");
        type(robot, "act-owner", "Priya Raman");
        type(robot, "act-due", "2026-09-15");
        type(robot, "act-measure", "Brochures in their hands by the 15th");
        next(robot, RepairStep.REBUILD);

        // 8 Rebuild
        press(robot, "rebuild-add");
        type(robot, "rebuild-note", "Cautious but warmer.");
        choose(robot, "rebuild-outcome", 1);

        long id = harness.main().portfolio().shown().get(0).id();
        RepairCase stored = harness.storedRepair(id);
        assertEquals(RepairStep.REBUILD, stored.currentStep(), "reopening resumes at the last step");
        assertEquals(OptionalInt.of(5), stored.assessment().theyBringUs().rating(ValueDimension.STRATEGIC_VALUE));
        assertEquals(0, new java.math.BigDecimal("250000").compareTo(stored.assessment().theyBringUs().annualRevenue().orElseThrow()));
        assertEquals(Verdict.REPAIR, stored.assessment().decision().orElseThrow().verdict());
        assertEquals(Optional.of(LocalDate.of(2026, 8, 20)), stored.understanding().incidents().get(0).date());
        assertEquals(IncidentKind.MISSED_DEADLINE, stored.understanding().incidents().get(0).kind());
        assertEquals("No one owned the print schedule.", stored.understanding().rootCause());
        assertEquals("Priya Raman", stored.ownership().spokesperson());
        assertEquals(ApologyWarranted.YES, stored.preparation().apologyWarranted());
        assertEquals(List.of("We let you down and we will fix how we schedule."), stored.preparation().keyMessages());
        assertEquals(List.of("Priya Raman", "Zoë O'Brien"), stored.dialogue().conversations().get(0).participants());
        assertEquals(LocalDate.of(2026, 11, 23), stored.dialogue().conversations().get(0).date(), "today by default");
        assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), stored.reconciliation().apology().givenOn());
        assertEquals(CommitmentStatus.PLANNED, stored.actionPlan().commitments().get(0).status());
        assertEquals("Brochures in their hands by the 15th", stored.actionPlan().commitments().get(0).measureOfSuccess());
        assertEquals("Cautious but warmer.", stored.rebuilding().checkIns().get(0).note());
        assertEquals(Optional.of(Outcome.RESTORED), stored.rebuilding().outcome());
        assertEquals(EnumSet.allOf(RepairStep.class), StepCompletion.completed(stored), "every step is complete");
        assertFalse(stored.understanding().rootCause().contains("\t"), "Tab moved on, it typed nothing");
    }

    /** Tabs to the field with {@code id}, then types {@code text} into it. */
    private void type(FxRobot robot, String id, String text) throws Exception {
        tabTo(robot, id);
        Keyboard.type(robot, text);
    }

    /** Tabs to a button and presses it with Space. */
    private void press(FxRobot robot, String id) throws Exception {
        tabTo(robot, id);
        Keyboard.push(KeyCode.SPACE);
    }

    /** Tabs to a choice box and picks the entry {@code down} places below the first, with the arrow keys. */
    private void choose(FxRobot robot, String id, int down) throws Exception {
        tabTo(robot, id);
        Keyboard.push(KeyCode.F4);
        Keyboard.push(KeyCode.HOME);
        for (int i = 0; i < down; i++) {
            Keyboard.push(KeyCode.DOWN);
        }
        Keyboard.push(KeyCode.ENTER);
    }

    private void next(FxRobot robot, RepairStep expected) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.PAGE_DOWN);
        assertEquals(expected, harness.main().wizard().repairProperty().get().currentStep());
    }

    private void tabTo(FxRobot robot, String id) throws Exception {
        for (int i = 0; i < 120; i++) {
            Node focused = harness.focusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            Keyboard.push(KeyCode.TAB);
        }
        fail("Tab never reached #" + id + "; the keyboard is on " + harness.focusOwner());
    }
}
