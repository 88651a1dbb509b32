package org.bridgework.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.bridgework.model.Relationship;
import org.bridgework.store.Backup;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
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
 * The real window while its store thread is held, as by a disk that does not answer: quitting, opening another
 * workbook and restoring a backup wait without freezing the window. It keeps running frames and answering keys,
 * a small dialog says what it waits for, Cancel (where it is safe) leaves everything open as it was, and once the
 * disk answers the step completes with every edit in the file.
 */
@ExtendWith(ApplicationExtension.class)
class BusyDiskUiTest {
    private static final String TYPED = "Typed while the disk is busy.";

    private final MainWindowHarness harness = new MainWindowHarness().withRealThreads()
            .withDialogs(owner -> new AnsweringDialogs(new FxDialogService(owner)));
    private Stage stage;
    private Path otherWorkbook;
    /** Counted down to let the store thread go; the test ends with it counted down whatever happened. */
    private CountDownLatch release = new CountDownLatch(0);

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        harness.withRelationships(List.of(Relationship.draft("Acme Ltd", FixedClock.NOW)));
        harness.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        harness.stop();
    }

    @Test
    void quittingWaitsWithoutFreezingEscStaysAndOnceTheDiskAnswersEverythingIsSavedBeforeTheExit(FxRobot robot)
            throws Exception {
        selectAcme(robot);
        release = harness.holdStoreThread();
        robot.clickOn("#detailsNotes");
        Keyboard.type(robot, TYPED);

        Keyboard.push(KeyCode.CONTROL, KeyCode.Q);
        awaitSlowStep("Saving your changes\u2026");
        assertWindowIsAlive();
        assertTrue(cancelButton(robot).isVisible(), "nothing is closed yet: quitting may be cancelled");

        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !slowStepShown());
        assertFalse(harness.exitRequested.get(), "Esc cancelled quitting");
        robot.targetWindow(stage);
        robot.clickOn("#detailsNotes").push(KeyCode.END);
        Keyboard.type(robot, " And more.");
        assertEquals(TYPED + " And more.", text(robot, "#detailsNotes"), "the window answers keys");
        assertEquals(1, release.getCount(), "all the while the store thread was held");

        Keyboard.push(KeyCode.CONTROL, KeyCode.Q);
        awaitSlowStep("Saving your changes\u2026");
        release.countDown();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, harness.exitRequested::get);
        assertFalse(slowStepShown());
        assertEquals(Optional.empty(), Workbook.holder(harness.workbook), "the workbook was closed before the exit");
        assertEquals(TYPED + " And more.", storedNotes(harness.workbook));
    }

    @Test
    void openingAnotherWorkbookWaitsCancelKeepsThisOneOpenAndOnceTheDiskAnswersTheEditsAreInTheFirst(FxRobot robot)
            throws Exception {
        otherWorkbook = harness.folder.resolve("other.db");
        try (Workbook other = Workbook.open(otherWorkbook, FixedClock.now())) {
            other.relationships().create(Relationship.draft("Birch & Co", FixedClock.NOW));
        }
        selectAcme(robot);
        release = harness.holdStoreThread();
        robot.clickOn("#detailsNotes");
        Keyboard.type(robot, TYPED);

        Keyboard.push(KeyCode.CONTROL, KeyCode.O);
        awaitSlowStep("Saving your changes\u2026");
        assertWindowIsAlive();
        robot.clickOn(cancelButton(robot));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !slowStepShown());
        assertEquals("Bridgework \u2014 workbook.db", stage.getTitle(), "this workbook stays open");
        assertEquals(TYPED, text(robot, "#detailsNotes"));

        Keyboard.push(KeyCode.CONTROL, KeyCode.O);
        awaitSlowStep("Saving your changes\u2026");
        release.countDown();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> stage.getTitle().equals("Bridgework \u2014 other.db"));
        harness.awaitLoaded();
        assertEquals(List.of("Birch & Co"), harness.shownNames());
        assertEquals(TYPED, storedNotes(harness.workbook), "written to the first workbook before it closed");
        assertEquals("", storedNotes(otherWorkbook), "and never into the other");
    }

    @Test
    void aRestoreOnceBegunCannotBeCancelledTheWindowStaysAliveAndItCompletesWhenTheDiskAnswers(FxRobot robot)
            throws Exception {
        harness.awaitLoaded();
        Path daily = harness.folder.resolve("backups").resolve("workbook-daily-20261123.db");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Files.exists(daily));

        BackupRestoreUiTest.chooseFromFileMenu(robot, "Restore from _backup\u2026");
        // Held by the confirmation (below): the restore is queued behind the hold.
        awaitSlowStep("Restoring the backup\u2026 This cannot be stopped halfway; it is done in a moment.");
        assertWindowIsAlive();
        assertFalse(cancelButton(robot).isVisible(), "no Cancel once the workbook is being replaced");
        MainWindowHarness.focusNewestWindow(robot);
        Keyboard.push(KeyCode.ESCAPE);
        Fx.settle();
        assertTrue(slowStepShown(), "Esc does not stop a restore halfway");

        release.countDown();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !slowStepShown());
        Label notice = robot.lookup("#noticeLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> notice.getText().startsWith("Restored the backup of"));
        assertTrue(Files.list(daily.getParent()).anyMatch(file -> file.getFileName().toString()
                .startsWith("workbook-before-restore-")), "the workbook as it was is kept");
    }

    // ---- Helpers

    private void selectAcme(FxRobot robot) throws Exception {
        harness.awaitLoaded();
        harness.select(robot, "Acme Ltd");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detailsNotes").tryQuery().isPresent());
    }

    private void awaitSlowStep(String saying) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::slowStepShown);
        assertEquals(saying, new FxRobot().lookup("#slowStepText").queryAs(Label.class).getText());
    }

    private boolean slowStepShown() {
        return new FxRobot().lookup("#slowStepDialog").tryQuery().map(node -> node.getScene().getWindow().isShowing())
                .orElse(false);
    }

    private static Button cancelButton(FxRobot robot) {
        return robot.lookup("#slowStepCancel").queryButton();
    }

    /**
     * The JavaFX thread runs frames (an animation timer counts thirty of them) and work handed to it, while the
     * store thread is held.
     */
    private void assertWindowIsAlive() throws Exception {
        AtomicLong frames = new AtomicLong();
        AnimationTimer counter = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frames.incrementAndGet();
            }
        };
        WaitForAsyncUtils.asyncFx(counter::start).get(5, TimeUnit.SECONDS);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> frames.get() >= 30);
        } finally {
            WaitForAsyncUtils.asyncFx(counter::stop).get(5, TimeUnit.SECONDS);
        }
        assertEquals(stage.getTitle(), WaitForAsyncUtils.asyncFx(stage::getTitle).get(5, TimeUnit.SECONDS));
        assertEquals(1, release.getCount(), "the store thread is still held");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    /** The notes of the first relationship in {@code file}, read through a second connection. */
    private static String storedNotes(Path file) throws Exception {
        try (Workbook book = Workbook.open(file, FixedClock.now())) {
            return book.relationships().findAll().get(0).notes();
        }
    }

    /** Answers the file chooser with the other workbook, and the restore's questions with the newest backup. */
    private final class AnsweringDialogs extends DelegatingDialogs {
        AnsweringDialogs(DialogService real) {
            super(real);
        }

        @Override
        public Optional<Path> chooseWorkbookToOpen(Path initialFolder) {
            return Optional.ofNullable(otherWorkbook);
        }

        @Override
        public Optional<Backup> chooseBackup(Path workbook, Path folder, List<Backup> backups) {
            return backups.stream().findFirst();
        }

        @Override
        public boolean confirmDanger(String title, String message, String confirmLabel) {
            release = harness.holdStoreThread();
            return true;
        }
    }
}
