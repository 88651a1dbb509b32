package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a German locale, where "." groups thousands and "," starts the decimals: an amount typed the German way is
 * stored as that amount, shown the German way when the workbook is opened again; one written the English way is
 * refused at the field, not stored as a number a hundred times larger.
 */
@ExtendWith(ApplicationExtension.class)
class GermanAmountUiTest {
    private static final String FIELD = "#assess-annualRevenue";

    private final Locale before = Locale.getDefault();
    private MainWindowHarness harness;
    private MainWindowHarness reopened;

    @Start
    void start(Stage stage) throws Exception {
        // Before the window is built: the amount field takes its locale when it is made.
        Locale.setDefault(Locale.GERMANY);
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Meridian Foods", FixedClock.NOW)));
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (reopened != null) {
                reopened.stop();
            }
            harness.stop();
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void anAmountTypedTheGermanWayIsStoredAndShownTheGermanWayAfterReopening(FxRobot robot) throws Exception {
        openRepair(robot, harness);
        focus(robot);
        Keyboard.type(robot, "1.234,50");
        TextField field = robot.lookup(FIELD).queryAs(TextField.class);
        assertEquals("", problemUnder(field));
        close();

        assertEquals("1234.50", storedRevenue(harness.workbook), "read through a second connection");

        reopened = new MainWindowHarness();
        FxToolkit.setupStage(stage -> reopened.start(stage, harness.workbook));
        openRepair(robot, reopened);
        assertEquals("1.234,50", robot.lookup(FIELD).queryAs(TextField.class).getText());
    }

    @Test
    void aPastedAmountWrittenTheEnglishWayIsRefusedAndNothingIsStored(FxRobot robot) throws Exception {
        openRepair(robot, harness);
        TextField field = robot.lookup(FIELD).queryAs(TextField.class);
        Fx.run(() -> field.setText("1234.50"));

        assertEquals("1234.50", field.getText(), "the text stays as pasted");
        assertTrue(problemUnder(field).startsWith("Not clear which amount this is: write it like 1.234.567,50"),
                problemUnder(field));
        close();
        assertNull(storedRevenue(harness.workbook), "nothing stored");
    }

    @Test
    void anAmountTypedTheEnglishWayOverAnotherIsRefusedAndTheOneBeforeIsKept(FxRobot robot) throws Exception {
        openRepair(robot, harness);
        focus(robot);
        Keyboard.type(robot, "480.000");
        // The keyboard leaves the field (to the rating above it), so the amount is committed. Not a click: the
        // rating may be scrolled out of the view by then, and a click needs it on screen.
        javafx.scene.Node rating = robot.lookup("#enum-ValueDimension-REVENUE").query();
        Fx.run(rating::requestFocus);
        focus(robot);
        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, "1234.50");
        TextField field = robot.lookup(FIELD).queryAs(TextField.class);

        assertEquals("1234.50", field.getText(), "the text stays as typed");
        assertTrue(problemUnder(field).startsWith("Not clear which amount this is"), problemUnder(field));
        close();
        // Neither 123450 nor "1234", the clear amount typed on the way: the amount from before this edit.
        assertEquals("480000", storedRevenue(harness.workbook));
    }

    /** Writes what is pending and closes the window and its workbook, as quitting would. */
    private void close() throws Exception {
        harness.flushSaves();
        harness.closeWindow();
    }

    private static void openRepair(FxRobot robot, MainWindowHarness window) throws Exception {
        window.awaitLoaded();
        Keyboard.push(KeyCode.CONTROL, KeyCode.F);
        Keyboard.push(KeyCode.DOWN);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.main().wizard().repairProperty().get() != null);
        Fx.settle();
    }

    /** The stored annual revenue as the file holds it, through a connection of its own. */
    private static String storedRevenue(Path workbook) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workbook.toAbsolutePath());
             PreparedStatement query = connection.prepareStatement(
                     "SELECT they_bring_us_annual_revenue FROM assessment JOIN relationship r ON r.id = relationship_id"
                             + " WHERE r.name = 'Meridian Foods'");
             ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static String problemUnder(TextField field) {
        return field.getParent().getChildrenUnmodifiable().stream().filter(Label.class::isInstance)
                .map(node -> ((Label) node)).filter(Label::isVisible).map(Label::getText).findFirst().orElse("");
    }

    /** The field sits below the first response, out of view: the keyboard takes it there, as a user's Tab would. */
    private static void focus(FxRobot robot) throws Exception {
        TextField field = robot.lookup(FIELD).queryAs(TextField.class);
        Fx.run(field::requestFocus);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, field::isFocused);
    }
}
