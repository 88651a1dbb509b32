package org.bridgework.ui.main;

import java.nio.file.Path;
import org.bridgework.store.WorkbookException;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.DialogService.ProblemChoice;

/**
 * A workbook that would not open: tells the user why and does what they choose instead (open another, create a
 * new one, look at it read-only). With nothing open yet, giving up quits, and closing a file chooser asks again
 * rather than leave an empty window.
 */
final class OpenFailures {
    private final DialogService dialogs;
    private final Runnable quitWithoutWorkbook;
    private final WorkbookSwitcher workbooks;

    OpenFailures(DialogService dialogs, Runnable quitWithoutWorkbook, WorkbookSwitcher workbooks) {
        this.dialogs = dialogs;
        this.quitWithoutWorkbook = quitWithoutWorkbook;
        this.workbooks = workbooks;
    }

    /** Opening {@code file} failed with {@code error}; {@code atStart} is true when no workbook is open. */
    void failed(Throwable error, Path file, boolean atStart) {
        if (!(error instanceof WorkbookException problem)) {
            dialogs.showError(Texts.get("error.open.title"), Texts.get("error.open.message", file), String.valueOf(error));
            if (atStart) {
                quitWithoutWorkbook.run();
            }
            return;
        }
        ProblemChoice choice = dialogs.workbookProblem(problem, atStart);
        switch (choice) {
            case OPEN_ANOTHER -> dialogs.chooseWorkbookToOpen(workbooks.folderForChoosers())
                    .ifPresentOrElse(workbooks::open, () -> failedAgain(problem, atStart));
            case CREATE_NEW -> dialogs.chooseNewWorkbook(workbooks.folderForChoosers())
                    .ifPresentOrElse(workbooks::create, () -> failedAgain(problem, atStart));
            case OPEN_READ_ONLY -> workbooks.openReadOnly(file);
            case CANCEL -> {
                if (atStart) {
                    quitWithoutWorkbook.run();
                }
            }
        }
    }

    private void failedAgain(WorkbookException problem, boolean atStart) {
        if (atStart) {
            failed(problem, problem.file(), true);
        }
    }
}
