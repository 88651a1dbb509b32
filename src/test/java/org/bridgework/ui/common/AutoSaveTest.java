package org.bridgework.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.store.SaveProblem;
import org.bridgework.store.StoreException;
import org.bridgework.testing.QueuedTaskRunner;
import org.junit.jupiter.api.Test;

class AutoSaveTest {
    private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    private final List<String> written = new ArrayList<>();
    private RuntimeException failing;
    private final AutoSave<Integer, String> autoSave = new AutoSave<>(runner, Duration.ofMillis(300), value -> {
        if (failing != null) {
            throw failing;
        }
        written.add(value);
    }, value -> "thing " + value.charAt(0));

    @Test
    void keystrokesWithinThePauseBecomeOneWriteOfTheLatestText() {
        autoSave.changed(1, "N");
        autoSave.changed(1, "No");
        autoSave.changed(1, "Nor");
        assertEquals(SaveState.PENDING, autoSave.stateProperty().get());
        assertTrue(written.isEmpty(), "nothing is written before the pause");
        runner.runDelayed();
        assertEquals(List.of("Nor"), written);
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
    }

    @Test
    void aFailedWriteKeepsTheTextSaysWhyAndWhatAndIsRetried() {
        failing = new StoreException("Could not save \"Acme\"", SaveProblem.DISK_FULL, new RuntimeException("SQLITE_FULL"));
        autoSave.changed(1, "kept");
        runner.runDelayed();
        assertEquals(SaveState.FAILED, autoSave.stateProperty().get());
        assertEquals("the disk is full", autoSave.failureProperty().get());
        assertEquals(SaveProblem.DISK_FULL, autoSave.problemProperty().get());
        assertEquals(List.of("thing k"), autoSave.unsavedProperty().get());
        assertTrue(autoSave.hasUnsaved());
        failing = null;
        runner.runDelayed();
        assertEquals(List.of("kept"), written);
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
        assertEquals("", autoSave.failureProperty().get());
        assertNull(autoSave.problemProperty().get());
        assertEquals(List.of(), autoSave.unsavedProperty().get());
    }

    @Test
    void anUnknownFailureShowsItsTechnicalMessage() {
        failing = new IllegalStateException("the cable is out");
        autoSave.changed(1, "x");
        runner.runDelayed();
        assertEquals("the workbook could not be written (the cable is out)", autoSave.failureProperty().get());
        assertEquals(SaveProblem.OTHER, autoSave.problemProperty().get());
    }

    @Test
    void retriesWaitLongerEachTimeUpToThirtySecondsAndAgainFromThreeAfterASuccess() {
        failing = new IllegalStateException("full");
        autoSave.changed(1, "a");
        assertEquals(List.of(Duration.ofMillis(300)), runner.waitingDelays());
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runner.runDelayed();
            waits.addAll(runner.waitingDelays());
        }
        assertEquals(List.of(3, 6, 12, 24, 30, 30), waits.stream().map(d -> (int) d.toSeconds()).toList());
        failing = null;
        runner.runDelayed();
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
        failing = new IllegalStateException("full again");
        autoSave.changed(1, "b");
        runner.runDelayed();
        assertEquals(List.of(Duration.ofSeconds(3)), runner.waitingDelays(), "a new failure starts again at 3 s");
    }

    @Test
    void typingWhileFailedStaysFailedAndWaitsForTheRetryWhichWritesTheLatestText() {
        failing = new IllegalStateException("full");
        autoSave.changed(1, "first");
        runner.runDelayed();
        autoSave.changed(1, "second");
        autoSave.changed(2, "other");
        assertEquals(SaveState.FAILED, autoSave.stateProperty().get(), "no flicker to Saving… while it keeps failing");
        assertEquals(List.of(Duration.ofSeconds(3)), runner.waitingDelays(), "no extra write per keystroke");
        assertEquals(List.of("thing s", "thing o"), autoSave.unsavedProperty().get(), "described by the latest snapshot");
        failing = null;
        runner.runDelayed();
        assertEquals(List.of("second", "other"), written.stream().sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
    }

    @Test
    void tryAgainNowWritesAtOnceAndTheRetryTimerItOvertookDoesNothing() {
        failing = new IllegalStateException("full");
        autoSave.changed(1, "typed");
        runner.runDelayed();
        assertEquals(1, runner.waitingDelays().size(), "a retry is waiting");
        failing = null;
        autoSave.retryNow();
        assertEquals(List.of("typed"), written, "written at once");
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
        assertFalse(autoSave.tryingProperty().get());
        autoSave.changed(1, "later");
        runner.runDelayed();
        assertEquals(List.of("typed", "later"), written, "the overtaken timer wrote nothing and broke nothing");
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
    }

    @Test
    void aFailedFlushReturnsFalseWithTheReasonAlreadySet() {
        failing = new StoreException("Could not save", SaveProblem.MOVED_OR_DELETED, new RuntimeException("moved"));
        autoSave.changed(1, "one");
        assertFalse(flush());
        assertEquals(SaveState.FAILED, autoSave.stateProperty().get());
        assertEquals("the workbook file was moved or deleted while it was open", autoSave.failureProperty().get());
    }

    @Test
    void discardAllDropsEverythingAndItsRetry() {
        failing = new IllegalStateException("gone");
        autoSave.changed(1, "lost on purpose");
        runner.runDelayed();
        autoSave.discardAll();
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
        assertEquals(List.of(), autoSave.unsavedProperty().get());
        failing = null;
        runner.runDelayed();
        autoSave.retryNow();
        assertTrue(written.isEmpty(), "neither the waiting retry nor a retry asked for writes it");
    }

    @Test
    void flushWritesAtOnceAndForgetDrops() {
        autoSave.changed(1, "one");
        autoSave.changed(2, "two");
        autoSave.forget(2);
        assertEquals(List.of("thing o"), autoSave.unsavedProperty().get());
        assertTrue(flush());
        assertEquals(List.of("one"), written);
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
    }

    @Test
    void onAReadOnlyWorkbookNothingIsEvenTriedAndTheStateStaysSaved() {
        autoSave.readOnlyProperty().set(true);
        autoSave.changed(1, "typed");
        assertEquals(0, runner.runDelayed(), "no write was scheduled");
        assertTrue(flush());
        assertTrue(written.isEmpty());
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
    }

    @Test
    void aFlushWaitsForNothingAndAnswersAfterItsWriteWhichRunsBeforeWorkQueuedAfterIt() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        List<String> order = new ArrayList<>();
        AutoSave<Integer, String> save = new AutoSave<>(queued, Duration.ofMillis(300), value -> order.add("wrote " + value));
        save.changed(1, "typed");
        List<Boolean> answers = new ArrayList<>();
        save.flush(answers::add);
        queued.run(() -> order.add("export"), added -> { }, error -> { });
        assertEquals(List.of(), answers, "nothing waited: no answer yet");
        assertTrue(order.isEmpty());
        while (queued.waiting() > 0) {
            queued.runNext();
        }
        assertEquals(List.of(true), answers);
        assertEquals(List.of("wrote typed", "export"), order, "what is queued after the flush sees the edit written");
        assertEquals(SaveState.SAVED, save.stateProperty().get());
    }

    @Test
    void aFlushWithNothingPendingAnswersAtOnce() {
        QueuedTaskRunner queued = new QueuedTaskRunner();
        AutoSave<Integer, String> save = new AutoSave<>(queued, Duration.ofMillis(300), value -> { });
        List<Boolean> answers = new ArrayList<>();
        save.flush(answers::add);
        assertEquals(List.of(true), answers);
        assertEquals(0, queued.waiting());
    }

    /** Flushes and returns the answer, which the same-thread runner gives before flush returns. */
    private boolean flush() {
        List<Boolean> answers = new ArrayList<>();
        autoSave.flush(answers::add);
        assertEquals(1, answers.size(), "answered once, at once");
        return answers.get(0);
    }
}
