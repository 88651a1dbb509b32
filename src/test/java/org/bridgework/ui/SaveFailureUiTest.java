package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.ScratchDisk;
import org.bridgework.ui.common.Banner;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.FxDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on a workbook whose saves really fail: on a small tmpfs that fills up, on an ext4 disk
 * the kernel turns read-only, or deleted while open. The banner says what and why and goes once saving works;
 * the typed text stays in the field and reaches the file; quitting asks before anything is lost.
 */
@ExtendWith(ApplicationExtension.class)
class SaveFailureUiTest {
    private final MainWindowHarness harness = new MainWindowHarness()
            .withDialogs(owner -> new CopyTargetDialogs(new FxDialogService(owner)));
    private Stage stage;
    private ScratchDisk disk;
    private Path file;
    private Path otherWorkbook;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws Exception {
        try {
            harness.stop();
        } finally {
            if (disk != null) {
                disk.close();
            }
        }
    }

    @Test
    void aFullDiskShowsTheBannerKeepsTheTextAndTheBannerGoesByItselfOnceThereIsRoom(FxRobot robot) throws Exception {
        disk = ScratchDisk.tmpfs("2m");
        open(robot, disk.folder().resolve("workbook.db"));
        MainWindowHarness.setText(robot, "#detailsNotes", "Call Priya on Monday.");
        harness.passTime();
        awaitStatus("All changes saved");

        disk.fill();
        MainWindowHarness.appendText(robot, "#detailsNotes", " Then the refund.");
        harness.passTime();
        awaitBanner();
        assertEquals("Your changes to “Acme Ltd” (details) could not be saved: the disk is full.\n"
                + "Your text is kept in the window and saving is tried again every few seconds. "
                + "Make room on the disk and saving carries on by itself.", bannerText(robot));
        assertEquals("Call Priya on Monday. Then the refund.", text(robot, "#detailsNotes"), "the typed text stays");
        assertEquals("Not saved yet: the disk is full", text(robot, "#saveLabel"));
        assertEquals("Call Priya on Monday.", storedNotes(), "the file holds what was saved before, no more");

        disk.free();
        assertFalse(harness.waitingDelays().isEmpty(), "a retry is waiting");
        harness.passTime();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !bannerShown(robot));
        assertEquals("All changes saved", text(robot, "#saveLabel"));
        assertEquals("Call Priya on Monday. Then the refund.", storedNotes(), "the retry wrote the latest text");
    }

    @Test
    void theBannerNamesTheRepairStepsTooAndTryAgainNowOrCtrlSRetriesAtOnce(FxRobot robot) throws Exception {
        disk = ScratchDisk.tmpfs("2m");
        open(robot, disk.folder().resolve("workbook.db"));
        disk.fill();
        MainWindowHarness.setText(robot, "#detailsOwner", "Priya Raman");
        harness.passTime();
        awaitBanner();
        Keyboard.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.main().wizard().repairProperty().get() != null);
        MainWindowHarness.setText(robot, "#assess-annualRevenue", "250000");
        harness.passTime();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bannerText(robot).contains("(details and repair steps)"));
        assertTrue(bannerText(robot).startsWith(
                "Your changes to “Acme Ltd” (details and repair steps) could not be saved: the disk is full."), bannerText(robot));

        // Still full: trying again at once fails again, and says so by staying.
        robot.clickOn("#retrySaveButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#retrySaveButton").queryButton().isDisabled());
        assertTrue(bannerShown(robot));

        disk.free();
        Keyboard.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !bannerShown(robot));
        assertEquals("Priya Raman", stored().get(0).owner());
        assertEquals(Optional.of(new java.math.BigDecimal("250000")), storedRepair().assessment().theyBringUs().annualRevenue());
    }

    @Test
    void quittingWithTextThatCannotBeSavedAsksAndStayingIsTheDefault(FxRobot robot) throws Exception {
        open(robot, harness.folder.resolve("workbook.db"));
        MainWindowHarness.setText(robot, "#detailsNotes", "Saved part.");
        harness.passTime();
        awaitStatus("All changes saved");
        Files.delete(file);
        MainWindowHarness.appendText(robot, "#detailsNotes", " Unsaved part.");
        harness.passTime();
        awaitBanner();
        assertTrue(bannerText(robot).startsWith("Your changes to “Acme Ltd” (details) could not be saved: "
                + "the workbook file was moved or deleted while it was open."), bannerText(robot));

        Keyboard.push(KeyCode.CONTROL, KeyCode.Q);
        MainWindowHarness.focusNewestWindow(robot);
        DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Some changes are not saved", question.getHeaderText());
        assertTrue(question.getContentText().startsWith("Your changes to “Acme Ltd” (details) could not be saved"),
                question.getContentText());
        assertTrue(question.getContentText().contains("If you quit now, they are lost."), question.getContentText());
        Keyboard.push(KeyCode.ENTER);
        Fx.settle();
        assertFalse(harness.exitRequested.get(), "Enter stays: nothing is lost by a reflex");
        assertEquals("Saved part. Unsaved part.", text(robot, "#detailsNotes"));

        Keyboard.push(KeyCode.CONTROL, KeyCode.Q);
        MainWindowHarness.focusNewestWindow(robot);
        robot.clickOn(dialogButton(robot, "Quit and lose them"));
        Fx.settle();
        assertTrue(harness.exitRequested.get(), "leaving is the user's explicit choice");
    }

    @Test
    void openingAnotherWorkbookAfterChoosingToLoseTheTextNeverWritesItThere(FxRobot robot) throws Exception {
        Path other = harness.folder.resolve("other.db");
        try (Workbook workbook = Workbook.open(other, FixedClock.now())) {
            workbook.relationships().create(Relationship.draft("Birch & Co", FixedClock.NOW));
        }
        otherWorkbook = other;
        open(robot, harness.folder.resolve("workbook.db"));
        Files.delete(file);
        MainWindowHarness.setText(robot, "#detailsNotes", "Lost on purpose.");
        harness.passTime();
        awaitBanner();

        Keyboard.push(KeyCode.CONTROL, KeyCode.O);
        MainWindowHarness.focusNewestWindow(robot);
        assertTrue(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getContentText()
                .contains("If you open another workbook now, they are lost."));
        robot.clickOn(dialogButton(robot, "Open the other and lose them"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals("Bridgework — other.db"));
        harness.awaitLoaded();
        assertFalse(bannerShown(robot), "nothing is pending any more");
        Keyboard.push(KeyCode.CONTROL, KeyCode.S);
        Fx.settle();
        harness.flushSaves();
        file = other;
        // Both first relationships have id 1: a stale snapshot written here would rename Birch & Co.
        assertEquals(List.of("Birch & Co"), stored().stream().map(Relationship::name).toList());
        assertEquals("", storedNotes());
    }

    @Test
    void onADiskTurnedReadOnlySaveACopyElsewhereCarriesOnInTheCopyWithTheUnsavedText(FxRobot robot) throws Exception {
        disk = ScratchDisk.ext4(8);
        open(robot, disk.folder().resolve("workbook.db"));
        MainWindowHarness.setText(robot, "#detailsNotes", "Saved part.");
        harness.passTime();
        awaitStatus("All changes saved");
        disk.failIntoReadOnly();
        MainWindowHarness.appendText(robot, "#detailsNotes", " Typed after the disk failed.");
        harness.passTime();
        awaitBanner();
        assertTrue(bannerText(robot).startsWith("Your changes to “Acme Ltd” (details) could not be saved: "
                + "the workbook file can no longer be written (the disk or file is read-only)."), bannerText(robot));

        Keyboard.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().equals("Bridgework — rescued.db"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bannerShown(robot));
        assertTrue(robot.lookup("#copySavedBanner").tryQuery().isPresent(), "it says where the window now works");
        file = copyTarget();
        assertEquals("Saved part. Typed after the disk failed.", storedNotes(), "the copy has the unsaved text too");

        MainWindowHarness.appendText(robot, "#detailsNotes", " And more.");
        harness.passTime();
        awaitStatus("All changes saved");
        assertEquals("Saved part. Typed after the disk failed. And more.", storedNotes(), "work carries on in the copy");
    }

    // ---- Helpers

    /** A workbook at {@code at} holding "Acme Ltd", opened in the main window, Acme selected. */
    private void open(FxRobot robot, Path at) throws Exception {
        file = at;
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            workbook.relationships().create(Relationship.draft("Acme Ltd", FixedClock.NOW));
        }
        Fx.run(() -> harness.start(stage, file));
        harness.awaitLoaded();
        Fx.run(() -> harness.main().portfolio().selectedProperty().set(harness.main().portfolio().shown().get(0)));
        Fx.settle();
    }

    private Path copyTarget() {
        return harness.folder.resolve("rescued.db");
    }

    private void awaitBanner() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bannerShown(new FxRobot()));
    }

    private static boolean bannerShown(FxRobot robot) {
        return robot.lookup("#saveFailedBanner").tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String bannerText(FxRobot robot) {
        return robot.lookup("#saveFailedBanner").queryAs(Banner.class).messageProperty().get();
    }

    private static void awaitStatus(String text) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text.equals(text(new FxRobot(), "#saveLabel")));
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((TextInputControl) node).getText();
    }

    private static Button dialogButton(FxRobot robot, String label) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(button -> button.getText().replace("_", "").equals(label)).findFirst().orElseThrow();
    }

    /** What the file holds, read through a second connection as another program would (never the window's). */
    private List<Relationship> stored() throws WorkbookException {
        try (Workbook other = Workbook.open(file, FixedClock.now())) {
            return other.relationships().findAll();
        }
    }

    private String storedNotes() throws WorkbookException {
        return stored().get(0).notes();
    }

    private RepairCase storedRepair() throws WorkbookException {
        try (Workbook other = Workbook.open(file, FixedClock.now())) {
            return other.repairCases().load(other.relationships().findAll().get(0).id());
        }
    }

    /** The real dialogs, except that "Save a copy elsewhere…" is answered with a file in the test's folder. */
    private final class CopyTargetDialogs extends DelegatingDialogs {
        CopyTargetDialogs(DialogService real) {
            super(real);
        }

        @Override
        public Optional<Path> chooseCopyTarget(Path initialFolder, String suggestedName) {
            assertEquals("workbook (copy).db", suggestedName);
            return Optional.of(copyTarget());
        }

        @Override
        public Optional<Path> chooseWorkbookToOpen(Path initialFolder) {
            return Optional.ofNullable(otherWorkbook);
        }
    }
}
