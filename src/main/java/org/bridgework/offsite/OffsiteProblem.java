package org.bridgework.offsite;

/** Why no off-disk copy was made; the words for each are {@code offsite.problem.<NAME>} in the messages. */
public enum OffsiteProblem {
    /** The folder is not there: most often a USB disk that is not plugged in. */
    FOLDER_MISSING,
    /** The folder is there but the copy could not be written to it (full, read-only, not allowed). */
    CANNOT_WRITE,
    /** There was no backup of today to copy (the daily backup itself failed). */
    NOTHING_TO_COPY,
    /** The workbook could not be read for the copy. */
    CANNOT_READ
}
