package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Puts a backup in the place of the open workbook: close, replace, open. Everything that can fail is
 * done while the workbook is still open and untouched (copying the backup beside it, checking the
 * copy, saving the workbook as it is); the file is then replaced in one atomic rename. After the
 * rename, a backup that cannot be opened after all is undone by putting the saved copy back.
 */
public final class WorkbookRestore {
    private static final String TEMPORARY_PREFIX = ".bridgework-restore-";

    private WorkbookRestore() {
    }

    /**
     * The restored workbook, open, and where the workbook as it was before was saved.
     *
     * @param beforeRestore the copy of the workbook as it was, in the backups folder
     */
    public record Restored(Workbook workbook, Path beforeRestore) {
    }

    /**
     * Restores {@code backup} over the open {@code current} workbook, which the caller must have
     * given every pending edit. On success {@code current} is closed and the restored workbook is open.
     *
     * @throws BackupException if nothing was restored; {@link BackupException#openNow()} is the workbook
     *                         as it was, open (the same object if it was never closed)
     */
    public static Restored restore(Workbook current, Path backup, Clock clock) throws BackupException {
        Path file = current.file();
        Path copy = null;
        Path saved;
        try {
            copy = checkedCopy(backup, file.getParent());
            saved = saveCurrent(current, clock);
        } catch (BackupException e) {
            BackupFiles.deleteQuietly(copy);
            throw e.withOpen(current);
        }
        current.close();
        try {
            requireClosedEverywhere(file);
            replace(copy, file);
        } catch (BackupException e) {
            BackupFiles.deleteQuietly(copy);
            BackupFiles.deleteQuietly(saved); // The workbook is as it was, so this copy of it is not needed.
            throw e.withOpen(reopen(file, clock));
        }
        try {
            return new Restored(Workbook.open(file, clock), saved);
        } catch (WorkbookException e) {
            return putBack(saved, file, clock, e);
        }
    }

    /** Copies the backup beside the workbook and checks that copy: what is checked is what is restored. */
    private static Path checkedCopy(Path backup, Path folder) throws BackupException {
        if (Files.exists(Path.of(backup + "-wal"))) {
            // Part of its content would be in that log, which a copy of the file alone would lose.
            throw BackupException.unusable(backup, new WorkbookException(backup, WorkbookProblem.LOCKED, "it has a -wal file"));
        }
        Path copy;
        try {
            copy = BackupFiles.copyToTemporary(backup, folder, TEMPORARY_PREFIX);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.CANNOT_COPY, backup, e.getMessage(), e);
        }
        try {
            WorkbookInspection inspection = WorkbookInspector.inspect(copy);
            if (inspection.blank()) {
                throw new WorkbookException(copy, WorkbookProblem.FOREIGN_DATABASE, "an empty database");
            }
            return copy;
        } catch (WorkbookException e) {
            BackupFiles.deleteQuietly(copy);
            throw BackupException.unusable(backup, e);
        }
    }

    private static Path saveCurrent(Workbook current, Clock clock) throws BackupException {
        try {
            return WorkbookBackups.beforeRestore(current, clock);
        } catch (IOException | SQLException e) {
            throw new BackupException(BackupProblem.CANNOT_SAVE_CURRENT, current.file(), e.getMessage(), e);
        }
    }

    /**
     * The last connection to close folds the write-ahead log back and removes it with the shared
     * memory file. If they are still there, another program has the workbook open; its log would be
     * applied to the restored file and damage it.
     */
    private static void requireClosedEverywhere(Path file) throws BackupException {
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Path companion = Path.of(file + suffix);
            if (Files.exists(companion)) {
                throw new BackupException(BackupProblem.WORKBOOK_IN_USE, file, companion + " is still there", null);
            }
        }
    }

    private static void replace(Path copy, Path file) throws BackupException {
        try {
            BackupFiles.replace(copy, file);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.CANNOT_REPLACE, file, e.getMessage(), e);
        }
    }

    /** The restored file would not open (its upgrade failed, say): the saved copy goes back in its place. */
    private static Restored putBack(Path saved, Path file, Clock clock, WorkbookException why) throws BackupException {
        if (why.problem() == WorkbookProblem.OPEN_ELSEWHERE) {
            // Another Bridgework took the workbook between close and open: the restored file is sound and in
            // its hands now, so it must not be replaced under it.
            throw new BackupException(BackupProblem.RESTORED_BUT_OPEN_ELSEWHERE, file, why.getMessage(), why);
        }
        BackupException failure = new BackupException(BackupProblem.RESTORED_UNUSABLE, file, why.getMessage(), why);
        try {
            BackupFiles.replace(BackupFiles.copyToTemporary(saved, file.getParent(), TEMPORARY_PREFIX), file);
        } catch (IOException e) {
            failure.addSuppressed(e);
            throw failure; // The saved copy stays in the backups folder, to be restored by hand.
        }
        throw failure.withOpen(reopen(file, clock));
    }

    /** Opens the workbook again after a failed restore; null if even that fails (it is then told as usual). */
    private static Workbook reopen(Path file, Clock clock) {
        try {
            return Workbook.open(file, clock);
        } catch (WorkbookException e) {
            return null;
        }
    }
}
