package org.bridgework.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The repairs a repository last read whole or saved, as stored, for the few relationships most recently used:
 * the wizard edits one repair at a time, and an export that reads them all must not keep them all.
 */
final class StoredRepairs {
    private static final int KEPT = 4;

    private final Map<Long, StoredRepair> byRelationship = new LinkedHashMap<>(8, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, StoredRepair> eldest) {
            return size() > KEPT;
        }
    };

    /** Counts the changes to what is remembered, so a read can tell whether a save overtook it. */
    private long changes;

    synchronized long changes() {
        return changes;
    }

    synchronized Optional<StoredRepair> of(long relationshipId) {
        return Optional.ofNullable(byRelationship.get(relationshipId));
    }

    synchronized void remember(StoredRepair repair) {
        changes++;
        byRelationship.put(repair.repair().relationshipId(), repair);
    }

    /** Remembers what a read found, unless something was saved or forgotten since it began ({@link #changes()}). */
    synchronized void rememberRead(StoredRepair repair, long changesWhenBegun) {
        if (changes == changesWhenBegun) {
            remember(repair);
        }
    }

    synchronized void forget(long relationshipId) {
        changes++;
        byRelationship.remove(relationshipId);
    }
}
