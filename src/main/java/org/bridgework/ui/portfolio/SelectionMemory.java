package org.bridgework.ui.portfolio;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Which relationship was last viewed in a workbook, so opening it again shows that one rather than a blank
 * pane. Kept with the user's settings, not in the workbook: it is where one person left off, not a record.
 */
public interface SelectionMemory {
    /** Remembers nothing: nothing is recalled. */
    SelectionMemory NONE = new SelectionMemory() {
        @Override
        public OptionalLong recall(Path workbook) {
            return OptionalLong.empty();
        }

        @Override
        public void remember(Path workbook, long relationshipId) {
        }
    };

    OptionalLong recall(Path workbook);

    void remember(Path workbook, long relationshipId);
}
