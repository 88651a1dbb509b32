package org.bridgework.ui.wizard;

import javafx.scene.Node;
import org.bridgework.model.repair.RepairCase;

/** The form of one repair step. */
interface Worksheet {
    /** The form. */
    Node view();

    /** {@code current} with this worksheet's part replaced by what its fields say now. */
    RepairCase applyTo(RepairCase current);

    /** Updates what the form shows from the rules (suggestions, checks), after any edit anywhere. */
    default void refresh(RepairCase current) {
    }

    /** Lets the worksheet's lists offer Undo for a removed entry, through {@code undo}. */
    default void offerUndo(RepairUndo undo) {
    }

    /** Adds a new entry to the worksheet's main list, if it has one, with the cursor in it. */
    default void addEntry() {
    }
}
