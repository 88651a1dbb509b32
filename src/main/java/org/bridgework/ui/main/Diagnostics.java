package org.bridgework.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.bridgework.about.Version;
import org.bridgework.logging.AppLog;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookFormat;
import org.bridgework.store.WorkbookLocations;
import org.bridgework.text.Texts;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.TaskRunner;

/**
 * Help → Open log folder and Help → Copy diagnostic report. Both do their file work off the JavaFX thread;
 * the report is shown as it was copied, so the user sees exactly what they would send.
 */
final class Diagnostics {
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableValue<Path> workbook;
    private final ObservableBooleanValue readOnly;
    private final FolderOpener opener;

    /**
     * @param workbook the open workbook's file (null while none is open)
     * @param readOnly whether it is only looked at
     */
    Diagnostics(TaskRunner runner, DialogService dialogs, ObservableValue<Path> workbook,
                ObservableBooleanValue readOnly, FolderOpener opener) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.workbook = workbook;
        this.readOnly = readOnly;
        this.opener = opener;
    }

    /** For the main window: the switcher's workbook, the system's file manager. */
    static Diagnostics of(TaskRunner runner, DialogService dialogs, WorkbookSwitcher workbooks) {
        return new Diagnostics(runner, dialogs, workbooks.currentProperty(), workbooks.readOnlyProperty(),
                FolderOpener.system());
    }

    /** Shows the log folder in the file manager; if that cannot be done, says where it is. */
    void openLogFolder() {
        Optional<Path> folder = AppLog.folder();
        if (folder.isEmpty()) {
            dialogs.showError(Texts.get("diagnostics.openLog.title"), Texts.get("diagnostics.openLog.noLog"), "");
            return;
        }
        runner.run(() -> {
            AppLog.preparedFolder();
            opener.open(folder.get());
            return folder.get();
        }, opened -> { }, error -> dialogs.showError(Texts.get("diagnostics.openLog.title"),
                Texts.get("diagnostics.openLog.failed", folder.get()), folder.get() + "\n\n" + error));
    }

    /** Puts the diagnostic report on the clipboard and shows it. */
    void copyReport() {
        Path file = workbook.getValue();
        DiagnosticReport.WorkbookState state = file == null ? DiagnosticReport.WorkbookState.NONE
                : readOnly.get() ? DiagnosticReport.WorkbookState.READ_ONLY : DiagnosticReport.WorkbookState.EDITING;
        runner.run(() -> DiagnosticReport.text(DiagnosticReport.Facts.ofThisRun(Version.current(), state,
                        file == null ? OptionalInt.empty() : WorkbookFormat.of(file), Workbook.latestSchemaVersion(),
                        WorkbookLocations.dataFolder(), AppLog.folder(), AppLog.recentProblems())),
                this::copied,
                error -> dialogs.showError(Texts.get("diagnostics.report.dialogTitle"),
                        Texts.get("diagnostics.copy.failed"), String.valueOf(error)));
    }

    private void copied(String report) {
        ClipboardContent content = new ClipboardContent();
        content.putString(report);
        Clipboard.getSystemClipboard().setContent(content);
        TextArea shown = new TextArea(report);
        shown.setId("diagnosticReport");
        shown.setEditable(false);
        shown.setWrapText(true);
        shown.setPrefColumnCount(70);
        shown.setPrefRowCount(16);
        dialogs.showInformation(Texts.get("diagnostics.report.dialogTitle"), Texts.get("diagnostics.report.copied"), shown);
    }
}
