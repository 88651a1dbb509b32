package org.bridgework.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A backup could not be made, or could not be restored. A failed restore says which workbook is open
 * now: the one that was open before (unchanged, perhaps reopened), or none if even that failed.
 */
public final class BackupException extends Exception {
    private static final long serialVersionUID = 1L;

    private final BackupProblem problem;
    private final transient Path file;
    private final String detail;
    private final WorkbookProblem backupProblem;
    private final transient Workbook openNow;

    public BackupException(BackupProblem problem, Path file, String detail, Throwable cause) {
        this(problem, file, detail, cause, null, null);
    }

    private BackupException(BackupProblem problem, Path file, String detail, Throwable cause,
                            WorkbookProblem backupProblem, Workbook openNow) {
        super(problem + ": " + file + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.file = file;
        this.detail = detail == null ? "" : detail;
        this.backupProblem = backupProblem;
        this.openNow = openNow;
    }

    /** The chosen backup is not a usable workbook, for the reason {@code why} gives. */
    static BackupException unusable(Path backup, WorkbookException why) {
        return new BackupException(BackupProblem.BACKUP_UNUSABLE, backup, why.detail(), why, why.problem(), null);
    }

    /** The same failure, noting the workbook that is open after it. */
    BackupException withOpen(Workbook workbook) {
        BackupException copy = new BackupException(problem, file, detail, getCause(), backupProblem, workbook);
        copy.setStackTrace(getStackTrace());
        return copy;
    }

    public BackupProblem problem() {
        return problem;
    }

    /** The file the problem is about: the backup, or the workbook. */
    public Path file() {
        return file;
    }

    /** Technical detail for the curious; may be empty. */
    public String detail() {
        return detail;
    }

    /** Why the backup is not usable, for {@link BackupProblem#BACKUP_UNUSABLE}. */
    public Optional<WorkbookProblem> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    /** The workbook open after a failed restore, as it was before; empty if it could not be opened again. */
    public Optional<Workbook> openNow() {
        return Optional.ofNullable(openNow);
    }
}
