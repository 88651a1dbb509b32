package org.bridgework.ui.wizard;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.bridgework.model.repair.ApologyComponent;

/**
 * The parts the manager said the apology check was wrong to find, per relationship, for as long as the window
 * is open. (Kept for the session only: the workbook has no place for them, and a stored field would need a
 * schema migration and an export format change.)
 */
final class ApologyRejections {
    private final Map<Long, Set<ApologyComponent>> rejected = new HashMap<>();

    Set<ApologyComponent> of(long relationshipId) {
        return Set.copyOf(rejected.getOrDefault(relationshipId, Set.of()));
    }

    void reject(long relationshipId, ApologyComponent component) {
        rejected.computeIfAbsent(relationshipId, id -> EnumSet.noneOf(ApologyComponent.class)).add(component);
    }

    void restore(long relationshipId, ApologyComponent component) {
        rejected.getOrDefault(relationshipId, EnumSet.noneOf(ApologyComponent.class)).remove(component);
    }
}
