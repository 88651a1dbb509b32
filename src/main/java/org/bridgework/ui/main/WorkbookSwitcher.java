package org.bridgework.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.DialogService.ProblemChoice;
import org.bridgework.ui.common.TaskRunner;
import java.util.List;
import org.bridgework.ui.common.WorkbookUser;

/**
 * Opens workbooks off the JavaFX thread and switches the window to them. The open workbook stays
 * open until the new one has opened, so a failed attempt changes nothing.
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
    private Workbook workbook;

    /**
     * @param opened              told of each workbook that opened (for the recent list)
     * @param quitWithoutWorkbook what happens when the user gives up at start, with nothing open
     */
    WorkbookSwitcher(TaskRunner runner, DialogService dialogs, List<WorkbookUser> users, Clock clock,
                     Consumer<Path> opened, Runnable quitWithoutWorkbook) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.users = List.copyOf(users);
        this.clock = clock;
        this.opened = opened;
        this.quitWithoutWorkbook = quitWithoutWorkbook;
    }

    /** The file of the open workbook; null until one is open. */
    ReadOnlyObjectProperty<Path> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Opens {@code file} (creating it if there is none) and shows it. */
    void open(Path file) {
        runner.run(() -> Workbook.open(file, clock), this::show, error -> failed(error, file));
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
        current.set(next.file());
        users.forEach(user -> user.load(next));
        opened.accept(next.file());
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
