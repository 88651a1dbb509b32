package org.bridgework.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import org.bridgework.store.Backup;
import org.bridgework.store.WorkbookException;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.preferences.Preferences;

/**
 * The real dialogs, for a test to override the few it answers itself. The system's own dialogs (file choosers,
 * the print dialog) cannot be driven in a headless test: here they answer as if cancelled unless a test
 * overrides them. One place to extend when {@link DialogService} grows.
 */
class DelegatingDialogs implements DialogService {
    private final DialogService real;

    DelegatingDialogs(DialogService real) {
        this.real = real;
    }

    @Override
    public boolean confirmDanger(String title, String message, String confirmLabel) {
        return real.confirmDanger(title, message, confirmLabel);
    }

    @Override
    public boolean confirmUnlikely(String title, String message, String confirmLabel) {
        return real.confirmUnlikely(title, message, confirmLabel);
    }

    @Override
    public void showError(String title, String message, String details) {
        real.showError(title, message, details);
    }

    @Override
    public void showInformation(String title, String header, Node content) {
        real.showInformation(title, header, content);
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial, String confirmLabel) {
        return real.askText(title, header, label, initial, confirmLabel);
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseNewWorkbook(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> choosePdfTarget(Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseCopyTarget(Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public UnsavedChoice askAboutUnsaved(String message, String leaveLabel) {
        return real.askAboutUnsaved(message, leaveLabel);
    }

    @Override
    public boolean showPrintDialog(PrinterJob job) {
        return false;
    }

    @Override
    public ProblemChoice workbookProblem(WorkbookException problem, boolean atStart) {
        return real.workbookProblem(problem, atStart);
    }

    @Override
    public Optional<Backup> chooseBackup(Path workbook, Path folder, List<Backup> backups) {
        return real.chooseBackup(workbook, folder, backups);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String header, boolean choosing) {
        return real.askPassphrase(title, header, choosing);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String header, String help, boolean choosing) {
        return real.askPassphrase(title, header, help, choosing);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        return real.chooseFolder(title, initialFolder);
    }

    @Override
    public Optional<Preferences> editPreferences(Preferences current) {
        return real.editPreferences(current);
    }

    @Override
    public Optional<ExportRequest> chooseExport(String selectedName, int relationshipCount) {
        return real.chooseExport(selectedName, relationshipCount);
    }

    @Override
    public Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseImportSource(Path initialFolder) {
        return Optional.empty();
    }

    @Override
    public void showNotice(String title, String header, String text) {
        real.showNotice(title, header, text);
    }
}
