package org.bridgework.ui;

import static org.bridgework.store.BackupFixtures.names;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.model.Relationship;
import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookBackups;
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
 * The off-disk folder through the real main window, from the keyboard: set up in Preferences (a weak passphrase
 * refused in place), the encrypted copy made, and an encrypted copy restored (a wrong passphrase changes nothing).
 * The passphrase is kept in memory here, as on a system without a secret store.
 */
@ExtendWith(ApplicationExtension.class)
class OffsiteUiTest {
    private static final String SECRET = "walnut harbour seven lanterns";
    private MainWindowHarness harness;
    private Path usb;
    private Path settingsFile;

    @BeforeAll
    static void noSecretStore() {
        System.setProperty("bridgework.secretStore", "memory");
    }

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness()
                .withRelationships(List.of(Relationship.draft("Current client", FixedClock.NOW)));
        usb = Files.createDirectory(harness.folder.resolve("usb"));
        settingsFile = harness.folder.resolve("data").resolve("settings.properties");
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theFolderAndPassphraseAreSetUpByKeyboardAndAWeakPassphraseIsRefusedInPlace(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Path daily = WorkbookBackups.folderOf(harness.workbook).resolve("workbook-daily-20261123.db");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(daily));
        Keyboard.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#offsiteFolder").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);

        Keyboard.push(KeyCode.TAB);
        assertTrue(robot.lookup("#offsiteFolder").query().isFocused(), "Tab goes from the number to the folder");
        Keyboard.type(robot, usb.toString());
        Keyboard.push(KeyCode.TAB);
        Keyboard.push(KeyCode.TAB);
        assertTrue(robot.lookup("#passphrase").query().isFocused(), "past Choose… to the passphrase");
        Keyboard.type(robot, "password2024!");
        Keyboard.push(KeyCode.TAB);
        Keyboard.type(robot, "password2024!");
        Keyboard.push(KeyCode.ENTER);

        Fx.settle();
        Label problem = robot.lookup("#passphraseProblem").queryAs(Label.class);
        assertTrue(problem.isVisible(), "the reason is shown");
        assertTrue(problem.getText().contains("commonest passwords"), problem.getText());
        assertTrue(robot.lookup("#passphrase").query().isFocused(), "the keyboard is back in the field to correct");
        assertFalse(Files.exists(settingsFile) && Files.readString(settingsFile).contains("offsite.folder"),
                "nothing saved while refused");

        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, SECRET);
        Keyboard.push(KeyCode.TAB);
        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, SECRET);
        Keyboard.push(KeyCode.ENTER);

        // No secret store here: Bridgework says the passphrase is kept until quitting.
        DialogPane kept = awaitDialog(robot, "asks for it again");
        assertTrue(kept.getHeaderText().contains("kept until you quit"), kept.getHeaderText());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);

        Path copy = usb.resolve("workbook-daily-20261123.db.gpg");
        // Encrypting hashes 65 MB for the key (the S2K count): a minute at most, however busy the machine.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(copy));
        assertTrue(EncryptedFiles.looksEncrypted(copy));
        Path opened = OffsiteBackups.decryptForRestore(copy, harness.workbook, Passphrase.of(SECRET.toCharArray()));
        assertEquals(List.of("Current client"), names(opened));
        OffsiteBackups.discard(opened);

        String settings = Files.readString(settingsFile);
        assertTrue(settings.contains("offsite.folder="), settings);
        assertFalse(settings.contains("walnut"), "the passphrase is never written to the settings");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> offsiteStatus(robot).startsWith("Last off-disk copy:"));
    }

    @Test
    void aWrongPassphraseChangesNothingAndTheRightOneRestoresTheEncryptedCopy(FxRobot robot) throws Exception {
        Path source = Files.createDirectory(harness.folder.resolve("elsewhere")).resolve("workbook.db");
        try (Workbook book = Workbook.open(source, FixedClock.now())) {
            book.relationships().createAll(List.of(Relationship.draft("Acme", FixedClock.NOW),
                    Relationship.draft("Globex", FixedClock.NOW)));
        }
        EncryptedFiles.encrypt(source, usb.resolve("workbook-daily-20261120.db.gpg"), Passphrase.of(SECRET.toCharArray()));
        harness.awaitLoaded();
        setUpFolderInSettings(robot);

        TableView<?> table = openRestoreDialog(robot);
        int row = indexOf(table, "workbook-daily-20261120.db.gpg");
        for (int i = 0; i < row; i++) {
            Keyboard.push(KeyCode.DOWN);
        }
        assertEquals("Off-disk, encrypted", String.valueOf(table.getColumns().get(1).getCellData(row)));
        Keyboard.push(KeyCode.ENTER);
        awaitDialog(robot, "The workbook will be replaced");
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);

        harness.flushSaves();
        byte[] before = Files.readAllBytes(harness.workbook);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#askPassphrase").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.type(robot, "not the passphrase at all");
        Keyboard.push(KeyCode.ENTER);
        DialogPane refused = awaitDialog(robot, "The passphrase does not open");
        assertTrue(refused.getContentText().contains("Nothing was changed."), refused.getContentText());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        assertArrayEquals(before, Files.readAllBytes(harness.workbook), "the workbook file is unchanged, byte for byte");
        assertEquals(List.of("Current client"), harness.stored().stream().map(Relationship::name).toList());
        assertEquals(List.of(), hiddenFilesBeside(), "no decrypted file left behind");

        table = openRestoreDialog(robot);
        for (int i = 0; i < indexOf(table, "workbook-daily-20261120.db.gpg"); i++) {
            Keyboard.push(KeyCode.DOWN);
        }
        Keyboard.push(KeyCode.ENTER);
        awaitDialog(robot, "The workbook will be replaced");
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#askPassphrase").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.type(robot, SECRET);
        Keyboard.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> harness.main().portfolio().all().size() == 2);
        assertEquals(List.of("Acme", "Globex"), harness.stored().stream().map(Relationship::name).sorted().toList());
        try (Stream<Path> kept = Files.list(WorkbookBackups.folderOf(harness.workbook))) {
            assertTrue(kept.anyMatch(file -> file.getFileName().toString().contains("before-restore")),
                    "the workbook as it was is kept");
        }
        assertEquals(List.of(), hiddenFilesBeside(), "the decrypted file is removed after the restore");
    }

    /**
     * Sets up the folder in Preferences with a newer passphrase than the copy made elsewhere, so the restore finds
     * the one it knows refused and asks; today's copy is made meanwhile and is listed too.
     */
    private void setUpFolderInSettings(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#offsiteFolder").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        Fx.run(() -> {
            robot.lookup("#offsiteFolder").queryAs(TextField.class).setText(usb.toString());
            robot.lookup("#passphrase").queryAs(TextField.class).setText("a different passphrase for new copies");
            robot.lookup("#passphraseAgain").queryAs(TextField.class).setText("a different passphrase for new copies");
            robot.lookup("#passphraseAgain").query().requestFocus();
        });
        Keyboard.push(KeyCode.ENTER);
        awaitDialog(robot, "asks for it again");
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(usb.resolve("workbook-daily-20261123.db.gpg")));
    }

    private List<String> hiddenFilesBeside() throws Exception {
        try (Stream<Path> files = Files.list(harness.workbook.getParent())) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith(".bridgework-")).toList();
        }
    }

    private static int indexOf(TableView<?> table, String fileName) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (((org.bridgework.store.Backup) table.getItems().get(i)).file().getFileName().toString().equals(fileName)) {
                return i;
            }
        }
        throw new AssertionError(fileName + " is not listed");
    }

    private static TableView<?> openRestoreDialog(FxRobot robot) throws Exception {
        BackupRestoreUiTest.chooseFromFileMenu(robot, "Restore from _backup\u2026");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#backupTable").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        return robot.lookup("#backupTable").queryAs(TableView.class);
    }

    private static String offsiteStatus(FxRobot robot) {
        return robot.lookup("#offsiteLabel").queryAs(Label.class).getText();
    }

    private static DialogPane awaitDialog(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> find(robot, text) != null);
        return find(robot, text);
    }

    private static DialogPane find(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").queryAll().stream().map(pane -> (DialogPane) pane)
                .filter(pane -> String.valueOf(pane.getContentText()).contains(text)
                        || String.valueOf(pane.getHeaderText()).contains(text))
                .findFirst().orElse(null);
    }
}
