package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StatusFilter;
import org.bridgework.model.timeline.TimelineItem;
import org.bridgework.model.timeline.TimelineRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The example's timeline: filters, and acting on commitments with the keyboard. */
@ExtendWith(ApplicationExtension.class)
class TimelineUiTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private MainWindowHarness harness;
    private long id;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withExample();
        harness.start(stage);
    }

    @BeforeEach
    void openTimeline(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        Keyboard.push(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list(robot).getItems().isEmpty());
        id = harness.main().portfolio().shown().get(0).id();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theExampleTimelineIsInDateOrderWithTodayBetweenPastAndPlanned(FxRobot robot) {
        List<TimelineRow> rows = list(robot).getItems();
        List<TimelineItem> items = rows.stream().filter(TimelineRow.Item.class::isInstance)
                .map(r -> ((TimelineRow.Item) r).item()).toList();
        int today = rows.indexOf(new TimelineRow.Today(TODAY));
        assertTrue(today > 0);
        rows.subList(0, today).stream().filter(TimelineRow.Item.class::isInstance)
                .forEach(r -> assertTrue(!((TimelineRow.Item) r).item().date().isAfter(TODAY)));
        rows.subList(today, rows.size()).stream().filter(TimelineRow.Item.class::isInstance)
                .forEach(r -> assertTrue(((TimelineRow.Item) r).item().date().isAfter(TODAY)));
        assertEquals(items.size() + " of " + items.size() + " items", countText(robot));
    }

    @Test
    void filtersCombineAndTheCountFollows(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<StatusFilter> status = robot.lookup("#timelineStatus").queryAs(ComboBox.class);
        Fx.run(() -> status.setValue(StatusFilter.OPEN_AND_OVERDUE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownItems(robot).size() == 4);
        List<TimelineItem> open = shownItems(robot);
        assertEquals(4, open.size(), open.toString());
        assertTrue(open.stream().allMatch(TimelineItem::isCommitment));
        MainWindowHarness.setText(robot, "#timelineSearch", "contract");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownItems(robot).size() == 1);
        assertTrue(countText(robot).startsWith("1 of "), countText(robot));
    }

    @Test
    void dMarksTheSelectedCommitmentDoneWithItsEvidence(FxRobot robot) throws Exception {
        select(robot, "Due: Hold the missed lessons workshop");
        Keyboard.push(KeyCode.D);
        MainWindowHarness.focusNewestWindow(robot);
        MainWindowHarness.setTextOfFocused(robot, "Workshop held; notes sent to Nadia");
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();

        Commitment workshop = commitment("Hold the missed lessons workshop");
        assertEquals(CommitmentStatus.DONE, workshop.status());
        assertEquals(Optional.of(TODAY), workshop.completedOn());
        assertEquals("Workshop held; notes sent to Nadia", workshop.evidence());
    }

    @Test
    void theMarkDoneDialogIsTheAppsOwnAndEscLeavesTheCommitmentAsItWas(FxRobot robot) throws Exception {
        Commitment before = commitment("Hold the missed lessons workshop");
        select(robot, "Due: Hold the missed lessons workshop");
        Keyboard.push(KeyCode.D);
        MainWindowHarness.focusNewestWindow(robot);
        List<String> buttons = robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class)
                .stream().map(javafx.scene.control.Button::getText).sorted().toList();
        assertEquals(List.of("Cancel", "Mark done"), buttons, "its own words, never a bare OK");
        assertTrue(robot.lookup(".dialog-pane .dialog-icon-done").tryQuery().isPresent(), "its own icon");
        MainWindowHarness.setTextOfFocused(robot, "Typed, then thought better of it");
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        robot.targetWindow(harness.main().view().getScene().getWindow());

        assertTrue(robot.lookup(".dialog-pane").tryQuery().isEmpty(), "Esc closed it");
        Commitment after = commitment("Hold the missed lessons workshop");
        assertEquals(before.status(), after.status());
        assertEquals(before.evidence(), after.evidence());
    }

    @Test
    void mMarksTheSelectedCommitmentMissedAskingFirstWhenItIsNotDueYetAndCtrlZTakesItBack(FxRobot robot)
            throws Exception {
        Commitment before = commitment("Add to the contract");
        boolean early = before.due().orElseThrow().isAfter(TODAY);
        select(robot, "Due: Add to the contract");
        if (early) {
            Keyboard.push(KeyCode.M);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            MainWindowHarness.focusNewestWindow(robot);
            Keyboard.push(KeyCode.ENTER);
            Fx.settle();
            robot.targetWindow(harness.main().view().getScene().getWindow());
            assertEquals(before.status(), commitment("Add to the contract").status(), "Enter means Cancel");
        }
        if (early) {
            Fx.run(() -> {
                harness.main().view().getScene().getWindow().requestFocus();
                list(robot).requestFocus();
            });
            Keyboard.push(KeyCode.M);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            MainWindowHarness.focusNewestWindow(robot);
            javafx.scene.control.Button confirm = MainWindowHarness.button(robot, "Mark missed");
            Fx.run(confirm::fire);
            Fx.settle();
            robot.targetWindow(harness.main().view().getScene().getWindow());
        } else {
            Keyboard.push(KeyCode.M);
        }
        Fx.settle();
        assertEquals(CommitmentStatus.MISSED, commitment("Add to the contract").status());

        Fx.run(() -> {
            harness.main().view().getScene().getWindow().requestFocus();
            list(robot).requestFocus();
        });
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertEquals(before, commitment("Add to the contract"), "undone, and saved");
    }

    @Test
    void addCommitmentByKeyboardOpensActWithTheCursorInTheNewEntry(FxRobot robot) throws Exception {
        int before = harness.main().wizard().repairProperty().get().actionPlan().commitments().size();
        Keyboard.push(KeyCode.SHIFT, KeyCode.TAB);
        for (int i = 0; i < 20 && !"timelineAddCommitment".equals(harness.focusOwner().getId()); i++) {
            Keyboard.push(KeyCode.SHIFT, KeyCode.TAB);
        }
        assertEquals("timelineAddCommitment", harness.focusOwner().getId());
        Keyboard.push(KeyCode.SPACE);
        Fx.settle();
        assertEquals(RepairStep.ACT, harness.main().wizard().repairProperty().get().currentStep());
        assertEquals("act-what", harness.focusOwner().getId());
        MainWindowHarness.setTextOfFocused(robot, "Quarterly review with Owen");
        RepairCase stored = harness.storedRepair(id);
        assertEquals(before + 1, stored.actionPlan().commitments().size());
        assertEquals("Quarterly review with Owen", stored.actionPlan().commitments().get(before).what());
    }

    private Commitment commitment(String startsWith) throws Exception {
        return harness.storedRepair(id).actionPlan().commitments().stream().filter(c -> c.what().startsWith(startsWith))
                .findFirst().orElseThrow();
    }

    /** Walks the list with the arrow keys until the item whose title starts with {@code title} is selected. */
    private void select(FxRobot robot, String title) {
        Fx.run(() -> list(robot).requestFocus());
        Keyboard.push(KeyCode.HOME);
        for (int i = 0; i < 80; i++) {
            TimelineRow row = list(robot).getSelectionModel().getSelectedItem();
            if (row instanceof TimelineRow.Item item
                    && org.bridgework.ui.timeline.ItemLooks.title(item.item()).startsWith(title)) {
                return;
            }
            Keyboard.push(KeyCode.DOWN);
        }
        fail("no item " + title);
    }

    private List<TimelineItem> shownItems(FxRobot robot) {
        return list(robot).getItems().stream().filter(TimelineRow.Item.class::isInstance)
                .map(r -> ((TimelineRow.Item) r).item()).toList();
    }

    private String countText(FxRobot robot) {
        return robot.lookup("#timelineCount").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineRow> list(FxRobot robot) {
        return robot.lookup("#timelineList").queryAs(ListView.class);
    }
}
