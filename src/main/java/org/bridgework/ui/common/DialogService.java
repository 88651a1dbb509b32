package org.bridgework.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.store.WorkbookException;

/** The dialogs a screen may show, behind an interface so the logic behind a screen is testable. */
public interface DialogService {

    /** Asks before something that cannot be undone; true if the user confirmed. */
    boolean confirmDanger(String title, String message, String confirmLabel);

    /** Tells the user something went wrong. */
    void showError(String title, String message, String details);

    /** Shows a text, such as the shortcut sheet or the About box. */
    void showInformation(String title, String header, javafx.scene.Node content);

    /** Asks for a line of text (such as the evidence a commitment was kept); empty if cancelled. */
    Optional<String> askText(String title, String header, String label, String initial);

    /** Picks an existing workbook file. */
    Optional<Path> chooseWorkbookToOpen(Path initialFolder);

    /** Picks where a new workbook file goes. */
    Optional<Path> chooseNewWorkbook(Path initialFolder);

    /**
     * Picks where a PDF goes; a name typed without an extension gets ".pdf". The chooser asks before
     * replacing an existing file.
     *
     * @param initialFolder where the chooser opens (ignored if it is not a folder)
     * @param suggestedName the file name offered
     */
    Optional<Path> choosePdfTarget(Path initialFolder, String suggestedName);

    /** The system print dialog for {@code job}; true if the user chose to print. */
    boolean showPrintDialog(javafx.print.PrinterJob job);

    /** What the user wants after a workbook could not be opened. */
    enum ProblemChoice { OPEN_ANOTHER, CREATE_NEW, CANCEL }

    /**
     * Explains why a workbook could not be opened and asks what to do next.
     *
     * @param atStart true when no workbook is open yet, so "cancel" means quitting
     */
    ProblemChoice workbookProblem(WorkbookException problem, boolean atStart);

    // ---- Export and import (File → Export…, File → Import…)

    /** What File → Export… writes. */
    enum ExportChoice { RELATIONSHIP, WORKBOOK }

    /**
     * Asks what to export: the selected relationship or the whole workbook; empty if cancelled.
     *
     * @param selectedName      the selected relationship's name; null when none is selected (then only the whole
     *                          workbook can be chosen)
     * @param relationshipCount how many relationships the workbook holds
     */
    Optional<ExportChoice> chooseExport(String selectedName, int relationshipCount);

    /** Picks where an export goes; the chooser asks before replacing an existing file. */
    Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName);

    /** Picks an export file to import. */
    Optional<Path> chooseImportSource(Path initialFolder);

    /** Tells the user how something went: a headline and plain text below it (such as an import's result). */
    void showNotice(String title, String header, String text);
}
