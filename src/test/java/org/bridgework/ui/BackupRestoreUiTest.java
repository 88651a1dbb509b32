package org.bridgework.ui;

import static org.bridgework.store.BackupFixtures.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.store.WorkbookBackups;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Restore from backup… through the real main window, from the keyboard: the daily backup made
 * when the window opened the workbook is put back, and the file on disk and the before-restore copy
 * are checked through connections of their own.
 */
@ExtendWith(ApplicationExtension.class)
class BackupRestoreUiTest {
    private static final String MONDAY = org.bridgework.ui.form.DateText.fullDay(LocalDate.of(2026, 11, 23));
    private MainWindowHarness harness;
    private Path backups;
    private Path daily;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness()
                .withRelationships(List.of(Relationship.draft("Northwind Logistics", FixedClock.NOW)));
        backups = WorkbookBackups.folderOf(harness.workbook);
        daily = backups.resolve("workbook-daily-20261123.db");
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theMorningsBackupIsRestoredFromTheKeyboardAndTheDayBeforeTheRestoreIsKept(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(daily));
        assertEquals(List.of("Northwind Logistics"), names(daily), "opening the workbook made today's backup");

        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        MainWindowHarness.setText(robot, "#newRelationshipName", "Harbour Print");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownNames().contains("Harbour Print"));

        TableView<?> table = openRestoreDialog(robot);
        assertEquals(1, table.getItems().size());
        assertTrue(cellText(robot, 0).startsWith(MONDAY), cellText(robot, 0));
        assertEquals("Daily backup", cellText(robot, 1));
        Keyboard.push(KeyCode.ENTER);

        DialogPane confirmation = awaitDialog(robot, "The workbook will be replaced");
        assertTrue(confirmation.getContentText().startsWith("The workbook will be replaced by the backup of " + MONDAY),
                confirmation.getContentText());
        assertTrue(confirmation.getContentText().contains("saved as a backup first, so this can be undone"));
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownNames().equals(List.of("Northwind Logistics")));
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        assertTrue(notice.getText().startsWith("Restored the backup of " + MONDAY), notice.getText());
        assertTrue(notice.getText().endsWith("The previous state was saved as a backup."), notice.getText());

        assertEquals(List.of("Northwind Logistics"), harness.stored().stream().map(Relationship::name).toList(),
                "the workbook file holds the backup's data");
        Path beforeRestore = backups.resolve("workbook-before-restore-20261123-093000.db");
        assertEquals(List.of("Harbour Print", "Northwind Logistics"), names(beforeRestore),
                "the workbook as it was before the restore is kept");

        // The window works on in the restored workbook.
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        MainWindowHarness.setText(robot, "#newRelationshipName", "Meridian Foods");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownNames().contains("Meridian Foods"));
        assertEquals(List.of("Meridian Foods", "Northwind Logistics"),
                harness.stored().stream().map(Relationship::name).sorted().toList());
    }

    @Test
    void aDamagedBackupIsRefusedWithAPlainMessageAndTheWorkbookStaysAsItIs(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(daily));
        Path damaged = backups.resolve("workbook-daily-20261120.db");
        Files.copy(daily, damaged);
        try (RandomAccessFile raw = new RandomAccessFile(damaged.toFile(), "rw")) {
            raw.seek(4096);
            raw.write(new byte[] {13, 0, 0, 0, 9, 9, 9, 9});
        }

        TableView<?> table = openRestoreDialog(robot);
        assertEquals(2, table.getItems().size());
        Keyboard.push(KeyCode.DOWN);
        Keyboard.push(KeyCode.ENTER);
        awaitDialog(robot, "The workbook will be replaced");
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);

        DialogPane error = awaitDialog(robot, "cannot be restored");
        assertTrue(error.getContentText().contains("cannot be restored: the file is damaged."), error.getContentText());
        assertTrue(error.getContentText().endsWith("Your workbook was not changed."), error.getContentText());
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);

        assertEquals(List.of("Northwind Logistics"), shownNames());
        assertEquals(List.of("Northwind Logistics"), harness.stored().stream().map(Relationship::name).toList());
        assertFalse(Files.list(backups).anyMatch(file -> file.getFileName().toString().contains("before-restore")));
    }

    @Test
    void escClosesTheListWithoutRestoring(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(daily));
        openRestoreDialog(robot);
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(robot.lookup("#backupTable").tryQuery().isEmpty(), "the dialog closed");
        assertEquals(List.of("workbook-daily-20261123.db"), Files.list(backups).map(f -> f.getFileName().toString()).toList());
    }

    /** File → Restore from backup… by the keyboard: Alt+F opens the File menu, ↓ goes to the item, Enter picks it. */
    private TableView<?> openRestoreDialog(FxRobot robot) throws Exception {
        chooseFromFileMenu(robot, "Restore from _backup\u2026");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#backupTable").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertTrue(table.isFocused(), "the list has the keyboard");
        return table;
    }

    /** Opens the File menu with Alt+F and presses ↓ until {@code item} (as written, with its mnemonic) has the focus, then Enter. */
    static void chooseFromFileMenu(FxRobot robot, String item) {
        Keyboard.push(KeyCode.ALT, KeyCode.F);
        Fx.settle();
        for (int i = 0; i < 20 && !focusedMenuItem(robot).equals(item); i++) {
            Keyboard.push(KeyCode.DOWN);
            Fx.settle();
        }
        assertEquals(item, focusedMenuItem(robot));
        Keyboard.push(KeyCode.ENTER);
    }

    private static String focusedMenuItem(FxRobot robot) {
        return robot.lookup(node -> node.getStyleClass().contains("menu-item") && node.isFocused()).queryAll().stream()
                .flatMap(node -> robot.from(node).lookup(".label").queryAll().stream())
                .map(label -> ((Label) label).getText()).findFirst().orElse("");
    }

    private static DialogPane awaitDialog(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").queryAll().stream()
                .anyMatch(pane -> ((DialogPane) pane).getContentText() != null
                        && ((DialogPane) pane).getContentText().contains(text)));
        return robot.lookup(".dialog-pane").queryAll().stream().map(pane -> (DialogPane) pane)
                .filter(pane -> pane.getContentText() != null && pane.getContentText().contains(text)).findFirst().orElseThrow();
    }

    /** The text of the selected row's cell in {@code column}. */
    private static String cellText(FxRobot robot, int column) {
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        Object row = table.getSelectionModel().getSelectedItem();
        return String.valueOf(table.getColumns().get(column).getCellData(table.getItems().indexOf(row)));
    }

    private List<String> shownNames() {
        return harness.main().portfolio().all().stream().map(item -> item.nameProperty().get()).sorted().toList();
    }

}
