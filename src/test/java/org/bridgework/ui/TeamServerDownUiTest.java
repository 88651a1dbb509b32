package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.bridgework.ui.common.Banner;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a team workbook whose real server is stopped in the middle of the edits, on the app's
 * real background threads: the window keeps answering and keeps the typed text, the banner says what is not
 * saved and why, and once the server is started again the automatic retry saves the text there. Stopped again,
 * "Save a copy elsewhere…" writes a workbook file from what the window holds and carries on in it.
 */
@ExtendWith(ApplicationExtension.class)
class TeamServerDownUiTest {
    private static PostgresServer server;
    private static TeamAddress address;
    private final MainWindowHarness harness = new MainWindowHarness().withRealThreads()
            .withDialogs(owner -> new CopyTargetDialogs(new FxDialogService(owner)));
    private Stage stage;

    /** A server of the test's own, as it is stopped; started before the window, which must start quickly. */
    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.startNew();
        address = server.freshWorkbookAddress();
        try (TeamWorkbook team = TeamWorkbook.create(address, null, FixedClock.now())) {
            team.relationships().create(Relationship.draft("Acme Ltd", FixedClock.NOW));
            team.relationships().create(Relationship.draft("Birch & Co", FixedClock.NOW));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theWindowKeepsTheTextWhileTheServerIsDownRetriesOnceItIsBackAndCanSaveACopy(FxRobot robot) throws Exception {
        Fx.run(() -> harness.start(stage, Path.of(address.toString())));
        harness.awaitLoaded();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> harness.shownNames().size() == 2);
        Fx.run(() -> harness.main().portfolio().selectedProperty().set(harness.main().portfolio().shown().get(0)));
        Fx.settle();
        MainWindowHarness.setText(robot, "#detailsNotes", "Saved part.");
        harness.flushSaves();
        assertEquals("Saved part.", notesOnServer());

        server.stop();
        MainWindowHarness.appendText(robot, "#detailsNotes", " Typed while the server was down.");
        awaitBanner(true);
        assertEquals("Your changes to “Acme Ltd” (details) could not be saved: the team workbook’s server cannot be "
                + "reached.\nYour text is kept in the window and saving is tried again every few seconds. Saving tries "
                + "again by itself once the server answers; or save a copy elsewhere and work there.", bannerText(robot));
        long asked = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> { }).get(2, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - asked < 1_000_000_000L, "the window answers while saving fails");
        assertEquals("Saved part. Typed while the server was down.", text(robot, "#detailsNotes"), "the text stays");
        assertEquals("Saved part.", notesOnServerAfterRestart(), "the server held only what was saved before");

        // Back (restarted just above to read it): the next automatic retry saves the text; nobody presses a thing.
        awaitBanner(false);
        awaitStatus("All changes saved");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> notesOnServer().equals("Saved part. Typed while the server was down."));

        server.stop();
        MainWindowHarness.appendText(robot, "#detailsNotes", " Then the copy.");
        awaitBanner(true);
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.getTitle().equals("Bridgework — rescued.db"));
        awaitBanner(false);
        String said = robot.lookup("#copySavedBanner").queryAs(Banner.class).messageProperty().get();
        assertTrue(said.contains("could not be read, so the copy holds what this window had"), said);
        harness.flushSaves();
        assertEquals(List.of("Acme Ltd|Saved part. Typed while the server was down. Then the copy.", "Birch & Co|"),
                inCopy(), "every relationship, and the unsaved text written into the copy");
        server.start();
    }

    // ---- Helpers

    /** Starts the server again and reads Acme's notes there. */
    private static String notesOnServerAfterRestart() throws Exception {
        server.start();
        return notesOnServer();
    }

    private static String notesOnServer() throws Exception {
        try (TeamWorkbook team = TeamWorkbook.open(address, null, FixedClock.now())) {
            return team.relationships().findAll().stream().filter(r -> r.name().equals("Acme Ltd")).findFirst()
                    .orElseThrow().notes();
        }
    }

    /** Name and notes of each relationship in the copy, read as another program would. */
    private Path copyTarget() {
        return harness.folder.resolve("rescued.db");
    }

    private List<String> inCopy() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + copyTarget());
             Statement statement = plain.createStatement();
             ResultSet row = statement.executeQuery("SELECT name, notes FROM relationship ORDER BY name")) {
            while (row.next()) {
                rows.add(row.getString(1) + "|" + row.getString(2));
            }
        }
        return rows;
    }

    private static void awaitBanner(boolean shown) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new FxRobot().lookup("#saveFailedBanner").tryQuery()
                .map(Node::isVisible).orElse(false) == shown);
    }

    private static String bannerText(FxRobot robot) {
        return robot.lookup("#saveFailedBanner").queryAs(Banner.class).messageProperty().get();
    }

    private static void awaitStatus(String text) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text.equals(text(new FxRobot(), "#saveLabel")));
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
    }

    /** The real dialogs, except that "Save a copy elsewhere…" is answered with a file in the test's folder. */
    private final class CopyTargetDialogs extends DelegatingDialogs {
        CopyTargetDialogs(DialogService real) {
            super(real);
        }

        @Override
        public Optional<Path> chooseCopyTarget(Path initialFolder, String suggestedName) {
            assertEquals(address.database() + " (copy).db", suggestedName);
            return Optional.of(copyTarget());
        }
    }
}
