package org.bridgework.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.bridgework.offsite.OffsiteBackups;
import org.bridgework.store.Backup;
import org.bridgework.store.BackupException;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookRestore;
import org.bridgework.text.Texts;
import org.bridgework.ui.backup.BackupLabels;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Flushes;
import org.bridgework.ui.common.SlowStep;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.TaskRunner;

/**
 * Restores a backup over the open workbook as one {@link SlowStep}: every pending edit is written first (the user
 * may cancel meanwhile), then close → replace → open runs on the store thread, and cannot be stopped halfway.
 */
final class BackupRestorer {
    /** What a restore does to the window. */
    interface Window {
        /** Writes every pending edit, then tells {@code done} whether all were written. */
        void flush(Consumer<Boolean> done);

        /** {@code workbook} is open now, in place of the one shown, which was closed: show it, then say {@code notice}. */
        void show(Workbook workbook, StatusNotice notice);

        /** The workbook shown was closed and could not be opened again: open it as usual, which says why not. */
        void openAgain(Path file);
    }

    private final TaskRunner runner;
    private final SlowSteps steps;
    private final DialogService dialogs;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper(this, "restoring");

    BackupRestorer(TaskRunner runner, SlowSteps steps, DialogService dialogs, Clock clock) {
        this.runner = runner;
        this.steps = steps;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    /** True while a backup is being restored: the window takes no edits meanwhile. */
    ReadOnlyBooleanProperty restoringProperty() {
        return restoring.getReadOnlyProperty();
    }

    /** Restores {@code backup} over {@code before}, the open workbook, after writing every pending edit. */
    void restore(Workbook before, Backup backup, Window window) {
        if (restoring.get()) {
            return;
        }
        SlowStep step = steps.begin(Texts.get("slowStep.saving"), true);
        step.await(window::flush, Flushes.LIMIT, false, written -> {
            if (!written) {
                step.finish();
                OffsiteBackups.discard(backup.file());
                // What could not be saved would be in neither the restored workbook nor the copy kept of this one.
                dialogs.showError(Texts.get("restore.failed.title"), Texts.get("restore.failed.unsaved"), "");
                return;
            }
            step.update(Texts.get("slowStep.restoring"), false);
            restoring.set(true);
            runner.run(() -> closeReplaceOpen(before, backup), restored -> {
                step.finish();
                restoring.set(false);
                window.show(restored.workbook(), new StatusNotice(
                        Texts.get("restore.done", BackupLabels.taken(backup)), "", false));
            }, error -> {
                step.finish();
                restoring.set(false);
                failed(before, backup, error, window);
            });
        });
    }

    /**
     * Close → replace → open, on the store thread: the one place where the open workbook's file is
     * swapped for another. On failure the workbook as it was is open again ({@link BackupException#openNow()}).
     */
    private WorkbookRestore.Restored closeReplaceOpen(Workbook before, Backup backup) throws BackupException {
        try {
            return WorkbookRestore.restore(before, backup.file(), clock);
        } finally {
            // An off-disk copy was decrypted to a hidden file for this restore, which has copied it: not needed now.
            OffsiteBackups.discard(backup.file());
        }
    }

    private void failed(Workbook before, Backup backup, Throwable error, Window window) {
        if (!(error instanceof BackupException failure)) {
            dialogs.showError(Texts.get("restore.failed.title"), Texts.get("restore.failed.unexpected"), String.valueOf(error));
            return;
        }
        Workbook openNow = failure.openNow().orElse(null);
        if (openNow != null && openNow != before) {
            window.show(openNow, StatusNotice.NONE);
        }
        dialogs.showError(Texts.get("restore.failed.title"), BackupLabels.restoreFailure(failure, backup), failure.getMessage());
        if (openNow == null) {
            window.openAgain(before.file());
        }
    }
}
