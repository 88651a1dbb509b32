package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.bridgework.logging.AppLog;
import org.bridgework.model.Relationship;
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
 * Help → Copy diagnostic report from the keyboard (Alt+H, ↓ to it, Enter): the report is on the clipboard and on screen, says
 * the workbook's format and the last failure, and holds neither the workbook's name nor a relationship's.
 */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsUiTest {
    private static final String CLIENT = "Nadia Okonkwo Holdings";
    private static final String SECRET = "Kestrel merger talks";
    private MainWindowHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        harness = new MainWindowHarness();
        AppLog.start(harness.folder.resolve("data"), "Bridgework test");
        Path file = harness.folder.resolve(CLIENT + ".db");
        try (Workbook book = Workbook.open(file, FixedClock.now())) {
            book.relationships().createAll(List.of(new Relationship(0, SECRET, CLIENT, "", "",
                    org.bridgework.model.RelationshipKind.CLIENT, "", false, FixedClock.NOW, FixedClock.NOW)));
        }
        harness.start(stage, file);
    }

    @BeforeEach
    void loaded() throws Exception {
        harness.awaitLoaded();
    }

    @AfterEach
    void stop() throws Exception {
        harness.stop();
        AppLog.stop();
    }

    /** Alt+H opens the Help menu; ↓ until {@code item} (as written, with its mnemonic) has the focus, then Enter. */
    static void chooseFromHelpMenu(FxRobot robot, String item) {
        Keyboard.push(KeyCode.ALT, KeyCode.H);
        Fx.settle();
        for (int i = 0; i < 10 && !focusedMenuItem(robot).equals(item); i++) {
            Keyboard.push(KeyCode.DOWN);
            Fx.settle();
        }
        assertEquals(item, focusedMenuItem(robot));
        Keyboard.push(KeyCode.ENTER);
    }

    private static String focusedMenuItem(FxRobot robot) {
        return robot.lookup(node -> node.getStyleClass().contains("menu-item") && node.isFocused()).queryAll().stream()
                .flatMap(node -> robot.from(node).lookup(".label").queryAll().stream())
                .map(label -> ((javafx.scene.control.Label) label).getText()).findFirst().orElse("");
    }

    @Test
    void theReportIsCopiedAndShownWithoutAnyUserText(FxRobot robot) throws Exception {
        System.getLogger("org.bridgework.ui.DiagnosticsUiTest").log(System.Logger.Level.WARNING, "Renaming failed",
                new IllegalStateException("cannot rename " + SECRET));

        chooseFromHelpMenu(robot, "Copy _diagnostic report");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#diagnosticReport").tryQuery().isPresent());
        String shown = robot.lookup("#diagnosticReport").queryAs(TextArea.class).getText();
        AtomicReference<String> copied = new AtomicReference<>();
        Fx.run(() -> copied.set(Clipboard.getSystemClipboard().getString()));

        assertEquals(shown, copied.get(), "what is shown is what was copied");
        assertTrue(shown.contains("\nWorkbook: open for editing, format " + Workbook.latestSchemaVersion()
                + " (this version writes format " + Workbook.latestSchemaVersion() + ")\n"), shown);
        assertTrue(shown.contains("WARNING DiagnosticsUiTest: Renaming failed — java.lang.IllegalStateException"), shown);
        assertTrue(shown.contains("\nLog folder: " + harness.folder.resolve("data").resolve("logs") + "\n"), shown);
        assertTrue(shown.contains("\nJavaFX: " + System.getProperty("javafx.runtime.version") + "\n"), shown);
        for (String userText : List.of(CLIENT, "Nadia", SECRET, "Kestrel")) {
            assertFalse(shown.contains(userText), userText + " is not in the report:\n" + shown);
        }

        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#diagnosticReport").tryQuery().isEmpty());
        assertEquals(1, Window.getWindows().stream().filter(Window::isShowing).count(), "only the main window is left");
    }
}
