package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The USB disk is not plugged in and the last off-disk copy is ten days old: the workbook opens and saves as
 * usual, the status bar says why there is no copy, and a notice says so once, without asking for the passphrase.
 */
@ExtendWith(ApplicationExtension.class)
class OffsiteMissingDiskUiTest {
    private MainWindowHarness harness;
    private Path unplugged;

    @BeforeAll
    static void noSecretStore() {
        System.setProperty("bridgework.secretStore", "memory");
    }

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness()
                .withRelationships(List.of(Relationship.draft("Northwind Logistics", FixedClock.NOW)));
        unplugged = harness.folder.resolve("media").resolve("usb");
        Path data = Files.createDirectories(harness.folder.resolve("data"));
        // Ten days before the harness's clock (23 November 2026, 09:30 UTC).
        Files.writeString(data.resolve("settings.properties"), "offsite.folder=" + unplugged
                + "\noffsite.lastCopy=2026-11-13T08:00:00Z\n");
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theStatusBarSaysWhyAndANoticeAppearsOnce(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> notice(robot) != null);
        DialogPane notice = notice(robot);
        assertEquals("Your off-disk copy is more than a week old", notice.getHeaderText());
        assertTrue(notice.getContentText().contains(unplugged + " is not there"), notice.getContentText());
        assertTrue(notice.getContentText().contains("Last off-disk copy: " + org.bridgework.ui.form.DateText.fullDay(java.time.LocalDate.of(2026, 11, 13))), notice.getContentText());
        assertTrue(robot.lookup("#askPassphrase").tryQuery().isEmpty(), "no passphrase asked for a copy that cannot be made");
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);

        Label status = robot.lookup("#offsiteLabel").queryAs(Label.class);
        assertTrue(status.getText().startsWith("No off-disk copy today: " + unplugged + " is not there"), status.getText());
        assertTrue(status.getText().contains("Last off-disk copy: " + org.bridgework.ui.form.DateText.fullDay(java.time.LocalDate.of(2026, 11, 13))), status.getText());

        // Work goes on: a new relationship is saved.
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.type(robot, "Harbour Print");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().portfolio().all().size() == 2);
        assertEquals(List.of("Harbour Print", "Northwind Logistics"),
                harness.stored().stream().map(Relationship::name).sorted().toList());
        assertTrue(robot.lookup(".dialog-pane").queryAll().isEmpty(), "the notice came once");
        assertTrue(!Files.exists(unplugged), "no folder made where the disk should be");
    }

    private static DialogPane notice(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(pane -> (DialogPane) pane)
                .filter(pane -> String.valueOf(pane.getHeaderText()).contains("more than a week old"))
                .findFirst().orElse(null);
    }
}
