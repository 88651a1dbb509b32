package org.bridgework.store;

/** Why a workbook file cannot be opened. Each names a plain-words message in the UI's resource bundle. */
public enum WorkbookProblem {
    /** The file has no bytes at all: it was never a workbook, or it was emptied. */
    EMPTY_FILE,
    /** The file does not start with SQLite's header: some other kind of file. */
    NOT_SQLITE,
    /** The file is shorter than its own header says: it was cut off while copying or saving. */
    TRUNCATED,
    /** SQLite's integrity check found damage inside the file. */
    CORRUPT,
    /** A SQLite database of some other program, not a Bridgework workbook. */
    FOREIGN_DATABASE,
    /** Written by a newer version of Bridgework, whose format this version does not know. */
    NEWER_VERSION,
    /** The file cannot be written, so nothing typed could be saved. */
    READ_ONLY,
    /** A new workbook could not be created there (no such drive, no permission, disk full). */
    CANNOT_CREATE,
    /** The path is a folder, or the file cannot be read or created at all. */
    UNREADABLE,
    /** Another program holds the workbook locked. */
    LOCKED,
    /** Upgrading the workbook to this version's format failed; it was rolled back and a backup kept. */
    UPGRADE_FAILED,
    /** Another Bridgework process has the workbook open for editing ({@link WorkbookException#holder()} says which). */
    OPEN_ELSEWHERE,
    /**
     * Opening read-only, the workbook is in an older format, which this version reads only after upgrading it:
     * a write, and read-only means none.
     */
    NEEDS_UPGRADE,
    /** A team workbook's server cannot be reached, refused the password, or refused the TLS connection. */
    SERVER_UNREACHABLE,
    /** The database (its schema) holds no team workbook yet: {@code bridgework new} creates one. */
    NO_TEAM_WORKBOOK,
    /** The schema holds tables of another program, not a team workbook. */
    FOREIGN_SCHEMA
}
