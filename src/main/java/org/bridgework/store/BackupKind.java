package org.bridgework.store;

/** Why a backup of a workbook was made; each kind has its own file name (docs/workbook-format.md). */
public enum BackupKind {
    /** The first time the workbook was opened on a day; only the newest few are kept. */
    DAILY,
    /** Just before the workbook was upgraded to a newer format. Never removed automatically. */
    BEFORE_UPGRADE,
    /** The workbook as it was just before a backup was restored over it. Never removed automatically. */
    BEFORE_RESTORE
}
