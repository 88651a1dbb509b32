package org.bridgework.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.store.Backup;
import org.bridgework.store.BackupException;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookBackups;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.store.WorkbookRestore;
import org.bridgework.store.WorkbookProblem;
import org.bridgework.text.Texts;
import org.bridgework.ui.backup.BackupLabels;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.DialogService.ProblemChoice;
import org.bridgework.ui.common.TaskRunner;
import java.util.List;
import org.bridgework.ui.common.WorkbookUser;

/**
 * Opens workbooks off the JavaFX thread and switches the window to them. The open workbook stays
 * open until the new one has opened, so a failed attempt changes nothing. Each workbook opened for editing
 * gets its daily backup; a backup can be restored over the open workbook. A workbook another Bridgework
 * has open can be looked at read-only, and reopened later (for editing, once the other has let it go).
 */
final class WorkbookSwitcher {
    private static final Duration FLUSH_TIMEOUT = Duration.ofSeconds(10);

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final List<WorkbookUser> users;
    private final Clock clock;
    private final Consumer<Path> opened;
    private final Runnable quitWithoutWorkbook;
    private final ReadOnlyObjectWrapper<Path> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final IntSupplier backupsToKeep;
    private final ReadOnlyObjectWrapper<StatusNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice", StatusNotice.NONE);
    private final ReadOnlyBooleanWrapper restoring = new ReadOnlyBooleanWrapper(this, "restoring");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private Workbook workbook;

    /**
     * @param opened              told of each workbook that opened (for the recent list)
     * @param quitWithoutWorkbook what happens when the user gives up at start, with nothing open
     * @param backupsToKeep       how many daily backups of a workbook to keep, asked at each open
     */
    WorkbookSwitcher(TaskRunner runner, DialogService dialogs, List<WorkbookUser> users, Clock clock,
                     Consumer<Path> opened, Runnable quitWithoutWorkbook, IntSupplier backupsToKeep) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.users = List.copyOf(users);
        this.clock = clock;
        this.opened = opened;
        this.quitWithoutWorkbook = quitWithoutWorkbook;
        this.backupsToKeep = backupsToKeep;
    }

    /** The file of the open workbook; null until one is open. */
    ReadOnlyObjectProperty<Path> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the open workbook is only being looked at (another Bridgework has it open for editing). */
    ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * Opens {@code file} (creating it if there is none) and shows it. The open workbook itself is not opened a
     * second time: it stays as it is, or, if read-only, is reopened.
     */
    void open(Path file) {
        if (isCurrent(file)) {
            if (readOnly.get()) {
                reopen();
            }
            return;
        }
        runner.run(() -> Workbook.open(file, clock), this::show, error -> failed(error, file));
    }

    /** Looks at {@code file} read-only. */
    void openReadOnly(Path file) {
        runner.run(() -> Workbook.openReadOnly(file), this::show, error -> failed(error, file));
    }

    /**
     * Reads the open workbook again: for editing if no other Bridgework has it open any more, else read-only
     * with what the other has saved meanwhile. The workbook is closed first (one task on the store thread), so
     * this process never has it open twice.
     */
    void reopen() {
        Workbook closing = workbook;
        if (closing == null) {
            return;
        }
        flushAll();
        Path file = closing.file();
        workbook = null;
        runner.run(() -> {
            closing.close();
            try {
                return Workbook.open(file, clock);
            } catch (WorkbookException e) {
                if (e.problem() != WorkbookProblem.OPEN_ELSEWHERE) {
                    throw e;
                }
                return Workbook.openReadOnly(file);
            }
        }, this::show, error -> failed(error, file));
    }

    /** Creates a new workbook at {@code file}; an existing file is never replaced. */
    void create(Path file) {
        if (Files.exists(file)) {
            dialogs.showError(Texts.get("newWorkbook.exists.title"), Texts.get("newWorkbook.exists.message", file), "");
            return;
        }
        open(file);
    }

    /** Opens the example workbook in the data folder, making it first if it is not there yet. */
    void openExample() {
        Path file = WorkbookLocations.dataFolder().resolve(ExampleWorkbook.FILE_NAME);
        if (isCurrent(file)) {
            open(file);
            return;
        }
        runner.run(() -> {
            ExampleWorkbook.createIfMissing(file, clock);
            return Workbook.open(file, clock);
        }, this::show, error -> failed(error, file));
    }

    /** Writes pending edits and closes the workbook; call once, when the window closes. */
    void close() {
        flushAll();
        Workbook closing = workbook;
        workbook = null;
        if (closing != null) {
            runner.run(() -> {
                closing.close();
                return closing;
            }, done -> { }, error -> { });
            runner.awaitIdle(FLUSH_TIMEOUT);
        }
    }

    /**
     * Saves a copy of the open workbook at {@code target} (a new file) and carries on in it: the window keeps
     * what it shows, and edits not yet saved are written to the copy from now on. For when the workbook's own
     * file can no longer be written; the original is closed, unchanged.
     */
    void saveCopyAndContinue(Path target, Runnable onSaved, Consumer<Throwable> onFailure) {
        Workbook original = workbook;
        if (original == null) {
            return;
        }
        runner.run(() -> {
            original.saveCopyTo(target);
            return Workbook.open(target, clock);
        }, copy -> {
            if (workbook != original) {
                // Another workbook was opened meanwhile; the copy is complete on disk, but not the one on screen.
                runner.run(() -> closed(copy), done -> { }, error -> { });
                return;
            }
            workbook = copy;
            current.set(copy.file());
            users.forEach(user -> user.continueIn(copy));
            opened.accept(copy.file());
            runner.run(() -> closed(original), done -> { }, error -> { });
            onSaved.run();
        }, onFailure);
    }

    private static Workbook closed(Workbook workbook) {
        workbook.close();
        return workbook;
    }

    /** The folder file choosers start in: the open workbook's, or the data folder. */
    Path folderForChoosers() {
        Path file = current.get();
        return file != null ? file.getParent() : WorkbookLocations.dataFolder();
    }

    // ---- Backups

    /** What the status bar says about backups (a failed daily backup, a restore done). */
    ReadOnlyObjectProperty<StatusNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a backup is being restored: the window takes no edits meanwhile. */
    ReadOnlyBooleanProperty restoringProperty() {
        return restoring.getReadOnlyProperty();
    }

    /** Restores {@code backup} over the open workbook, after writing every pending edit, and shows it. */
    void restore(Backup backup) {
        Workbook before = workbook;
        if (before == null || restoring.get()) {
            return;
        }
        if (!users.stream().map(user -> user.flush(FLUSH_TIMEOUT)).reduce(true, Boolean::logicalAnd)) {
            // What could not be saved would be in neither the restored workbook nor the copy kept of this one.
            dialogs.showError(Texts.get("restore.failed.title"), Texts.get("restore.failed.unsaved"), "");
            return;
        }
        restoring.set(true);
        runner.run(() -> closeReplaceOpen(before, backup), restored -> restored(restored, backup),
                error -> restoreFailed(before, backup, error));
    }

    /**
     * Close → replace → open, on the store thread: the one place where the open workbook's file is
     * swapped for another. On failure the workbook as it was is open again ({@link BackupException#openNow()}).
     */
    private WorkbookRestore.Restored closeReplaceOpen(Workbook before, Backup backup) throws BackupException {
        return WorkbookRestore.restore(before, backup.file(), clock);
    }

    private void restored(WorkbookRestore.Restored restored, Backup backup) {
        restoring.set(false);
        workbook = null; // Closed by the restore, with its edits written before.
        show(restored.workbook());
        notice.set(new StatusNotice(Texts.get("restore.done", BackupLabels.taken(backup)), "", false));
    }

    private void restoreFailed(Workbook before, Backup backup, Throwable error) {
        restoring.set(false);
        if (!(error instanceof BackupException failure)) {
            dialogs.showError(Texts.get("restore.failed.title"), Texts.get("restore.failed.unexpected"), String.valueOf(error));
            return;
        }
        Workbook openNow = failure.openNow().orElse(null);
        if (openNow != before) {
            workbook = null; // The one shown was closed; show the workbook open now, or open it again as usual.
            if (openNow != null) {
                show(openNow);
            }
        }
        dialogs.showError(Texts.get("restore.failed.title"), BackupLabels.restoreFailure(failure, backup), failure.getMessage());
        if (openNow == null) {
            open(before.file());
        }
    }

    /** Today's backup of a workbook just shown, queued after its first screen loads so opening is not slower. */
    private void backUpToday(Workbook opened) {
        int keep = backupsToKeep.getAsInt();
        runner.run(() -> WorkbookBackups.daily(opened, clock, keep), made -> { }, error -> {
            if (workbook == opened) {
                String reason = error instanceof BackupException failure ? failure.getMessage() : String.valueOf(error);
                notice.set(new StatusNotice(Texts.get("backup.daily.failed", WorkbookBackups.folderOf(opened.file())),
                        reason, true));
            }
        });
    }

    // ---- Switching

    private void show(Workbook next) {
        Workbook previous = workbook;
        if (previous != null) {
            flushAll();
            runner.run(() -> {
                previous.close();
                return previous;
            }, done -> { }, error -> { });
        }
        workbook = next;
        readOnly.set(next.readOnly());
        current.set(next.file());
        users.forEach(user -> user.load(next));
        opened.accept(next.file());
        notice.set(StatusNotice.NONE);
        if (!next.readOnly()) {
            // A workbook only looked at is backed up by the Bridgework that has it open for editing.
            backUpToday(next);
        }
    }

    private boolean isCurrent(Path file) {
        Path open = current.get();
        return workbook != null && open != null && sameFile(open, file);
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private void flushAll() {
        users.forEach(user -> user.flush(FLUSH_TIMEOUT));
    }

    private void failed(Throwable error, Path file) {
        boolean atStart = workbook == null;
        if (!(error instanceof WorkbookException problem)) {
            dialogs.showError(Texts.get("error.open.title"), Texts.get("error.open.message", file), String.valueOf(error));
            if (atStart) {
                quitWithoutWorkbook.run();
            }
            return;
        }
        ProblemChoice choice = dialogs.workbookProblem(problem, atStart);
        switch (choice) {
            case OPEN_ANOTHER -> dialogs.chooseWorkbookToOpen(folderForChoosers())
                    .ifPresentOrElse(this::open, () -> failedAgain(problem, atStart));
            case CREATE_NEW -> dialogs.chooseNewWorkbook(folderForChoosers())
                    .ifPresentOrElse(this::create, () -> failedAgain(problem, atStart));
            case OPEN_READ_ONLY -> openReadOnly(file);
            case CANCEL -> {
                if (atStart) {
                    quitWithoutWorkbook.run();
                }
            }
        }
    }

    /** The user closed the file chooser: with nothing open, ask again rather than leave an empty window. */
    private void failedAgain(WorkbookException problem, boolean atStart) {
        if (atStart) {
            failed(problem, problem.file());
        }
    }
}
