package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.settings.AppSettings;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's recent team workbooks and Publish to a team workbook…, from the keyboard, on a real PostgreSQL
 * server: a recent one opens after the password is asked for again, and only its address is remembered; publishing
 * copies the ticked relationships, a taken name renamed as an import does; cancelled while it waits for the
 * server, it writes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TeamMenusUiTest {
    private static final String PASSWORD = "typed-but-never-kept";
    private static TeamAddress address;
    private MainWindowHarness harness;
    private Stage stage;

    @BeforeAll
    static void makeTeamWorkbook() throws Exception {
        TeamAddress server = PostgresServer.shared().freshWorkbookAddress();
        // A schema of its own: the recent address keeps it, though the Open dialog has no field for it.
        address = new TeamAddress(server.user(), server.host(), server.port(), server.database(), "disable",
                server.schema());
        try (TeamWorkbook team = TeamWorkbook.create(address, null, FixedClock.now())) {
            team.relationships().create(Relationship.draft("Acme", FixedClock.NOW));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness = new MainWindowHarness().withRelationships(List.of(Relationship.draft("Acme", FixedClock.NOW),
                Relationship.draft("Birch", FixedClock.NOW), Relationship.draft("Cedar", FixedClock.NOW)));
        AppSettings settings = AppSettings.load(harness.folder.resolve("data"));
        settings.rememberTeamWorkbook(address.toString());
        settings.save();
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void aRecentTeamWorkbookOpensAfterThePasswordIsAskedAgainAndOnlyItsAddressIsKept(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        BackupRestoreUiTest.chooseFromFileMenu(robot, "Open recent te_am workbook");
        Fx.settle();
        Keyboard.push(KeyCode.DOWN); // the submenu's one item: the recent team workbook
        Fx.settle();
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#teamPassword").tryQuery().isPresent());
        PasswordField password = robot.lookup("#teamPassword").queryAs(PasswordField.class);
        assertTrue(password.isFocused(), "the cursor waits in the password");
        assertEquals(address.host(), robot.lookup("#teamHost").queryAs(javafx.scene.control.TextField.class).getText());
        Keyboard.type(robot, PASSWORD);
        Keyboard.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.getTitle().contains("team:"));
        harness.awaitLoaded();
        List<String> onServer = namesOnServer(); // the other test may have published here first
        assertTrue(onServer.contains("Acme"), onServer.toString());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> harness.shownNames().stream().sorted().toList()
                .equals(onServer));
        assertEquals("Bridgework \u2014 team: " + address.displayName(), stage.getTitle(), "its own schema, kept");
        String settings = Files.readString(harness.folder.resolve("data").resolve("settings.properties"));
        assertTrue(settings.contains("recentTeam.0=" + address.toString().replace(":", "\\:").replace("=", "\\=")),
                settings);
        assertFalse(settings.contains(PASSWORD), "the password is never written down");
    }

    @Test
    void publishesTheTickedRelationshipsRenamingATakenNameAsAnImportDoes(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        BackupRestoreUiTest.chooseFromFileMenu(robot, "Publish to a team _workbook\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publishChoices").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<Object> choices = robot.lookup("#publishChoices").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, choices::isFocused);
        assertEquals(3, choices.getItems().size(), "every relationship is offered");
        Fx.run(() -> choices.getFocusModel().focus(2)); // Cedar: the list is sorted by name
        Keyboard.push(KeyCode.SPACE);                               // unticks it
        robot.clickOn("#publishPassword");
        Keyboard.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#publishResult").tryQuery().isPresent());
        assertEquals("\u201cAcme\u201d is called \u201cAcme (imported)\u201d there: the name was taken.",
                robot.lookup("#publishResult").queryAs(Label.class).getText());
        assertEquals(List.of("Acme", "Acme (imported)", "Birch"), namesOnServer(), "Cedar was not ticked");
        Keyboard.push(KeyCode.ENTER);
    }

    @Test
    void cancellingWhileThePublishingWaitsForTheServerWritesNothing(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        List<String> before = namesOnServer();
        try (java.sql.Connection holder = PostgresServer.shared().connect();
             java.sql.Statement statement = holder.createStatement()) {
            // Another session holds the table, so the publishing waits inside its transaction, as on a slow server.
            holder.setAutoCommit(false);
            statement.execute("SET search_path TO " + address.schema());
            statement.execute("LOCK TABLE relationship IN ACCESS EXCLUSIVE MODE");
            BackupRestoreUiTest.chooseFromFileMenu(robot, "Publish to a team _workbook\u2026");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publishPassword").tryQuery().isPresent());
            robot.clickOn("#publishPassword");
            Keyboard.push(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#slowStepCancel").tryQuery()
                    .map(javafx.scene.Node::isVisible).orElse(false));
            Keyboard.push(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#slowStepCancel").tryQuery().isEmpty());
            holder.rollback();
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(pane -> String.valueOf(((javafx.scene.control.DialogPane) pane).getHeaderText())
                        .equals("Publishing was cancelled: nothing was written to " + address.displayName() + ".")));
        assertEquals(before, namesOnServer(), "the transaction was rolled back");
        Keyboard.push(KeyCode.ENTER);
    }

    private static List<String> namesOnServer() throws Exception {
        try (TeamWorkbook team = TeamWorkbook.open(address, null, FixedClock.now())) {
            return team.relationships().findAll().stream().map(Relationship::name).sorted().toList();
        }
    }
}
