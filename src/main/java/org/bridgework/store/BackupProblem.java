package org.bridgework.store;

/** Why a backup could not be made or restored. Each names a plain-words message in the UI's resource bundle. */
public enum BackupProblem {
    /** A backup copy could not be written (disk full, folder read-only). */
    CANNOT_WRITE_BACKUP,
    /** The chosen backup could not be copied beside the workbook. */
    CANNOT_COPY,
    /** The chosen backup is not a workbook this version can open: {@link BackupException#cause()} says why. */
    BACKUP_UNUSABLE,
    /** The workbook as it is could not be saved as a backup first, so nothing was restored. */
    CANNOT_SAVE_CURRENT,
    /** Another program still has the workbook open, so its file must not be replaced. */
    WORKBOOK_IN_USE,
    /** The workbook file could not be replaced by the backup. */
    CANNOT_REPLACE,
    /** The restored workbook could not be opened, so the previous state was put back. */
    RESTORED_UNUSABLE,
    /** The backup is in place, but another Bridgework opened the workbook before this one could reopen it. */
    RESTORED_BUT_OPEN_ELSEWHERE
}
