package org.bridgework.store;

import java.util.Set;

/**
 * What someone else changed in an open team workbook: the relationships whose rows changed, or {@link #everything}
 * ({@link #unknown}) when the list is not known (the watcher was away from the server for a while, or so much changed that reading
 * it all again is cheaper). Carries ids only: what they hold is read again through the store, where the reader's
 * own rights apply.
 */
public record WorkbookChange(Set<Long> relationships, boolean unknown) {
    private static final WorkbookChange EVERYTHING = new WorkbookChange(Set.of(), true);

    public WorkbookChange {
        relationships = Set.copyOf(relationships);
    }

    public static WorkbookChange of(Set<Long> relationships) {
        return new WorkbookChange(relationships, false);
    }

    /** Anything may have changed. */
    public static WorkbookChange everything() {
        return EVERYTHING;
    }

    /** True if the relationship with {@code id} may have changed. */
    public boolean touches(long id) {
        return unknown || relationships.contains(id);
    }
}
