package org.bridgework.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoSaveTest {
    private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    private final List<String> written = new ArrayList<>();
    private boolean failing;
    private final AutoSave<Integer, String> autoSave = new AutoSave<>(runner, Duration.ofMillis(300), value -> {
        if (failing) {
            throw new IllegalStateException("disk full");
        }
        written.add(value);
    });

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
    void aFailedWriteKeepsTheTextAndIsRetried() {
        failing = true;
        autoSave.changed(1, "kept");
        runner.runDelayed();
        assertEquals(SaveState.FAILED, autoSave.stateProperty().get());
        assertEquals("disk full", autoSave.failureProperty().get());
        failing = false;
        runner.runDelayed();
        assertEquals(List.of("kept"), written);
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
        assertEquals("", autoSave.failureProperty().get());
    }

    @Test
    void flushWritesAtOnceAndForgetDrops() {
        autoSave.changed(1, "one");
        autoSave.changed(2, "two");
        autoSave.forget(2);
        assertTrue(autoSave.flushNow(Duration.ofSeconds(1)));
        assertEquals(List.of("one"), written);
    }

    @Test
    void onAReadOnlyWorkbookNothingIsEvenTriedAndTheStateStaysSaved() {
        autoSave.readOnlyProperty().set(true);
        autoSave.changed(1, "typed");
        assertEquals(0, runner.runDelayed(), "no write was scheduled");
        assertTrue(autoSave.flushNow(Duration.ofSeconds(1)));
        assertTrue(written.isEmpty());
        assertEquals(SaveState.SAVED, autoSave.stateProperty().get());
    }
}
