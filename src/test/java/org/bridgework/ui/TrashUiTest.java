package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.example.ExampleCase;
import org.bridgework.example.SurchargeCase;
import org.bridgework.example.WorkshopCase;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.TrashedRelationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Deleting is undoable: the relationship goes to the Trash at once, the undo bar and Ctrl+Z bring it back, and
 * the Trash window restores, deletes for good and empties, asking first. On the example workbook, so a restored
 * relationship is seen to come back with its whole repair.
 */
@ExtendWith(ApplicationExtension.class)
class TrashUiTest {
    private static final String EXAMPLE = ExampleCase.CLIENT;
    /** The example workbook's two other relationships, sorted round Harbour Print and Meridian Foods. */
    private static final String SURCHARGE = SurchargeCase.CLIENT;
    private static final String WORKSHOP = WorkshopCase.SUPPLIER;
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withExample();
        harness.withRelationships(List.of(relationship("Harbour Print", "Harbour Print Ltd"),
                relationship("Meridian Foods", "Meridian Foods plc")));
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
    void deleteMovesToTheTrashAtOnceAndUndoBringsItBackWithItsWholeRepair(FxRobot robot) throws Exception {
        long id = idOf(EXAMPLE);
        RepairCase before = harness.storedRepair(id);
        assertFalse(before.dialogue().conversations().isEmpty(), "the example has a repair to lose");

        deleteInTheList(robot, EXAMPLE);
        assertEquals(1, robot.listWindows().size(), "no question asked: it can be undone");
        assertEquals(List.of(SURCHARGE, "Harbour Print", "Meridian Foods", WORKSHOP), harness.shownNames());
        assertEquals(SURCHARGE, harness.selectedName(), "the neighbour is selected next");
        assertEquals("\u201cAlder & Finch Home\u201d was moved to the Trash.", barMessage(robot));
        assertTrue(undoButton(robot).isVisible());
        assertEquals(List.of(SURCHARGE, "Harbour Print", "Meridian Foods", WORKSHOP), harness.storedNames());
        assertEquals(List.of(EXAMPLE), harness.storedTrash().stream().map(TrashedRelationship::name).toList());

        robot.clickOn("#undoBarUndo");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals(EXAMPLE));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        assertEquals(List.of(EXAMPLE, SURCHARGE, "Harbour Print", "Meridian Foods", WORKSHOP), harness.shownNames());
        assertEquals(before, harness.main().wizard().repairProperty().get(), "the repair is back as it was");
        assertEquals(before, harness.storedRepair(id));
        assertEquals(List.of(), harness.storedTrash());
        assertEquals("\u201cAlder & Finch Home\u201d is back in the portfolio.", barMessage(robot));
        assertFalse(undoButton(robot).isVisible(), "nothing to undo about a restore");
        RelationshipItem item = harness.main().portfolio().selectedProperty().get();
        assertEquals(RepairStep.REBUILD, item.stageProperty().get(), "the list shows its step again");
        assertTrue(item.summaryProperty().get().nextDue().isPresent(), "and its next commitment");
    }

    @Test
    void editsNotYetSavedAreWrittenBeforeTheDeleteSoTheUndoBringsThemBack(FxRobot robot) throws Exception {
        harness.select(robot, EXAMPLE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        long id = idOf(EXAMPLE);
        // In one go on the JavaFX thread, so both edits are still waiting for the typing pause when the delete comes.
        Fx.run(() -> {
            robot.lookup("#detailsOrganisation").queryAs(TextField.class).setText("Typed a moment ago");
            harness.main().wizard().goTo(RepairStep.TALK);
            harness.main().portfolio().moveToTrash(harness.main().portfolio().selectedProperty().get());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().trash().canUndoProperty().get());
        assertEquals(RepairStep.TALK, harness.storedRepair(id).currentStep(), "written before it went to the Trash");

        robot.clickOn("#portfolio").push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals(EXAMPLE));
        assertEquals("Typed a moment ago", harness.storedNamed(EXAMPLE).organisation());
        assertEquals(RepairStep.TALK, harness.storedRepair(id).currentStep());
        assertEquals("Typed a moment ago", robot.lookup("#detailsOrganisation").queryAs(TextField.class).getText());
    }

    @Test
    void ctrlZInATextFieldUndoesTheTypingThereAndNothingElse(FxRobot robot) throws Exception {
        deleteInTheList(robot, "Harbour Print");
        harness.select(robot, "Meridian Foods");
        TextField organisation = robot.lookup("#detailsOrganisation").queryAs(TextField.class);
        robot.clickOn(organisation).push(KeyCode.END);
        Keyboard.type(robot, "XYZ");
        assertEquals("Meridian Foods plcXYZ", organisation.getText());

        for (int i = 0; i < 6 && !organisation.getText().equals("Meridian Foods plc"); i++) {
            Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        }
        assertEquals("Meridian Foods plc", organisation.getText(), "the field undid its own typing");
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        Fx.settle();
        assertTrue(organisation.isFocused());
        assertEquals(List.of("Meridian Foods"), harness.shownNames().stream()
                        .filter(n -> !List.of(EXAMPLE, SURCHARGE, WORKSHOP).contains(n)).toList(),
                "Ctrl+Z in a text field never brings back a deleted relationship");
        assertEquals(List.of("Harbour Print"), harness.storedTrash().stream().map(TrashedRelationship::name).toList());
        assertTrue(harness.main().trash().canUndoProperty().get());
        assertEquals("Meridian Foods plc", harness.storedNamed("Meridian Foods").organisation());

        robot.clickOn("#portfolio");
        harness.select(robot, "Meridian Foods");
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Harbour Print"));
        assertEquals(List.of(), harness.storedTrash());
        assertFalse(harness.main().trash().canUndoProperty().get());
    }

    @Test
    void ctrlZUndoesTheDeletesOneAfterAnotherLatestFirst(FxRobot robot) throws Exception {
        deleteInTheList(robot, "Harbour Print");
        deleteInTheList(robot, "Meridian Foods");
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Meridian Foods"));
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Harbour Print"));
        assertEquals(List.of(EXAMPLE, SURCHARGE, "Harbour Print", "Meridian Foods", WORKSHOP), harness.storedNames());
    }

    @Test
    void aRestoredRelationshipWhoseNameWasTakenComesBackUnderAFreeNameAndTheUserIsTold(FxRobot robot) throws Exception {
        deleteInTheList(robot, "Harbour Print");
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        MainWindowHarness.setText(robot, "#newRelationshipName", "harbour print");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("harbour print"));
        robot.targetWindow(harness.main().view().getScene().getWindow());

        robot.clickOn("#portfolio");
        harness.select(robot, "harbour print");
        Keyboard.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Harbour Print (restored)"));
        assertEquals("\u201cHarbour Print\u201d is back in the portfolio as \u201cHarbour Print (restored)\u201d, because"
                + " another relationship now has its name. Press F2 to rename it.", barMessage(robot));
        assertTrue(harness.main().trash().noticeProperty().get().lingers(), "news like this waits to be read");
        assertTrue(harness.storedNames().containsAll(List.of("harbour print", "Harbour Print (restored)")));
    }

    @Test
    void escAndTheCloseButtonCloseTheUndoBar(FxRobot robot) throws Exception {
        deleteInTheList(robot, "Harbour Print");
        Node bar = robot.lookup("#undoBar").query();
        assertTrue(bar.isVisible());
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertFalse(bar.isVisible());
        assertFalse(bar.isManaged(), "a hidden bar takes no room");

        deleteInTheList(robot, "Meridian Foods");
        assertTrue(bar.isVisible());
        robot.clickOn("#undoBarClose");
        Fx.settle();
        assertFalse(bar.isVisible());
        assertTrue(harness.main().trash().canUndoProperty().get(), "the menu's Undo delete still works");
    }

    @Test
    void theTrashWindowListsNewestFirstAndEnterRestoresIntoThePortfolio(FxRobot robot) throws Exception {
        // The test clock stands still, so both are deleted at the same moment; TrashTest checks newest first.
        deleteInTheList(robot, EXAMPLE);
        deleteInTheList(robot, "Harbour Print");
        TableView<TrashedRelationship> table = openTrash(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertEquals(List.of("Harbour Print", EXAMPLE), table.getItems().stream().map(TrashedRelationship::name).toList());
        assertEquals(List.of("Harbour Print Ltd", "Alder & Finch Home Ltd"),
                table.getItems().stream().map(TrashedRelationship::organisation).toList());
        assertTrue(harness.main().trash().deletedText(table.getItems().get(0)).startsWith("Today, "));
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "the first is ready for Enter");
        assertTrue(table.isFocused());

        Keyboard.push(KeyCode.DOWN);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals(EXAMPLE));
        assertEquals(1, robot.listWindows().size(), "the Trash window closed to show the restored one");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        assertFalse(harness.main().wizard().repairProperty().get().actionPlan().commitments().isEmpty());
        assertEquals(List.of("Harbour Print"), harness.storedTrash().stream().map(TrashedRelationship::name).toList());
    }

    @Test
    void emptyingTheTrashAsksFirstEscKeepsEnterEmpties(FxRobot robot) throws Exception {
        long id = idOf(EXAMPLE);
        deleteInTheList(robot, EXAMPLE);
        deleteInTheList(robot, "Harbour Print");
        TableView<TrashedRelationship> table = openTrash(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);

        Keyboard.push(KeyCode.ALT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        assertTrue(robot.lookup("Permanently delete 2 relationships? This cannot be undone.").tryQuery().isPresent(),
                "the question says how many");
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertEquals(2, robot.listWindows().size(), "the question closed; the Trash window stays");
        assertEquals(2, harness.storedTrash().size(), "Esc kept them");

        focusTrashWindow(robot);
        Keyboard.push(KeyCode.ALT, KeyCode.E);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertEquals(2, robot.listWindows().size(), "the Trash window stays, now empty");
        assertEquals(List.of(), harness.storedTrash());
        assertEquals(RepairCase.start(id), harness.storedRepair(id), "its repair went with it, for good");
        assertEquals(List.of(SURCHARGE, "Meridian Foods", WORKSHOP), harness.storedNames());
        Label placeholder = robot.lookup("#trashPlaceholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible());
        assertEquals("The Trash is empty", placeholder.getText());
        assertTrue(robot.lookup("#trashEmpty").queryAs(Button.class).isDisabled());
        assertFalse(harness.main().trash().canUndoProperty().get(), "nothing left to undo");

        focusTrashWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertEquals(1, robot.listWindows().size(), "Esc closed the Trash window");
    }

    @Test
    void deleteInTheTrashWindowDeletesTheSelectedOneForGoodAfterAsking(FxRobot robot) throws Exception {
        deleteInTheList(robot, "Harbour Print");
        deleteInTheList(robot, "Meridian Foods");
        TableView<TrashedRelationship> table = openTrash(robot);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        String first = table.getItems().get(0).name();
        String second = table.getItems().get(1).name();

        Keyboard.push(KeyCode.DELETE);
        MainWindowHarness.focusNewestWindow(robot);
        assertTrue(robot.lookup("Permanently delete \u201c" + first + "\u201d and everything recorded about it? "
                + "This cannot be undone.").tryQuery().isPresent(), "the question names it");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(List.of(second), harness.storedTrash().stream().map(TrashedRelationship::name).toList());
        assertEquals(second, table.getSelectionModel().getSelectedItem().name(), "the next one is selected");
        assertNotEquals(first, second);
    }

    @Test
    void aNewRelationshipMayTakeTheNameOfOneInTheTrash(FxRobot robot) throws Exception {
        deleteInTheList(robot, "Meridian Foods");
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        MainWindowHarness.setText(robot, "#newRelationshipName", "Meridian Foods");
        Fx.settle();
        assertFalse(robot.lookup("#newRelationshipProblem").queryAs(Label.class).isVisible(), "the name is free");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Meridian Foods"));
        assertEquals(List.of(EXAMPLE, SURCHARGE, "Harbour Print", "Meridian Foods", WORKSHOP), harness.storedNames());
        assertEquals(List.of("Meridian Foods"), harness.storedTrash().stream().map(TrashedRelationship::name).toList());
    }

    // ---- Helpers

    private void deleteInTheList(FxRobot robot, String name) {
        robot.targetWindow(harness.main().view().getScene().getWindow());
        harness.select(robot, name);
        Fx.run(() -> MainWindowHarness.portfolio(robot).requestFocus());
        harness.select(robot, name);
        Keyboard.push(KeyCode.DELETE);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !harness.shownNames().contains(name)
                    && harness.main().trash().noticeProperty().get() != null
                    && harness.main().trash().noticeProperty().get().text().contains(name));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(name + " did not go to the Trash", e);
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<TrashedRelationship> openTrash(FxRobot robot) {
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        MainWindowHarness.focusNewestWindow(robot);
        return robot.lookup("#trashTable").queryAs(TableView.class);
    }

    private static void focusTrashWindow(FxRobot robot) {
        MainWindowHarness.focusNewestWindow(robot);
    }

    private static String barMessage(FxRobot robot) {
        return robot.lookup("#undoBarMessage").queryAs(Label.class).getText();
    }

    private static Button undoButton(FxRobot robot) {
        return robot.lookup("#undoBarUndo").queryAs(Button.class);
    }

    private static Relationship relationship(String name, String organisation) {
        return new Relationship(0, name, organisation, "", "", RelationshipKind.CLIENT, "", false, FixedClock.NOW,
                FixedClock.NOW);
    }

    private long idOf(String name) {
        return harness.main().portfolio().all().stream().filter(item -> item.nameProperty().get().equals(name))
                .findFirst().orElseThrow().id();
    }
}
