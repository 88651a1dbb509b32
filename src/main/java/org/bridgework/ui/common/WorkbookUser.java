package org.bridgework.ui.common;

import java.util.function.Consumer;
import org.bridgework.store.WorkbookStore;

/** A part of the window that works in the open workbook and must be told when another is opened. */
public interface WorkbookUser {
    /** Shows what {@code workbook} holds; called on the JavaFX thread. */
    void load(WorkbookStore workbook);

    /**
     * Writes pending edits before the workbook closes, and tells {@code done}, on the JavaFX thread, whether all
     * were written. The writes are queued on the store thread at once, so work queued after this call runs after
     * them; nothing waits on the JavaFX thread.
     */
    void flush(Consumer<Boolean> done);

    /**
     * Carries on in {@code copy}, a copy of the open workbook saved elsewhere because the original can no longer
     * be written. It holds what the original held, so a user with unsaved edits keeps what is on screen and
     * writes the edits there; by default the copy is simply shown.
     */
    default void continueIn(WorkbookStore copy) {
        load(copy);
    }
}
