package org.bridgework.ui.common;

import java.util.Objects;

/**
 * What the undo bar says: something was done that Undo can take back, or news (something came back). Compared by identity, so the same words said again show (and time) afresh.
 *
 * @param text     the sentence shown
 * @param kind     what happened, which decides the icon and whether Undo is offered
 * @param lingers  true for news the user must not miss (a restored relationship got a new name): it stays until
 *                 dismissed or replaced instead of fading after a while
 */
public record Notice(String text, Kind kind, boolean lingers) {
    /** What a notice is about. */
    public enum Kind {
        /** A relationship went to the Trash: Undo brings it back. */
        MOVED_TO_TRASH,
        /** An entry was removed from a list (a commitment, a check-in …): Undo puts it back in its place. */
        REMOVED,
        /** Something was marked or changed (a commitment done or missed, a relationship archived): Undo reverts it. */
        CHANGED,
        /** Something came back (from the Trash, or by Undo): nothing to undo. */
        RESTORED
    }

    public Notice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean undoable() {
        return kind != Kind.RESTORED;
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
