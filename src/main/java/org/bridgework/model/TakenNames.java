package org.bridgework.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The names already used in a workbook, for giving relationships that come in from elsewhere (an import) a
 * name of their own. Names count as the same as {@link RelationshipNames#sameName} says.
 */
public final class TakenNames {
    /** Makes the names a relationship may take when its own is taken: the {@code attempt}-th one, from 1. */
    @FunctionalInterface
    public interface Variants {
        String variant(String name, int attempt);
    }

    private final Set<String> keys = new HashSet<>();

    public TakenNames(Collection<String> names) {
        names.forEach(name -> keys.add(RelationshipNames.comparisonKey(name)));
    }

    /**
     * Takes {@code wanted} if it is free, otherwise the first free one of its variants 1, 2, 3, …; the name
     * taken is no longer free.
     */
    public String claim(String wanted, Variants variants) {
        String candidate = wanted;
        for (int attempt = 1; keys.contains(RelationshipNames.comparisonKey(candidate)); attempt++) {
            // Distinct variants find a free one within keys.size() + 1 attempts; more means they repeat.
            if (attempt > keys.size() + 1) {
                throw new IllegalArgumentException("the variants of \"" + wanted + "\" repeat themselves");
            }
            candidate = variants.variant(wanted, attempt);
        }
        keys.add(RelationshipNames.comparisonKey(candidate));
        return candidate;
    }
}
