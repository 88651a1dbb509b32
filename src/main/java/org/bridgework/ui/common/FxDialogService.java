package org.bridgework.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.bridgework.store.WorkbookException;
import org.bridgework.problems.ProblemTexts;
import org.bridgework.text.Texts;

/** The real dialogs, owned by the main window so they sit on top of it. */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirmDanger(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, cancel);
        alert.getDialogPane().lookupButton(confirm).getStyleClass().add("danger");
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public boolean confirmUnlikely(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, cancel);
        javafx.scene.control.Button confirmButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm);
        javafx.scene.control.Button cancelButton = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel);
        confirmButton.setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        alert.setOnShown(event -> cancelButton.requestFocus());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message, ButtonType.OK);
        if (details != null && !details.isBlank()) {
            alert.getDialogPane().setExpandableContent(detailsArea(details));
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, Node content) {
        Alert alert = alert(Alert.AlertType.NONE, title, null, ButtonType.CLOSE);
        alert.setHeaderText(header);
        // As wide as the content asks (an Alert keeps to a narrow width otherwise); no taller than the screen,
        // the content scrolling beyond that, so a long sheet never runs off a small screen.
        javafx.scene.control.ScrollPane scroller = new javafx.scene.control.ScrollPane(content);
        scroller.setFitToWidth(true);
        scroller.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("edge-to-edge");
        alert.getDialogPane().setContent(scroller);
        alert.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        alert.getDialogPane().setMaxHeight(screen.getHeight() * 0.92);
        // After the dialog has placed itself (centred on the window), keep it on the screen.
        alert.setOnShown(event -> javafx.application.Platform.runLater(() -> {
            javafx.stage.Window window = alert.getDialogPane().getScene().getWindow();
            double height = Math.min(window.getHeight(), screen.getHeight() * 0.92);
            window.setHeight(height);
            if (window.getY() < screen.getMinY() || window.getY() + height > screen.getMaxY()) {
                window.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
            }
        }));
        alert.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String header, String label, String initial, String confirmLabel) {
        return new AnswerDialog(owner, title, header, label, initial, confirmLabel).showAndWait();
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path initialFolder) {
        File chosen = chooser(Texts.get("dialog.openWorkbook.title"), initialFolder).showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewWorkbook(Path initialFolder) {
        FileChooser chooser = chooser(Texts.get("dialog.newWorkbook.title"), initialFolder);
        chooser.setInitialFileName(Texts.get("dialog.newWorkbook.fileName"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    @Override
    public Optional<Path> choosePdfTarget(Path initialFolder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("dialog.savePdf.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("dialog.filter.pdf"), "*.pdf"),
                new FileChooser.ExtensionFilter(Texts.get("dialog.filter.all"), "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(chosen -> withExtension(chosen, ".pdf"));
    }

    @Override
    public Optional<Path> chooseCopyTarget(Path initialFolder, String suggestedName) {
        FileChooser chooser = chooser(Texts.get("saveFailed.copy.title"), initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    @Override
    public UnsavedChoice askAboutUnsaved(String message, String leaveLabel) {
        ButtonType retry = new ButtonType(Texts.get("saveFailed.leave.retry"), ButtonData.OTHER);
        ButtonType copy = new ButtonType(Texts.get("saveFailed.saveCopy"), ButtonData.OTHER);
        ButtonType leave = new ButtonType(leaveLabel, ButtonData.OTHER);
        ButtonType stay = new ButtonType(Texts.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, Texts.get("saveFailed.leave.title"), message, retry, copy, leave, stay);
        alert.setHeaderText(Texts.get("saveFailed.leave.header"));
        alert.getDialogPane().setMinWidth(680);
        alert.getDialogPane().lookupButton(leave).getStyleClass().add("danger");
        // Enter stays too: losing text must be chosen, never the result of a reflex.
        alert.getDialogPane().getButtonTypes().forEach(button -> {
            javafx.scene.control.Button node = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(button);
            node.setDefaultButton(button == stay);
            javafx.scene.control.ButtonBar.setButtonUniformSize(node, false);
        });
        ButtonType answer = alert.showAndWait().orElse(stay);
        if (answer == retry) {
            return UnsavedChoice.RETRY;
        }
        if (answer == copy) {
            return UnsavedChoice.SAVE_COPY;
        }
        return answer == leave ? UnsavedChoice.LEAVE : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean showPrintDialog(javafx.print.PrinterJob job) {
        return job.showPrintDialog(owner);
    }

    @Override
    public ProblemChoice workbookProblem(WorkbookException problem, boolean atStart) {
        if (problem.problem() == org.bridgework.store.WorkbookProblem.OPEN_ELSEWHERE) {
            return OpenElsewhereDialog.ask(owner, problem, atStart);
        }
        ButtonType another = new ButtonType(Texts.get("problem.dialog.openAnother"), ButtonData.OK_DONE);
        ButtonType create = new ButtonType(Texts.get("problem.dialog.createNew"), ButtonData.OTHER);
        ButtonType cancel = new ButtonType(Texts.get(atStart ? "problem.dialog.quit" : "dialog.cancel"),
                ButtonData.CANCEL_CLOSE);
        Label what = new Label(Texts.get("problem.dialog.message", problem.file(), ProblemTexts.headline(problem),
                ProblemTexts.explanation(problem)));
        what.setWrapText(true);
        what.setMaxWidth(620);
        Alert alert = alert(Alert.AlertType.ERROR, Texts.get("problem.dialog.title"), null, another, create, cancel);
        alert.setHeaderText(Texts.get("problem.dialog.header"));
        alert.getDialogPane().setContent(new VBox(what));
        alert.getDialogPane().setMinWidth(680);
        // Each button as wide as its own label, so the long ones are not cut to fit the short "Quit".
        alert.getDialogPane().getButtonTypes().forEach(button ->
                javafx.scene.control.ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(button), false));
        if (!problem.detail().isBlank()) {
            alert.getDialogPane().setExpandableContent(detailsArea(problem.detail()));
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(another::equals).isPresent()) {
            return ProblemChoice.OPEN_ANOTHER;
        }
        return answer.filter(create::equals).isPresent() ? ProblemChoice.CREATE_NEW : ProblemChoice.CANCEL;
    }

    @Override
    public Optional<org.bridgework.store.Backup> chooseBackup(Path workbook, Path folder,
                                                              java.util.List<org.bridgework.store.Backup> backups) {
        org.bridgework.ui.backup.RestoreDialog dialog = new org.bridgework.ui.backup.RestoreDialog(owner, workbook, folder, backups);
        dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        return dialog.showAndWait();
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String header, boolean choosing) {
        return askPassphrase(title, header, Texts.get(choosing ? "passphrase.help.new" : "passphrase.help.known"),
                choosing);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String header, String help, boolean choosing) {
        org.bridgework.ui.backup.PassphraseDialog dialog = new org.bridgework.ui.backup.PassphraseDialog(owner, title,
                header, help, choosing);
        dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialFolder) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<org.bridgework.ui.preferences.Preferences> editPreferences(org.bridgework.ui.preferences.Preferences current) {
        org.bridgework.ui.preferences.PreferencesDialog dialog = new org.bridgework.ui.preferences.PreferencesDialog(owner, current);
        dialog.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        return dialog.showAndWait();
    }


    // ---- Export and import

    @Override
    public Optional<ExportRequest> chooseExport(String selectedName, int relationshipCount) {
        return new ExportChoiceDialog(owner, selectedName, relationshipCount).showAndWait();
    }

    @Override
    public Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName) {
        FileChooser chooser = exportChooser(Texts.get("dialog.export.title"), initialFolder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseImportSource(Path initialFolder) {
        File chosen = exportChooser(Texts.get("dialog.import.title"), initialFolder).showOpenDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public void showNotice(String title, String header, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, text, ButtonType.OK);
        alert.setHeaderText(header);
        alert.showAndWait();
    }

    private static FileChooser exportChooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("dialog.filter.exports"), "*.json", "*.gpg", "*.pgp"),
                new FileChooser.ExtensionFilter(Texts.get("dialog.filter.all"), "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    // ---- Internals

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message == null ? "" : message, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(540);
        alert.getDialogPane().setMaxWidth(760);
        // Whole button labels, never "Open another work…".
        alert.getDialogPane().getButtonTypes().forEach(button ->
                ((javafx.scene.layout.Region) alert.getDialogPane().lookupButton(button)).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
        alert.getDialogPane().getStylesheets().add(Theme.appStylesheet());
        return alert;
    }

    private static TextArea detailsArea(String details) {
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        return area;
    }

    private static FileChooser chooser(String title, Path initialFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Texts.get("dialog.filter.workbooks"), "*.db", "*.bridgework"),
                new FileChooser.ExtensionFilter(Texts.get("dialog.filter.all"), "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    /** A new workbook typed without an extension gets ".db", so file managers know what it is. */
    static Path withExtension(Path chosen) {
        return withExtension(chosen, ".db");
    }

    static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + extension);
    }
}
