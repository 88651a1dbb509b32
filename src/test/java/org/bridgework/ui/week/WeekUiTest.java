package org.bridgework.ui.week;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgework.ui.Keyboard;
import org.bridgework.ui.Fx;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.text.Texts;
import org.bridgework.ui.MainWindowHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * This week, by keyboard: it is what a workbook with an open repair opens on, its rows tell a screen reader
 * everything, D marks a commitment done with its evidence (Undo takes it back), S snoozes with a reason, Enter
 * opens the relationship in its step, and an empty week says so.
 */
@ExtendWith(ApplicationExtension.class)
class WeekUiTest {
    private static final LocalDate TODAY = LocalDate.now(FixedClock.now());
    private MainWindowHarness harness;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness();
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            id = book.relationships().create(Relationship.draft("Harbour Logistics", FixedClock.now().instant())).id();
            book.relationships().create(Relationship.draft("Kestrel Foods", FixedClock.now().instant()));
            book.repairCases().save(RepairCase.start(id)
                    .withActionPlan(new ActionPlan(List.of(
                            Commitment.planned("Send the revised carton sizes", "Ana", TODAY.minusDays(2)))))
                    .withDialogue(new Dialogue(List.of(Conversation.on(TODAY, Channel.PHONE)))));
        }
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void opensOnThisWeekAndMarksACommitmentDoneByKeyboard(FxRobot robot) throws Exception {
        ListView<?> list = awaitWeek(robot);
        assertEquals(Texts.get("week.heading.overdue"), ((javafx.scene.control.ListCell<?>) cell(robot, 0)).getText());
        String spoken = cell(robot, 1).getAccessibleText();
        assertTrue(spoken.contains("Harbour Logistics") && spoken.contains("Send the revised carton sizes")
                && spoken.contains("2 days late"), spoken);
        assertTrue(list.isFocused(), "the keyboard is on the list");

        Keyboard.push(KeyCode.D);
        Fx.settle();
        MainWindowHarness.setTextOfFocused(robot, "Sent on the 22nd, they confirmed");
        Keyboard.push(KeyCode.ENTER);
        awaitStored(CommitmentStatus.DONE);
        assertEquals("Sent on the 22nd, they confirmed",
                harness.storedRepair(id).actionPlan().commitments().get(0).evidence());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().noneMatch(r ->
                ((WeekRow) r).item().filter(i -> i.what().startsWith("Send")).isPresent()));
        assertTrue(robot.lookup("#weekView").tryQuery().isPresent(), "This week stays on screen");

        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        awaitStored(CommitmentStatus.PLANNED);
    }

    @Test
    void snoozesWithAReasonThenTheEmptyWeekSaysSo(FxRobot robot) throws Exception {
        awaitWeek(robot);
        Keyboard.push(KeyCode.S);
        Fx.settle();
        MainWindowHarness.setTextOfFocused(robot, "Their buyer is away until Thursday");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#weekPlaceholder").queryAs(Label.class)
                .getText().equals(Texts.get("week.empty")) && robot.lookup("#weekList").queryListView().getItems().isEmpty());
        try (Workbook book = Workbook.open(harness.workbook, FixedClock.now())) {
            assertEquals("Their buyer is away until Thursday", book.snoozes().inForce(TODAY).get(0).reason());
            assertEquals(TODAY.plusDays(1), book.snoozes().inForce(TODAY).get(0).until());
        }
    }

    @Test
    void enterOpensTheRelationshipInItsStepAndCtrl0ComesBack(FxRobot robot) throws Exception {
        awaitWeek(robot);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null
                && harness.main().wizard().repairProperty().get().currentStep() == RepairStep.ACT);
        assertEquals("Harbour Logistics", harness.selectedName());
        assertTrue(robot.lookup("#weekView").tryQuery().isEmpty(), "the relationship's views instead");

        // A rename saved meanwhile is in the agenda before This week is shown again (read once the saves pause).
        Fx.run(() -> harness.main().portfolio().selectedProperty().get().nameProperty().set("Harbour Logistics Ltd"));
        for (int round = 0; round < 5 && harness.passTime() > 0; round++) { // the auto-save, then the pause after it
            Fx.settle();
        }
        assertTrue(harness.main().week().agendaProperty().get().overdue().stream()
                .anyMatch(item -> item.name().equals("Harbour Logistics Ltd")), "current before Ctrl+0");

        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#weekView").tryQuery().isPresent());
    }

    private ListView<?> awaitWeek(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#weekList").tryQuery().isPresent()
                && !robot.lookup("#weekList").queryListView().getItems().isEmpty());
        ListView<?> list = robot.lookup("#weekList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, list::isFocused);
        Fx.settle();
        return list;
    }

    private static Node cell(FxRobot robot, int index) {
        return robot.lookup("#weekList .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getIndex() == index).findFirst().orElseThrow();
    }

    private void awaitStored(CommitmentStatus status) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            harness.passTime();
            return harness.storedRepair(id).actionPlan().commitments().get(0).status() == status;
        });
    }
}
