package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.testing.FileBytes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A bad workbook at start: a dialog names the file and the problem; the file is not touched. */
@ExtendWith(ApplicationExtension.class)
class WorkbookProblemUiTest {
    private MainWindowHarness harness;
    private Path badFile;
    private String before;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness();
        badFile = Files.writeString(harness.folder.resolve("minutes.db"), "Minutes of the meeting, 3 March.\n".repeat(50));
        before = FileBytes.sha256(badFile);
        harness.start(stage, badFile);
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theDialogNamesTheFileAndTheProblemAndQuitLeavesTheFileAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("This workbook cannot be opened").tryQuery().isPresent());
        Label message = robot.lookup(node -> node instanceof Label label && label.getText().startsWith(badFile.toString()))
                .queryAs(Label.class);
        assertTrue(message.getText().contains("What is wrong: this is not a workbook file."), message.getText());
        assertTrue(message.getText().contains("It was left as it is."), message.getText());
        assertTrue(robot.lookup("Open another workbook…").tryQuery().isPresent());
        assertTrue(robot.lookup("Create a new workbook…").tryQuery().isPresent());

        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.exitRequested.get());
        assertEquals(before, FileBytes.sha256(badFile));
        assertEquals("Bridgework", robot.listWindows().stream().filter(w -> w instanceof Stage)
                .map(w -> ((Stage) w).getTitle()).findFirst().orElse(""), "no workbook is named in the title");
    }
}
