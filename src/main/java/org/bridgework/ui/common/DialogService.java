package org.bridgework.ui.common;

import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.store.WorkbookException;

/** The dialogs a screen may show, behind an interface so the logic behind a screen is testable. */
public interface DialogService {

    /** Asks before something that cannot be undone; true if the user confirmed. */
    boolean confirmDanger(String title, String message, String confirmLabel);

    /**
     * Asks before a change the user may not mean (a commitment marked missed before its day); true if confirmed.
     * Cancel is the default: Enter and Esc both leave things as they are.
     */
    boolean confirmUnlikely(String title, String message, String confirmLabel);

    /** Tells the user something went wrong. */
    void showError(String title, String message, String details);

    /** Shows a text, such as the shortcut sheet or the About box. */
    void showInformation(String title, String header, javafx.scene.Node content);

    /**
     * Asks for a line of text (such as the evidence a commitment was kept), {@code confirmLabel} naming the
     * action on its button; empty if cancelled.
     */
    Optional<String> askText(String title, String header, String label, String initial, String confirmLabel);

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

    /** Picks where a copy of the open workbook goes: a new file, never an existing one. */
    Optional<Path> chooseCopyTarget(Path initialFolder, String suggestedName);

    /** What the user wants when changes could not be saved and the workbook is about to be left. */
    enum UnsavedChoice { RETRY, SAVE_COPY, LEAVE, CANCEL }

    /**
     * Says which changes are not saved and why, and asks whether to try again, save a copy elsewhere, leave
     * anyway ({@code leaveLabel}: quit, open another workbook) or stay. Staying is the default (Enter, Esc).
     */
    UnsavedChoice askAboutUnsaved(String message, String leaveLabel);

    /** The system print dialog for {@code job}; true if the user chose to print. */
    boolean showPrintDialog(javafx.print.PrinterJob job);

    /**
     * What the user wants after a workbook could not be opened. OPEN_READ_ONLY is offered only for a workbook
     * open in another Bridgework window ({@link org.bridgework.store.WorkbookProblem#OPEN_ELSEWHERE}).
     */
    enum ProblemChoice { OPEN_ANOTHER, CREATE_NEW, CANCEL, OPEN_READ_ONLY }

    /**
     * Explains why a workbook could not be opened and asks what to do next; for a workbook open in another
     * window, offers to look at it read-only.
     *
     * @param atStart true when no workbook is open yet, so "cancel" means quitting
     */
    ProblemChoice workbookProblem(WorkbookException problem, boolean atStart);

    // ---- Backups and preferences

    /**
     * Lists the backups of {@code workbook} (newest first), kept in {@code folder}, and lets the user
     * pick the one to restore; empty if cancelled.
     */
    Optional<org.bridgework.store.Backup> chooseBackup(Path workbook, Path folder,
                                                       java.util.List<org.bridgework.store.Backup> backups);

    /**
     * Asks for the passphrase of the off-disk copies; empty if cancelled. The caller wipes the characters.
     *
     * @param choosing true to choose a new one (typed twice, weak ones refused), false to type the one chosen before
     */
    Optional<char[]> askPassphrase(String title, String header, boolean choosing);

    /**
     * Asks for a passphrase with {@code help} under the field(s): for an encrypted export, a new one to encrypt it
     * with ({@code choosing}: typed twice, weak ones refused) or the one it was encrypted with. Empty if cancelled;
     * the caller wipes the characters.
     */
    Optional<char[]> askPassphrase(String title, String header, String help, boolean choosing);

    /** Picks a folder (such as where File → Back up now to… writes); empty if cancelled. */
    Optional<Path> chooseFolder(String title, Path initialFolder);

    /** Shows the preferences for editing; the edited ones, or empty if cancelled. */
    Optional<org.bridgework.ui.preferences.Preferences> editPreferences(org.bridgework.ui.preferences.Preferences current);

    // ---- Export and import (File → Export…, File → Import…)

    /** What File → Export… writes. */
    enum ExportChoice { RELATIONSHIP, WORKBOOK }

    /**
     * What File → Export… writes, and whether it is encrypted with a passphrase (OpenPGP, opened by gpg too).
     */
    record ExportRequest(ExportChoice what, boolean encrypted) {
    }

    /**
     * Asks what to export: the selected relationship or the whole workbook, plain or encrypted; empty if cancelled.
     *
     * @param selectedName      the selected relationship's name; null when none is selected (then only the whole
     *                          workbook can be chosen)
     * @param relationshipCount how many relationships the workbook holds
     */
    Optional<ExportRequest> chooseExport(String selectedName, int relationshipCount);

    /** Picks where an export goes; the chooser asks before replacing an existing file. */
    Optional<Path> chooseExportTarget(Path initialFolder, String suggestedName);

    /** Picks an export file to import (plain, or encrypted with a passphrase). */
    Optional<Path> chooseImportSource(Path initialFolder);

    /** Tells the user how something went: a headline and plain text below it (such as an import's result). */
    void showNotice(String title, String header, String text);
}
