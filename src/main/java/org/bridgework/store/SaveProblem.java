package org.bridgework.store;

/**
 * Why a change could not be written to the open workbook, in terms a user can act on. The UI gives each
 * a plain-words reason; {@link #OTHER} is shown with SQLite's own message.
 */
public enum SaveProblem {
    /** The disk (or the user's quota on it) has no room for the change. */
    DISK_FULL,
    /** The file system, or the file, can no longer be written: a disk turned read-only, a revoked permission. */
    READ_ONLY,
    /** The workbook's file was renamed, moved or deleted while it was open, so a write would be lost. */
    MOVED_OR_DELETED,
    /** Another program holds the workbook locked for longer than Bridgework waits. */
    LOCKED,
    /**
     * A team workbook's server cannot be reached, or refused the connection (down, network lost, password
     * changed): nothing is written until it answers again.
     */
    SERVER_UNREACHABLE,
    /** Anything else; the technical message says what. */
    OTHER
}
