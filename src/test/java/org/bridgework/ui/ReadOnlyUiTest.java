package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.model.Relationship;
import org.bridgework.store.OtherProcess;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.Banner;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opens a workbook another Bridgework process is editing: it says so, offers to look at it
 * read-only, and then shows everything, changes nothing, and reopens for editing once the other has let go.
 */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyUiTest {
    private MainWindowHarness harness;
    private OtherProcess other;

    @Start
    void start(Stage stage) throws Exception {
        // Real threads: after Reopen the list is reloaded before the repair is asked for, as the store thread orders it.
        harness = new MainWindowHarness().withRealThreads();
        ExampleWorkbook.createIfMissing(harness.workbook, FixedClock.now());
        other = OtherProcess.holding(harness.workbook, 150);
        other.awaitCommit(1);
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        try {
            other.close();
        } finally {
            harness.stop();
        }
    }

    @Test
    void theDialogNamesTheOtherProcessAndEnterOpensItReadOnlyWithEveryEditingControlDisabled(FxRobot robot)
            throws Exception {
        awaitDialog(robot);
        Label message = robot.lookup(node -> node instanceof Label label && label.getText() != null
                && label.getText().startsWith("\u201cworkbook.db\u201d is open in another Bridgework window")).queryAs(Label.class);
        assertTrue(message.getText().contains("(process " + other.pid() + " on this computer, since "), message.getText());
        assertTrue(message.getText().endsWith("You can look at it read-only here, or open another workbook."));
        assertTrue(robot.lookup("Open another\u2026").tryQuery().isPresent());
        assertTrue(robot.lookup("Quit").tryQuery().isPresent(), "at start, cancelling quits");

        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        harness.awaitLoaded();

        Banner banner = robot.lookup("#readOnlyBanner").queryAs(Banner.class);
        assertTrue(banner.isVisible());
        assertEquals("Read-only: this workbook is open in another Bridgework window. Changes made there appear when"
                + " you reopen it.", banner.messageProperty().get());
        assertEquals(List.of("Reopen", "Open another\u2026"), banner.actions().stream().map(b -> b.getText()).toList());
        assertEquals("Bridgework \u2014 workbook.db (read-only)", stage(robot).getTitle());
        assertTrue(robot.lookup("#portfolio").query().getParent() != null);

        selectFirst(robot);
        assertTrue(robot.lookup("#detailsName").query().isDisabled(), "the details form");
        assertTrue(robot.lookup(".details .button").queryAll().stream().allMatch(Node::isDisabled));
        Map<String, Boolean> menu = menuItems(robot);
        for (String item : List.of("_New relationship\u2026", "_Rename", "_Archive or unarchive", "_Delete",
                "_Undo")) {
            assertTrue(menu.get(item), item + " is disabled");
        }
        assertFalse(menu.get("R_eopen workbook"), "Reopen is offered");
        assertFalse(menu.get("_Print plan\u2026"), "printing is not an edit");

        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".worksheet").tryQuery().isPresent());
        assertTrue(robot.lookup(".worksheet").query().isDisabled(), "the worksheet with its Add, Remove, Sort buttons");
        assertFalse(robot.lookup("#stepList").query().isDisabled(), "the steps can still be looked through");

        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timelineAddCommitment").tryQuery().isPresent());
        assertTrue(robot.lookup(".timeline-actions .button").queryAll().stream()
                .filter(button -> !((javafx.scene.control.Button) button).getText().contains("Open"))
                .allMatch(Node::isDisabled), "add, done and missed");
        assertFalse(robot.lookup("#timelineList").queryAs(ListView.class).getItems().isEmpty(), "the timeline shows");

        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> harness.main().plan().pagesProperty().get() != null
                && !harness.main().plan().busyProperty().get());
        assertTrue(harness.main().plan().pagesProperty().get().count() >= 3, "the plan renders");
    }

    @Test
    void inReadOnlyModeTypingDeletingAndAddingWriteNothing(FxRobot robot) throws Exception {
        awaitDialog(robot);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        harness.awaitLoaded();
        other.send("pause");
        other.awaitLine("PAUSED"::equals);
        Map<Path, String> before = snapshot();
        int windows = robot.listWindows().size();

        selectFirst(robot);
        Keyboard.push(KeyCode.ENTER);
        Keyboard.type(robot, "Typed into a read-only form");
        robot.clickOn("#detailsNotes");
        Keyboard.type(robot, "More typing");
        Fx.run(() -> harness.main().portfolio().selectedProperty().get().notesProperty().get());
        Keyboard.push(KeyCode.CONTROL, KeyCode.N);
        Keyboard.push(KeyCode.F2);
        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        Fx.run(() -> robot.lookup("#portfolio").query().requestFocus());
        Keyboard.push(KeyCode.DELETE);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#timelineList").tryQuery().isPresent());
        Fx.run(() -> {
            ListView<?> list = robot.lookup("#timelineList").queryAs(ListView.class);
            list.requestFocus();
            list.getSelectionModel().selectLast();
        });
        Keyboard.push(KeyCode.D);
        Keyboard.push(KeyCode.M);
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        Keyboard.push(KeyCode.CONTROL, KeyCode.PAGE_UP);
        Keyboard.push(KeyCode.CONTROL, KeyCode.PAGE_UP);
        harness.flushSaves();
        Fx.settle();

        assertEquals(windows, robot.listWindows().size(), "no dialog opened: nothing to confirm or name");
        RelationshipItem shown = harness.main().portfolio().selectedProperty().get();
        assertFalse(shown.notesProperty().get().contains("typing"), shown.notesProperty().get());
        assertFalse(shown.archivedProperty().get());
        assertEquals(before, snapshot(), "the workbook and its log are exactly as they were");
        other.send("resume");
        int seen = other.lastCommit();
        other.awaitCommit(seen + 1);
    }

    @Test
    void reopenShowsTheOtherWindowsNewWorkAndOnceItHasClosedTheWorkbookIsEditableAgain(FxRobot robot) throws Exception {
        awaitDialog(robot);
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ENTER);
        harness.awaitLoaded();
        selectFirst(robot);
        long selected = harness.main().portfolio().selectedProperty().get().id();
        int committed = other.lastCommit() + 2;
        other.awaitCommit(committed);
        assertFalse(names().contains("Commit " + committed), "not shown before Reopen");

        Keyboard.push(KeyCode.F5);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> names().contains("Commit " + committed));
        Fx.settle();
        assertTrue(robot.lookup("#readOnlyBanner").tryQuery().isPresent(), "still read-only: the other has it");
        assertEquals(selected, harness.main().portfolio().selectedProperty().get().id(), "the same relationship");

        other.close();
        robot.clickOn("Reopen");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#readOnlyBanner").tryQuery().isEmpty());
        harness.awaitLoaded();
        assertEquals("Bridgework \u2014 workbook.db", stage(robot).getTitle());
        assertEquals(selected, harness.main().portfolio().selectedProperty().get().id());
        assertFalse(robot.lookup("#detailsName").query().isDisabled());

        MainWindowHarness.appendText(robot, "#detailsNotes", " Edited after the other window closed.");
        List<Relationship> stored = harness.stored();
        assertTrue(stored.stream().anyMatch(r -> r.id() == selected && r.notes().endsWith("Edited after the other window closed.")));
        assertEquals(ProcessHandle.current().pid(), Workbook.holder(harness.workbook).orElseThrow().pid());
    }

    private void awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("This workbook is open in another window").tryQuery().isPresent());
    }

    private List<String> names() {
        return harness.main().portfolio().all().stream().map(item -> item.nameProperty().get()).toList();
    }

    private void selectFirst(FxRobot robot) {
        Fx.run(() -> {
            ListView<?> list = robot.lookup("#portfolio").queryAs(ListView.class);
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        Fx.settle();
    }

    private static Stage stage(FxRobot robot) {
        return (Stage) robot.listWindows().stream().filter(Stage.class::isInstance).findFirst().orElseThrow();
    }

    /** Each menu item's text, and whether it is disabled. */
    private static Map<String, Boolean> menuItems(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> item.getText() != null)
                .collect(Collectors.toMap(MenuItem::getText, MenuItem::isDisable, (a, b) -> a));
    }

    /** The workbook and its write-ahead log: bytes and modification time (the -shm index is SQLite's own). */
    private Map<Path, String> snapshot() throws Exception {
        Map<Path, String> result = new java.util.LinkedHashMap<>();
        for (String suffix : List.of("", "-wal")) {
            Path part = Path.of(harness.workbook + suffix);
            if (Files.exists(part)) {
                result.put(part, FileBytes.sha256(part) + " " + Files.getLastModifiedTime(part).toMillis());
            }
        }
        return result;
    }
}
