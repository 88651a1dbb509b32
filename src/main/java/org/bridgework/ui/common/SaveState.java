package org.bridgework.ui.common;

/** Where the user's latest edits are. */
public enum SaveState {
    /** Everything typed is in the workbook. */
    SAVED,
    /** Edits are waiting for a short pause in typing, or being written. */
    PENDING,
    /** The last attempt failed; it will be tried again. */
    FAILED
}
