package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.form.DateText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Act shows its commitments as a compact table (what · owner · due · status, overdue said in words and a sign),
 * one opened for editing at a time; arrows move, Enter opens, Esc goes back; the order and the search change what
 * is shown, never what is kept.
 */
@ExtendWith(ApplicationExtension.class)
class CommitmentRowsUiTest {
    private static final LocalDate TODAY = FixedClock.NOW.atZone(ZoneOffset.UTC).toLocalDate();
    private static final List<Commitment> COMMITMENTS = List.of(
            Commitment.planned("Send the revised contract", "Tom", TODAY.plusDays(3)),
            Commitment.planned("Call back about the late invoice", "Zara", TODAY.minusDays(4)),
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
    void openAct(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, "Meridian Foods");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#stepList").tryQuery().isPresent());
        Fx.run(() -> stepList(robot).getSelectionModel().select(RepairStep.ACT));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".entry-row").queryAll().size() == 3);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void eachCommitmentIsOneRowInDueOrderAndTheOverdueOneSaysSo(FxRobot robot) {
        assertEquals(List.of(
                        List.of("Call back about the late invoice", "Zara", DateText.of(TODAY.minusDays(4)), "Overdue"),
                        List.of("Send the revised contract", "Tom", DateText.of(TODAY.plusDays(3)), "Planned"),
                        List.of("Quarterly review", "Ana", DateText.of(TODAY.plusMonths(2)), "Planned")),
                rowTexts(robot), "by due date first");
        assertNotNull(statusCell(rows(robot).get(0)).getGraphic(), "overdue has a warning sign, not only a colour");
        assertNull(statusCell(rows(robot).get(1)).getGraphic());
        assertEquals(0, openedDetails(robot), "at first the list is at a glance, nothing opened");
    }

    @Test
    void arrowsMoveEnterOpensForEditingAndEscGoesBackToTheList(FxRobot robot) throws Exception {
        Fx.run(() -> rows(robot).get(0).requestFocus());
        Keyboard.push(KeyCode.DOWN);
        assertSame(rows(robot).get(1), harness.focusOwner(), "↓ goes to the next row");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.focusOwner() instanceof TextInputControl);
        TextInputControl what = (TextInputControl) harness.focusOwner();
        assertEquals("act-what", what.getId());
        assertEquals("Send the revised contract", what.getText(), "Enter opens that commitment with the cursor in it");
        assertEquals(1, openedDetails(robot), "one commitment open at a time");

        Keyboard.push(KeyCode.END);
        Keyboard.type(robot, " today");
        harness.flushSaves();
        assertEquals("Send the revised contract today", harness.storedRepair(id).actionPlan().commitments().get(0).what());
        assertEquals("Send the revised contract today", rowTexts(robot).get(1).get(0), "the row follows the edit");

        Keyboard.push(KeyCode.ESCAPE);
        assertSame(rows(robot).get(1), harness.focusOwner(), "Esc goes back to its row");
        assertEquals(0, openedDetails(robot));

        Keyboard.push(KeyCode.UP);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.focusOwner() instanceof TextInputControl);
        assertEquals("Call back about the late invoice", ((TextInputControl) harness.focusOwner()).getText());
    }

    @Test
    void theOrderAndTheSearchChangeWhatIsShownNotWhatIsKept(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<String> order = robot.lookup("#act-add-order").queryAs(ComboBox.class);
        Fx.run(() -> order.getSelectionModel().select("By owner"));
        assertEquals(List.of("Ana", "Tom", "Zara"), rowTexts(robot).stream().map(r -> r.get(1)).toList());
        harness.flushSaves();
        assertEquals(COMMITMENTS, harness.storedRepair(id).actionPlan().commitments(), "the kept order is unchanged");

        MainWindowHarness.setText(robot, "#act-add-search", "overdue");
        assertEquals(List.of("Call back about the late invoice"), shownWhats(robot), "the search reads every column");
        MainWindowHarness.setText(robot, "#act-add-search", "brochure");
        assertEquals(List.of(), shownWhats(robot));
        assertTrue(robot.lookup("Nothing in this list matches the search.").tryQuery().map(Node::isVisible).orElse(false),
                "an empty search says so");
        MainWindowHarness.setText(robot, "#act-add-search", "");
        assertEquals(3, shownWhats(robot).size());
    }

    private static List<HBox> rows(FxRobot robot) {
        return robot.lookup(".entry-row").queryAllAs(HBox.class).stream()
                .sorted(java.util.Comparator.comparingDouble(row -> row.localToScene(0, 0).getY())).toList();
    }

    private static List<List<String>> rowTexts(FxRobot robot) {
        return rows(robot).stream().map(row -> row.getChildren().stream().map(cell -> ((Label) cell).getText()).toList())
                .toList();
    }

    private static List<String> shownWhats(FxRobot robot) {
        return rows(robot).stream().filter(row -> row.getParent().isVisible())
                .map(row -> ((Label) row.getChildren().get(0)).getText()).toList();
    }

    private static Label statusCell(HBox row) {
        return (Label) row.getChildren().get(row.getChildren().size() - 1);
    }

    private static long openedDetails(FxRobot robot) {
        return robot.lookup(".entry-details").queryAll().stream().filter(Node::isVisible).count();
    }

    @SuppressWarnings("unchecked")
    private static ListView<RepairStep> stepList(FxRobot robot) {
        return robot.lookup("#stepList").queryAs(ListView.class);
    }
}
