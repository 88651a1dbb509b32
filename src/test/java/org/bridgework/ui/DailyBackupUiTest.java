package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A daily backup that cannot be written: the workbook opens and works, and the status bar says so plainly. */
@ExtendWith(ApplicationExtension.class)
class DailyBackupUiTest {
    private MainWindowHarness harness;
    private Path backups;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness()
                .withRelationships(List.of(Relationship.draft("Northwind Logistics", FixedClock.NOW)));
        backups = harness.folder.resolve("backups");
        Files.writeString(backups, "a file where the backups folder would go");
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theWorkbookOpensTheStatusBarTellsAndTheRestoreListIsEmpty(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !notice.getText().isEmpty());
        assertTrue(notice.getText().startsWith("Today’s backup could not be made in " + backups), notice.getText());
        assertTrue(notice.getText().contains("Your workbook works as usual"), notice.getText());
        assertTrue(notice.getTooltip().getText().contains("CANNOT_WRITE_BACKUP"), "the technical reason is there for the curious");
        assertTrue(notice.getPseudoClassStates().contains(PseudoClass.getPseudoClass("failed")), "shown as a problem");

        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        MainWindowHarness.focusNewestWindow(robot);
        MainWindowHarness.setText(robot, "#newRelationshipName", "Harbour Print");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> harness.main().portfolio().all().stream().anyMatch(item -> item.nameProperty().get().equals("Harbour Print")));
        assertEquals(List.of("Harbour Print", "Northwind Logistics"),
                harness.stored().stream().map(Relationship::name).sorted().toList(), "saving works as usual");

        BackupRestoreUiTest.chooseFromFileMenu(robot, "Restore from _backup\u2026");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#backupTable").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty());
        assertTrue(((Label) table.getPlaceholder()).getText().startsWith("There are no backups of this workbook yet."));
        assertTrue(MainWindowHarness.button(robot, "Restore\u2026").isDisabled(), "nothing to restore");
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        assertTrue(robot.lookup("#backupTable").tryQuery().isPresent(), "Enter with nothing chosen does nothing");
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(robot.lookup("#backupTable").tryQuery().isEmpty(), "Esc closed it");
    }
}
