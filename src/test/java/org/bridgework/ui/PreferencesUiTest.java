package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.settings.AppSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Preferences… (Ctrl+,) from the keyboard: the number of daily backups to keep, saved in the settings file. */
@ExtendWith(ApplicationExtension.class)
class PreferencesUiTest {
    private MainWindowHarness harness;
    private Path settingsFile;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness();
        settingsFile = harness.folder.resolve("data").resolve("settings.properties");
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
    void ctrlCommaTypeANumberAndEnterKeepsThatManyDailyBackups(FxRobot robot) throws Exception {
        Spinner<?> keep = openPreferences(robot);
        assertEquals(7, keep.getValue(), "a week by default");
        assertTrue(keep.isFocused() || keep.getEditor().isFocused(), "the number has the keyboard");
        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, "30");
        Keyboard.push(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(settingsFile)
                && Files.readString(settingsFile).contains("backups.keep=30"));
        assertEquals(30, AppSettings.load(settingsFile.getParent()).backupsToKeep());
        assertTrue(robot.lookup("#backupsToKeep").tryQuery().isEmpty(), "the dialog closed");

        Spinner<?> again = openPreferences(robot);
        assertEquals(30, again.getValue(), "the dialog shows the saved number");
        Keyboard.push(KeyCode.UP);
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(robot.lookup("#backupsToKeep").tryQuery().isEmpty(), "Esc closed it");
        assertEquals(30, AppSettings.load(settingsFile.getParent()).backupsToKeep(), "Esc changed nothing");
    }

    @Test
    void aNumberOutOfRangeIsHeldToTheRange(FxRobot robot) throws Exception {
        openPreferences(robot);
        Keyboard.push(KeyCode.CONTROL, KeyCode.A);
        Keyboard.type(robot, "5000");
        Keyboard.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(settingsFile)
                && Files.readString(settingsFile).contains("backups.keep=365"));
    }

    private Spinner<?> openPreferences(FxRobot robot) throws Exception {
        Keyboard.push(KeyCode.CONTROL, KeyCode.COMMA);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#backupsToKeep").tryQuery().isPresent());
        MainWindowHarness.focusNewestWindow(robot);
        return robot.lookup("#backupsToKeep").queryAs(Spinner.class);
    }
}
