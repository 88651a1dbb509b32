package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The portfolio driven from the keyboard, checked on screen and in the workbook file. */
@ExtendWith(ApplicationExtension.class)
class PortfolioUiTest {
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withRelationships(List.of(
                relationship("Northwind Logistics", "Northwind Logistics GmbH"),
                relationship("Harbour Print", "Harbour Print Ltd"),
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
    void ctrlNTypeAndEnterCreatesAndSelectsARelationship(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        TextField name = robot.lookup("#newRelationshipName").queryAs(TextField.class);
        assertTrue(name.isFocused(), "the name field has the focus");
        Keyboard.type(robot, "Acme Ltd");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Acme Ltd"));

        assertEquals(List.of("Acme Ltd", "Harbour Print", "Meridian Foods", "Northwind Logistics"), harness.shownNames());
        assertTrue(harness.stored().stream().anyMatch(r -> r.name().equals("Acme Ltd")));
    }

    @Test
    void anEmptyNameIsRefusedInPlaceAndEscCancels(FxRobot robot) throws Exception {
        newRelationshipDialog(robot);
        Keyboard.type(robot, "   ");
        Keyboard.push(KeyCode.ENTER);
        Label problem = robot.lookup("#newRelationshipProblem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertEquals("Please type a name.", problem.getText());
        assertEquals("   ", robot.lookup("#newRelationshipName").queryAs(TextField.class).getText(), "the text is kept");

        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(robot.lookup("#newRelationshipName").tryQuery().isEmpty(), "the dialog closed");
        assertEquals(3, harness.stored().size());
    }

    @Test
    void aDuplicateNameIsRefusedIgnoringCase(FxRobot robot) throws Exception {
        newRelationshipDialog(robot);
        MainWindowHarness.setText(robot, "#newRelationshipName", "harbour PRINT");
        Keyboard.push(KeyCode.ENTER);
        Label problem = robot.lookup("#newRelationshipProblem").queryAs(Label.class);
        assertTrue(problem.getText().startsWith("There is already a relationship with this name"), problem.getText());
        Keyboard.push(KeyCode.ESCAPE);
        assertEquals(3, harness.stored().size());
    }

    @Test
    void f2RenamesAndAnInvalidNameIsNotSavedButKept(FxRobot robot) throws Exception {
        harness.select(robot, "Meridian Foods");
        Keyboard.push(KeyCode.F2);
        TextField name = robot.lookup("#detailsName").queryAs(TextField.class);
        assertTrue(name.isFocused(), "F2 puts the keyboard on the name");
        assertEquals("Meridian Foods", name.getSelectedText(), "with the name selected, for typing over it");
        MainWindowHarness.setText(robot, "#detailsName", "Meridian Fresh Foods");
        harness.flushSaves();
        assertTrue(harness.storedNames().contains("Meridian Fresh Foods"), harness.storedNames().toString());

        // Typed letter by letter, each valid prefix is saved; the final, duplicate name is not.
        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, "northwind logistics");
        Fx.settle();
        assertEquals("northwind logistics", name.getText(), "the typed text stays in the field");
        Label problem = robot.lookup("#detailsNameProblem").queryAs(Label.class);
        assertEquals("There is already a relationship with this name (it may be archived). "
                + "Until this is fixed, the name stays “northwind logistic”.", problem.getText());
        assertEquals(List.of("Harbour Print", "northwind logistic", "Northwind Logistics"), harness.storedNames());
        assertEquals("northwind logistic", harness.selectedName());

        Keyboard.push(KeyCode.BACK_SPACE);
        Keyboard.type(robot, "s Europe");
        harness.flushSaves();
        assertTrue(harness.storedNames().contains("northwind logistics Europe"), harness.storedNames().toString());
        assertFalse(problem.isVisible());
    }

    @Test
    void everyDetailIsSavedAsItIsTyped(FxRobot robot) throws Exception {
        harness.select(robot, "Harbour Print");
        MainWindowHarness.setText(robot, "#detailsOrganisation", "Harbour Print & Co. KG");
        MainWindowHarness.setText(robot, "#detailsContact", "Zoë O'Brien");
        MainWindowHarness.setText(robot, "#detailsOwner", "Priya Raman");
        MainWindowHarness.setText(robot, "#detailsNotes", "Missed the brochure deadline twice.");
        robot.clickOn("#detailsKind").push(KeyCode.DOWN).push(KeyCode.ENTER);

        Relationship stored = harness.stored().stream().filter(r -> r.name().equals("Harbour Print")).findFirst().orElseThrow();
        assertEquals("Harbour Print & Co. KG", stored.organisation());
        assertEquals("Zoë O'Brien", stored.contactPerson());
        assertEquals("Priya Raman", stored.owner());
        assertEquals("Missed the brochure deadline twice.", stored.notes());
        assertEquals(RelationshipKind.SUPPLIER, stored.kind());
    }

    @Test
    void ctrlFSearchesAsYouTypeAndEscClears(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        Keyboard.type(robot, "gmbh");
        Fx.settle();
        assertEquals(List.of("Northwind Logistics"), harness.shownNames());
        assertEquals("1 of 3 shown", robot.lookup("#portfolioCount").queryAs(Label.class).getText());
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertEquals(3, harness.shownNames().size());

        Keyboard.type(robot, "zzz");
        Fx.settle();
        assertTrue(harness.shownNames().isEmpty());
        assertEquals("Nothing matches “zzz”.", ((Label) MainWindowHarness.portfolio(robot).getPlaceholder()).getText());
    }

    @Test
    void downFromTheSearchWalksTheListAndEnterOpensTheForm(FxRobot robot) {
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        Keyboard.push(KeyCode.DOWN);
        assertEquals("Harbour Print", harness.selectedName());
        Keyboard.push(KeyCode.DOWN);
        Keyboard.push(KeyCode.DOWN);
        assertEquals("Northwind Logistics", harness.selectedName());
        Keyboard.push(KeyCode.ENTER);
        assertTrue(robot.lookup("#detailsName").queryAs(TextField.class).isFocused());
    }

    @Test
    void archivingHidesAndShowArchivedBringsBack(FxRobot robot) throws Exception {
        harness.select(robot, "Northwind Logistics");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        Fx.settle();
        assertEquals(List.of("Harbour Print", "Meridian Foods"), harness.shownNames());
        assertTrue(harness.storedNamed("Northwind Logistics").archived());
        assertEquals("2 relationships · 1 archived, hidden", robot.lookup("#portfolioCount").queryAs(Label.class).getText());

        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H);
        Fx.settle();
        assertEquals(3, harness.shownNames().size());
        harness.select(robot, "Northwind Logistics");
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertFalse(harness.storedNamed("Northwind Logistics").archived());
    }

    @Test
    void deleteMovesToTheTrashAtOnceAndSelectsTheNeighbour(FxRobot robot) throws Exception {
        harness.select(robot, "Harbour Print");
        robot.clickOn("#portfolio");
        harness.select(robot, "Harbour Print");
        Keyboard.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.shownNames().size() == 2);
        Fx.settle();
        assertEquals(1, robot.listWindows().size(), "nothing to confirm: the Trash keeps it and Undo brings it back");
        assertEquals(List.of("Meridian Foods", "Northwind Logistics"), harness.storedNames());
        assertEquals(List.of("Harbour Print"), harness.storedTrash().stream()
                .map(org.bridgework.model.TrashedRelationship::name).toList());
        assertEquals("Meridian Foods", harness.selectedName(), "the neighbour is selected next");
        assertTrue(robot.lookup("#portfolio").query().isFocused(), "the keyboard stays in the list");
        assertEquals("2 relationships", robot.lookup("#portfolioCount").queryAs(Label.class).getText());

        Keyboard.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.shownNames().size() == 1);
        assertEquals(List.of("Northwind Logistics"), harness.storedNames());
        assertEquals("Northwind Logistics", harness.selectedName(), "the last neighbour is selected");
    }

    private static FxRobot newRelationshipDialog(FxRobot robot) {
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        return robot;
    }

    private static Relationship relationship(String name, String organisation) {
        return new Relationship(0, name, organisation, "", "", RelationshipKind.CLIENT, "", false, FixedClock.NOW, FixedClock.NOW);
    }
}
