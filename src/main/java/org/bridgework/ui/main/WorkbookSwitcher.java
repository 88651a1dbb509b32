package org.bridgework.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.store.Backup;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.store.WorkbookProblem;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.Flushes;
import org.bridgework.ui.common.SlowStep;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.TaskRunner;
import org.bridgework.ui.common.WorkbookUser;

/**
 * Opens workbooks off the JavaFX thread and switches the window to them. The open workbook stays
 * open until the new one has opened, so a failed attempt changes nothing. Each workbook opened for editing
 * gets its daily backup, made on a thread of its own so that saves never wait for it; a backup can be restored
 * over the open workbook. A workbook another Bridgework has open can be looked at read-only, and reopened later
 * (for editing, once the other has let it go). Nothing here waits on the JavaFX thread: each switch is a
 * {@link SlowStep}, which the window shows if it takes a while, and which may be cancelled until the open
 * workbook is being closed.
 */
final class WorkbookSwitcher {
    private final TaskRunner runner;
    private final SlowSteps steps;
    private final DailyBackups daily;
    private final BackupRestorer restorer;
    private final DialogService dialogs;
    private final List<WorkbookUser> users;
    private final Clock clock;
    private final Consumer<Path> opened;
    private final OpenFailures failures;
    private final ReadOnlyObjectWrapper<Path> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<StatusNotice> notice = new ReadOnlyObjectWrapper<>(this, "notice", StatusNotice.NONE);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    /** The open team workbook's address; null while a workbook file (or nothing) is open. */
    private final ReadOnlyObjectWrapper<TeamAddress> team = new ReadOnlyObjectWrapper<>(this, "team");
    private WorkbookStore workbook;

    /**
     * @param runner              the store thread
     * @param backups             the thread daily backups are made on, beside the store thread
     * @param opened              told of each workbook that opened (for the recent list)
     * @param quitWithoutWorkbook what happens when the user gives up at start, with nothing open
     * @param backupsToKeep       how many daily backups of a workbook to keep, asked at each open
     */
    WorkbookSwitcher(TaskRunner runner, TaskRunner backups, SlowSteps steps, DialogService dialogs,
                     List<WorkbookUser> users, Clock clock, Consumer<Path> opened, Runnable quitWithoutWorkbook,
                     IntSupplier backupsToKeep) {
        this(runner, new DailyBackups(backups, clock, backupsToKeep), steps, dialogs, users, clock, opened,
                quitWithoutWorkbook);
    }

    /** @param daily makes each workbook's daily backup (and what follows it, such as the off-disk copy) */
    WorkbookSwitcher(TaskRunner runner, DailyBackups daily, SlowSteps steps, DialogService dialogs,
                     List<WorkbookUser> users, Clock clock, Consumer<Path> opened, Runnable quitWithoutWorkbook) {
        this.runner = runner;
        this.steps = steps;
        this.daily = daily;
        this.restorer = new BackupRestorer(runner, steps, dialogs, clock);
        this.dialogs = dialogs;
        this.users = List.copyOf(users);
        this.clock = clock;
        this.opened = opened;
        this.failures = new OpenFailures(dialogs, quitWithoutWorkbook, this);
    }

    /** The file of the open workbook; null until one is open. */
    ReadOnlyObjectProperty<Path> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The open team workbook's address; null while a workbook file is open ({@link #currentProperty()}). */
    ReadOnlyObjectProperty<TeamAddress> teamProperty() {
        return team.getReadOnlyProperty();
    }

    /** Opens the team workbook at {@code address} (File → Open team workbook…) and shows it. */
    void openTeam(TeamAddress address, char[] password) {
        if (workbook != null && workbook.teamAddress().equals(java.util.Optional.of(address))) {
            return;
        }
        openWith(Path.of(address.displayName()), () -> WorkbookStore.openTeam(address, password, clock));
    }

    /** The workbook open in the window, if any: for work that reads it on the store thread (publishing). */
    java.util.Optional<WorkbookStore> openStore() {
        return java.util.Optional.ofNullable(workbook);
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
        openWith(file, () -> Workbook.open(file, clock));
    }

    /** Looks at {@code file} read-only. */
    void openReadOnly(Path file) {
        openWith(file, () -> Workbook.openReadOnly(file));
    }

    /**
     * Opens a workbook on the store thread with {@code opening}, then shows it in place of the open one. Until it
     * has opened the user may cancel, if there is an open workbook to stay in; one that opens after all is closed.
     */
    private void openWith(Path file, Callable<? extends WorkbookStore> opening) {
        SlowStep step = steps.begin(Texts.get("slowStep.opening", file.getFileName()), workbook != null);
        runner.run(opening, next -> {
            if (step.cancelled()) {
                closeLater(next);
            } else {
                show(next, step);
            }
        }, error -> {
            if (!step.cancelled()) {
                step.finish();
                failures.failed(error, file, workbook == null);
            }
        });
    }

    /**
     * Reads the open workbook again: for editing if no other Bridgework has it open any more, else read-only
     * with what the other has saved meanwhile. The workbook is closed first (one task on the store thread), so
     * this process never has it open twice.
     */
    void reopen() {
        if (!(workbook instanceof Workbook closing)) {
            return; // nothing open, or a team workbook, which is never opened read-only
        }
        Path file = closing.file();
        String reading = Texts.get("slowStep.reopening", file.getFileName());
        SlowStep step = steps.begin(reading, true);
        step.await(this::flushAll, Flushes.LIMIT, false, written -> {
            step.update(reading, false);
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
            }, next -> {
                step.finish();
                display(next);
            }, error -> {
                step.finish();
                failures.failed(error, file, workbook == null);
            });
        });
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
        openWith(file, () -> {
            ExampleWorkbook.createIfMissing(file, clock);
            return Workbook.open(file, clock);
        });
    }

    /**
     * Writes pending edits and closes the workbook, then runs {@code then} (quitting). The user may cancel while
     * the edits are being written (the workbook stays open, and {@code then} does not run); a disk that does not
     * answer within {@link Flushes#LIMIT} is not waited for any longer, as the user has been asked already.
     */
    void close(Runnable then) {
        WorkbookStore closing = workbook;
        if (closing == null) {
            then.run();
            return;
        }
        SlowStep step = steps.begin(Texts.get("slowStep.closing"), true);
        step.await(this::flushAll, Flushes.LIMIT, false, written -> {
            step.update(Texts.get("slowStep.closing"), false);
            workbook = null;
            step.await(answer -> runner.run(() -> closed(closing), answer, error -> answer.accept(closing)),
                    Flushes.LIMIT, closing, done -> {
                        step.finish();
                        then.run();
                    });
        });
    }

    /**
     * Queues the writing of pending edits and the closing of the workbook, and waits for neither: for the window's
     * last moment, when it closed without {@link #close(Runnable)} (the store thread lets what is queued finish).
     */
    void closeWhenIdle() {
        WorkbookStore closing = workbook;
        workbook = null;
        if (closing != null) {
            flushAll(written -> { });
            closeLater(closing);
        }
    }

    /**
     * Saves a copy of the open workbook at {@code target} (a new file) and carries on in it: the window keeps
     * what it shows, and edits not yet saved are written to the copy from now on. For when the workbook's own
     * file can no longer be written; the original is closed, unchanged. {@code copier} writes the copy.
     */
    void saveCopyAndContinue(Path target, java.util.function.BiConsumer<WorkbookStore, Path> copier, Runnable onSaved,
                             Consumer<Throwable> onFailure) {
        WorkbookStore original = workbook;
        if (original == null) {
            return;
        }
        runner.run(() -> {
            copier.accept(original, target);
            return Workbook.open(target, clock);
        }, copy -> {
            if (workbook != original) {
                // Another workbook was opened meanwhile; the copy is complete on disk, but not the one on screen.
                closeLater(copy);
                return;
            }
            workbook = copy;
            team.set(null);
            current.set(copy.file());
            users.forEach(user -> user.continueIn(copy));
            opened.accept(copy.file());
            closeLater(original);
            onSaved.run();
        }, onFailure);
    }

    private static WorkbookStore closed(WorkbookStore workbook) {
        workbook.close();
        return workbook;
    }

    /** Closes {@code workbook} on the store thread, after everything queued before. */
    private void closeLater(WorkbookStore workbook) {
        runner.run(() -> closed(workbook), done -> { }, error -> { });
    }

    /** The folder file choosers start in: the open workbook's, or the data folder. */
    Path folderForChoosers() {
        Path file = current.get();
        return file != null ? file.getParent() : WorkbookLocations.dataFolder();
    }

    // ---- Backups

    /** The workbook open for editing, for a copy made on the store thread; empty if none or only looked at. */
    java.util.Optional<Workbook> openForEditing() {
        return java.util.Optional.ofNullable(workbook).filter(open -> !open.readOnly())
                .filter(Workbook.class::isInstance).map(Workbook.class::cast);
    }

    /** What the status bar says about backups (a failed daily backup, a restore done). */
    ReadOnlyObjectProperty<StatusNotice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True while a backup is being restored: the window takes no edits meanwhile. */
    ReadOnlyBooleanProperty restoringProperty() {
        return restorer.restoringProperty();
    }

    /**
     * Restores {@code backup} over the open workbook, after writing every pending edit, and shows it. The user may
     * cancel while the edits are being written, not once the restore has begun.
     */
    void restore(Backup backup) {
        if (!(workbook instanceof Workbook before)) {
            return; // a server is restored with pg_restore, not from Bridgework's backups
        }
        restorer.restore(before, backup, new BackupRestorer.Window() {
            @Override
            public void flush(Consumer<Boolean> done) {
                flushAll(done);
            }

            @Override
            public void show(Workbook now, StatusNotice said) {
                workbook = null; // Closed by the restore, with its edits written before.
                display(now);
                notice.set(said);
            }

            @Override
            public void openAgain(Path file) {
                workbook = null;
                open(file);
            }
        });
    }

    // ---- Switching

    /**
     * Shows {@code next}, just opened, in place of the open workbook, whose pending edits are written first (they
     * must be, before the window's parts let go of them) and which is then closed. Past this point the step cannot
     * be cancelled: the new workbook is open.
     */
    private void show(WorkbookStore next, SlowStep step) {
        WorkbookStore previous = workbook;
        if (previous == null) {
            step.finish();
            display(next);
            return;
        }
        step.update(Texts.get("slowStep.closing"), false);
        step.await(this::flushAll, Flushes.LIMIT, false, written -> {
            step.finish();
            closeLater(previous);
            display(next);
        });
    }

    private void display(WorkbookStore next) {
        workbook = next;
        readOnly.set(next.readOnly());
        team.set(next.teamAddress().orElse(null));
        current.set(next.localFile().orElse(null));
        users.forEach(user -> user.load(next));
        next.localFile().ifPresent(opened);
        notice.set(StatusNotice.NONE);
        if (next instanceof Workbook local && !local.readOnly()) {
            // A workbook only looked at is backed up by the Bridgework that has it open for editing.
            daily.backUp(local, failed -> {
                if (workbook == next) {
                    notice.set(failed);
                }
            });
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

    private void flushAll(Consumer<Boolean> done) {
        Flushes.all(users, WorkbookUser::flush, done);
    }
}
