package org.bridgework.ui.main;

/**
 * A line for the status bar about the workbook's backups.
 *
 * @param text    what happened, in a sentence short enough for the status bar; empty for nothing
 * @param detail  the technical reason, shown with the text when the pointer rests on it; may be empty
 * @param problem whether it reports a problem (shown in the problem colour)
 */
record StatusNotice(String text, String detail, boolean problem) {
    static final StatusNotice NONE = new StatusNotice("", "", false);
}
