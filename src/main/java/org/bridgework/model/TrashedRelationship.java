package org.bridgework.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A relationship in the Trash, as the Trash lists it: deleted, but kept with everything recorded about it
 * until it is restored or deleted for good.
 *
 * @param id           the workbook's key
 * @param name         its name when it was deleted (other relationships may have taken it since)
 * @param organisation the counterpart organisation
 * @param deletedAt    when it was moved to the Trash
 */
public record TrashedRelationship(long id, String name, String organisation, Instant deletedAt) {
    public TrashedRelationship {
        Objects.requireNonNull(name, "name");
        organisation = Objects.requireNonNullElse(organisation, "");
        Objects.requireNonNull(deletedAt, "deletedAt");
    }
}
