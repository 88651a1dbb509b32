package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.model.timeline.TimelineRow;
import org.bridgework.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The example's timeline: it opens at today, says when nothing matches, and its Add buttons open a blank new
 * entry in view that moves no figure and not the stage; an offer made into a commitment shows it, once.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineEntriesUiTest {
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
        Fx.settle();
        id = harness.main().portfolio().shown().get(0).id();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theTimelineOpensAtTodayWithWhatComesNextInView(FxRobot robot) throws Exception {
        List<TimelineRow> rows = list(robot).getItems();
        int today = rows.indexOf(new TimelineRow.Today(java.time.LocalDate.of(2026, 11, 23)));
        assertTrue(today > 20, "the example has a long past: " + today);
        VirtualFlow<?> flow = robot.lookup("#timelineList .virtual-flow").queryAs(VirtualFlow.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> flow.getFirstVisibleCell() != null
                && flow.getFirstVisibleCell().getIndex() > 0);
        Fx.settle();
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        assertTrue(first.getIndex() > 0, "scrolled down from the first incident");
        assertTrue(first.getIndex() <= today && today <= last.getIndex(), "today in view: " + first.getIndex() + ".."
                + last.getIndex() + ", today " + today);
        // Near the top, unless what comes after today is shorter than the list: then the list ends in view.
        assertTrue(today - first.getIndex() <= 1 || last.getIndex() == rows.size() - 1, "today near the top");
        assertTrue(last.getIndex() >= Math.min(rows.size() - 1, today + 3), "the next items below it");
    }

    @Test
    void aSearchThatFindsNothingSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#timelineSearch");
        Keyboard.type(robot, "zebra crossing");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> list(robot).getItems().isEmpty());
        Label placeholder = robot.lookup("#timelinePlaceholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible());
        assertEquals("Nothing matches \u201czebra crossing\u201d with these filters. Change the search or widen the filters.",
                placeholder.getText());
        assertTrue(robot.lookup("#timelineCount").queryAs(Label.class).getText().startsWith("0 of "));
    }

    @Test
    void addCheckInOpensABlankOneInViewThatMovesNoFigure(FxRobot robot) throws Exception {
        RepairCase before = harness.main().wizard().repairProperty().get();
        String summaryBefore = summary();
        RepairStep stageBefore = before.stage();
        String count = robot.lookup("#timelineCount").queryAs(Label.class).getText();

        robot.clickOn(button(robot, "timeline.addCheckIn"));
        Fx.settle();
        assertEquals(RepairStep.REBUILD, harness.main().wizard().repairProperty().get().currentStep());
        // The new entry asks for the keyboard on a later turn of the JavaFX thread: wait for it, not one turn.
        awaitFocus("rebuild-date");
        Node focused = harness.focusOwner();
        assertEquals("rebuild-date", focused.getId(), "the cursor is in the new check-in");
        assertInView(focused);

        RepairCase stored = harness.storedRepair(id);
        List<TrustCheckIn> checkIns = stored.rebuilding().checkIns();
        assertEquals(before.rebuilding().checkIns().size() + 1, checkIns.size());
        TrustCheckIn added = checkIns.get(checkIns.size() - 1);
        assertEquals(TrustRatings.NOT_RATED, added.ourTrust(), "not the last scores");
        assertEquals(TrustRatings.NOT_RATED, added.theirTrust());
        assertEquals(summaryBefore, summary(), "trend, next due and overdue as they were");

        // Each rating asks its own, anchored question, for its own direction, when it has the keyboard.
        List<Node> grids = new java.util.ArrayList<>(robot.lookup(".trust-grid").queryAll());
        Node newGrid = grids.get(grids.size() - 1);
        javafx.scene.control.TextField theirGoodwill = robot.from(newGrid).lookup((javafx.scene.control.TextField t) ->
                "Their trust in us, as we read it, Goodwill".equals(t.getAccessibleText())).query();
        String asked = "Goodwill, their trust in us as we read it: do they believe we look after their interests, not"
                + " only ours? 1 = not at all, 5 = fully.";
        assertEquals(asked, theirGoodwill.getAccessibleHelp());
        Fx.run(theirGoodwill::requestFocus);
        assertTrue(robot.from(newGrid).lookup((Label l) -> asked.equals(l.getText())).tryQuery().isPresent(),
                "the question shows below the ratings");
        assertEquals(stageBefore, stored.stage());
        assertEquals(stageBefore, harness.main().portfolio().selectedProperty().get().stageProperty().get());
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        Fx.settle();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !list(robot).getItems().isEmpty());
        assertEquals(count, robot.lookup("#timelineCount").queryAs(Label.class).getText(), "not on the timeline yet");
    }

    @Test
    void addCommitmentOpensABlankOneInViewThatMovesNoFigure(FxRobot robot) throws Exception {
        RepairCase before = harness.main().wizard().repairProperty().get();
        String summaryBefore = summary();

        robot.clickOn(button(robot, "timeline.addCommitment"));
        Fx.settle();
        assertEquals(RepairStep.ACT, harness.main().wizard().repairProperty().get().currentStep());
        awaitFocus("act-what");
        Node focused = harness.focusOwner();
        assertEquals("act-what", focused.getId());
        assertInView(focused);
        RepairCase stored = harness.storedRepair(id);
        assertEquals(before.actionPlan().commitments().size() + 1, stored.actionPlan().commitments().size());
        assertEquals(summaryBefore, summary());
        assertEquals(before.stage(), stored.stage());
    }

    @Test
    void anOfferShowsTheCommitmentMadeFromItAndCannotBeMadeTwice(FxRobot robot) throws Exception {
        Fx.run(() -> harness.main().wizard().goTo(RepairStep.APOLOGISE));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Fx.settle();
        List<Label> links = robot.lookup("#apologise-madeInto").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).toList();
        assertEquals(3, links.size(), "the example's offers are all in Act already");
        assertTrue(links.get(0).getText().startsWith("Made into commitment: Credit the launch-week delivery charges in full, due "),
                links.get(0).getText());
        assertTrue(robot.lookup("#apologise-makeCommitment").queryAllAs(Button.class).stream().noneMatch(Node::isVisible));

        Button addOffer = robot.lookup("#apologise-addOffer").queryAs(Button.class);
        Fx.run(addOffer::fire);
        Fx.settle();
        Keyboard.type(robot, "Free storage for the autumn range");
        int commitments = harness.main().wizard().repairProperty().get().actionPlan().commitments().size();
        Button make = robot.lookup("#apologise-makeCommitment").queryAllAs(Button.class).stream()
                .filter(Node::isVisible).findFirst().orElseThrow();
        Fx.run(make::fire);
        Fx.settle();
        // The worksheet is built afresh for the new commitment (an outside change to its step), so look again.
        assertTrue(robot.lookup("#apologise-makeCommitment").queryAllAs(Button.class).stream().noneMatch(Node::isVisible),
                "the button gives way to the link");
        List<Commitment> stored = harness.storedRepair(id).actionPlan().commitments();
        assertEquals(commitments + 1, stored.size());
        assertEquals("Free storage for the autumn range", stored.get(stored.size() - 1).what());
        assertEquals(4, robot.lookup("#apologise-madeInto").queryAllAs(Label.class).stream().filter(Node::isVisible).count());
        // Even the button of the worksheet as it was, pressed again, makes no second commitment.
        Fx.run(make::fire);
        assertEquals(commitments + 1, harness.storedRepair(id).actionPlan().commitments().size(), "never twice");
    }

    @Test
    void aNextStepAgreedInAConversationBecomesACommitmentInOneAction(FxRobot robot) throws Exception {
        Fx.run(() -> harness.main().wizard().goTo(RepairStep.TALK));
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Fx.settle();
        RepairCase before = harness.main().wizard().repairProperty().get();
        Button make = robot.lookup("#apologise-makeCommitment").queryAllAs(Button.class).stream()
                .filter(Node::isVisible).filter(b -> !b.isDisabled()).findFirst().orElseThrow();
        long shown = robot.lookup("#apologise-makeCommitment").queryAllAs(Button.class).stream()
                .filter(Node::isVisible).count();
        Fx.run(make::fire);
        Fx.settle();

        List<Commitment> stored = harness.storedRepair(id).actionPlan().commitments();
        assertEquals(before.actionPlan().commitments().size() + 1, stored.size());
        String made = stored.get(stored.size() - 1).what();
        assertTrue(before.dialogue().conversations().stream().anyMatch(c -> c.agreedNextSteps().equals(made)),
                "the commitment says what was agreed: " + made);
        assertEquals(shown - 1, robot.lookup("#apologise-makeCommitment").queryAllAs(Button.class).stream()
                .filter(Node::isVisible).count(), "that button gives way to the link");
        Fx.run(make::fire);
        assertEquals(stored.size(), harness.storedRepair(id).actionPlan().commitments().size(), "never twice");
    }

    /** What the portfolio card shows of the figures: the next due, the overdue count and the trend. */
    private String summary() {
        PortfolioSummary summary = harness.main().portfolio().selectedProperty().get().summaryProperty().get();
        return summary.nextDue().map(c -> c.what() + " " + c.due()).orElse("") + " / " + summary.overdueCount()
                + " / " + summary.trend();
    }

    /** Waits (up to 5 s) until the field with this id has the keyboard; the assertion after it says if not. */
    private void awaitFocus(String id) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> harness.focusOwner() != null && id.equals(harness.focusOwner().getId()));
        } catch (java.util.concurrent.TimeoutException e) {
            // Left to the assertion that follows, which names what has the keyboard instead.
        }
    }

    /**
     * The field comes inside the visible part of the worksheet's scroll pane (the page scrolls on a pulse after
     * the field takes the keyboard: waited for, up to 5 s).
     */
    private static void assertInView(Node focused) {
        Node pane = focused;
        while (!(pane instanceof ScrollPane)) {
            pane = pane.getParent();
        }
        ScrollPane scroll = (ScrollPane) pane;
        java.util.function.BooleanSupplier inView = () -> {
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            Bounds field = focused.localToScene(focused.getLayoutBounds());
            return field.getMinY() >= view.getMinY() && field.getMaxY() <= view.getMaxY();
        };
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, inView::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            // Said by the assertion below, with the bounds.
        }
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        Bounds field = focused.localToScene(focused.getLayoutBounds());
        assertTrue(inView.getAsBoolean(), "in view: field " + field + ", view " + view);
    }

    private static Button button(FxRobot robot, String key) {
        String text = Texts.get(key);
        return robot.lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).queryAs(Button.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<TimelineRow> list(FxRobot robot) {
        return robot.lookup("#timelineList").queryAs(ListView.class);
    }
}
