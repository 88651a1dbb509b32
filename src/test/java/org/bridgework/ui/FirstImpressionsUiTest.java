package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.settings.AppSettings;
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
 * The first minutes: opening a workbook shows the relationship last viewed there (or its only one), not a
 * blank pane; after Create the cursor is in the new relationship's next field; F2 renames from anywhere.
 */
@ExtendWith(ApplicationExtension.class)
class FirstImpressionsUiTest {
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness().withRelationships(List.of(
                relationship("Northwind Logistics"), relationship("Harbour Print"), relationship("Meridian Foods")));
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
    void openingAWorkbookAgainSelectsTheRelationshipLastViewedThereAndAnOnlyOneIsSelectedAtOnce(FxRobot robot)
            throws Exception {
        assertEquals("", harness.selectedName(), "three relationships, none viewed yet: the choice is the user's");
        harness.select(robot, "Meridian Foods");
        long meridian = harness.storedNamed("Meridian Foods").id();

        Path other = harness.folder.resolve("other.db");
        try (Workbook book = Workbook.open(other, FixedClock.now())) {
            book.relationships().create(relationship("Solent Freight"));
        }
        Fx.run(() -> harness.main().openAtStart(other));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.selectedName().equals("Solent Freight"));

        Fx.run(() -> harness.main().openAtStart(harness.workbook));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> harness.selectedName().equals("Meridian Foods"));
        assertTrue(robot.lookup("#detailsName").queryAs(TextField.class).isVisible(), "its details are shown");

        // Kept with the settings, so it holds after a restart too.
        Fx.settle();
        assertEquals(OptionalLong.of(meridian), AppSettings.load(harness.folder.resolve("data")).lastViewed(harness.workbook));
    }

    @Test
    void afterCreateTheCursorIsInTheNewRelationshipsNextField(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        MainWindowHarness.setTextOfFocused(robot, "Acme Ltd");
        Keyboard.push(KeyCode.ENTER);
        robot.targetWindow(harness.main().view().getScene().getWindow());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.selectedName().equals("Acme Ltd"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.focusOwner() != null
                && "detailsOrganisation".equals(harness.focusOwner().getId()));
        Keyboard.type(robot, "Acme Holdings");
        harness.flushSaves();
        assertEquals("Acme Holdings", harness.storedNamed("Acme Ltd").organisation(), "typing goes on in its details");
    }

    @Test
    void f2RenamesFromAFieldOfTheRepairStepsAndFromTheTimelinesSearch(FxRobot robot) throws Exception {
        harness.select(robot, "Harbour Print");
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".worksheet .text-input").tryQuery().isPresent());
        Node field = robot.lookup(".worksheet .text-input").query();
        Fx.run(field::requestFocus);
        assertTrue(harness.focusOwner() instanceof TextInputControl, "the keyboard is in a worksheet field");
        Keyboard.push(KeyCode.F2);
        assertRenaming(robot, "Harbour Print");

        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timelineSearch").tryQuery().isPresent());
        Fx.run(() -> robot.lookup("#timelineSearch").query().requestFocus());
        Keyboard.push(KeyCode.F2);
        assertRenaming(robot, "Harbour Print");
    }

    private void assertRenaming(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.focusOwner() != null
                && "detailsName".equals(harness.focusOwner().getId()));
        assertEquals(name, robot.lookup("#detailsName").queryAs(TextField.class).getSelectedText(),
                "the name selected, for typing over it");
    }

    private static Relationship relationship(String name) {
        return new Relationship(0, name, "", "", "", RelationshipKind.CLIENT, "", false, FixedClock.NOW, FixedClock.NOW);
    }
}
