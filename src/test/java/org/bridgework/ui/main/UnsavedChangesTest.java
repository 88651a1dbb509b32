package org.bridgework.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.bridgework.store.SaveProblem;
import org.bridgework.store.StoreException;
import org.bridgework.ui.common.AutoSave;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

/** The words of the banner: every relationship with an unsaved part, its parts joined, long lists cut short. */
class UnsavedChangesTest {
    private final ImmediateTaskRunner runner = new ImmediateTaskRunner();
    private boolean failing = true;
    private final AutoSave<String, String> details = autoSave();
    private final AutoSave<String, String> repairs = autoSave();
    private final UnsavedChanges changes = new UnsavedChanges(List.of(
            new UnsavedChanges.Part(details, "details"), new UnsavedChanges.Part(repairs, "repair steps")));

    @Test
    void nothingFailingSaysNothing() {
        assertFalse(changes.failing().get());
        assertEquals("", changes.message().get());
        assertFalse(changes.any());
    }

    @Test
    void oneRelationshipWithBothPartsIsNamedOnceWithItsParts() {
        details.changed("Acme", "Acme");
        repairs.changed("Acme", "Acme");
        runner.runDelayed();
        assertTrue(changes.failing().get());
        assertEquals("Your changes to “Acme” (details and repair steps) could not be saved: the disk is full.",
                changes.message().get());
        assertEquals(SaveProblem.DISK_FULL, changes.problem());
    }

    @Test
    void moreThanThreeAreCutShort() {
        for (String name : List.of("Acme", "Birch", "Cobalt", "Delta", "Ember")) {
            details.changed(name, name);
        }
        runner.runDelayed();
        assertEquals("Your changes to “Acme” (details), “Birch” (details), “Cobalt” (details) and 2 more could not be"
                + " saved: the disk is full.", changes.message().get());
    }

    @Test
    void theMessageGoesWhenTheRetrySucceeds() {
        details.changed("Acme", "Acme");
        runner.runDelayed();
        failing = false;
        changes.retryNow();
        assertFalse(changes.failing().get());
        assertEquals("", changes.message().get());
        assertFalse(changes.any());
    }

    private AutoSave<String, String> autoSave() {
        return new AutoSave<>(runner, Duration.ofMillis(300), name -> {
            if (failing) {
                throw new StoreException("Could not save", SaveProblem.DISK_FULL, new RuntimeException("SQLITE_FULL"));
            }
        }, name -> name);
    }
}
