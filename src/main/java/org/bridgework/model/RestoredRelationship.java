package org.bridgework.model;

import java.util.Objects;

/**
 * A relationship brought back from the Trash.
 *
 * @param relationship the relationship as it is now stored, back in the portfolio
 * @param nameInTrash  the name it had in the Trash; differs from the stored name when another relationship
 *                     had taken that name meanwhile
 */
public record RestoredRelationship(Relationship relationship, String nameInTrash) {
    public RestoredRelationship {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(nameInTrash, "nameInTrash");
    }

    /** True when it came back under another name, because its own was taken. */
    public boolean renamed() {
        return !relationship.name().equals(nameInTrash);
    }
}
