package org.bridgework.ui.common;

import java.time.Duration;
import org.bridgework.store.Workbook;

/** A part of the window that works in the open workbook and must be told when another is opened. */
public interface WorkbookUser {
    /** Shows what {@code workbook} holds; called on the JavaFX thread. */
    void load(Workbook workbook);

    /** Writes pending edits before the workbook closes; false if they could not all be written in time. */
    boolean flush(Duration timeout);

    /**
     * Carries on in {@code copy}, a copy of the open workbook saved elsewhere because the original can no longer
     * be written. It holds what the original held, so a user with unsaved edits keeps what is on screen and
     * writes the edits there; by default the copy is simply shown.
     */
    default void continueIn(Workbook copy) {
        load(copy);
    }
}
