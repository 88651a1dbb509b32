package org.bridgework.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One business relationship in the workbook, as stored.
 *
 * @param id            the workbook's key; positive once stored
 * @param name          what the manager calls it; unique in the workbook (see {@link RelationshipNames})
 * @param organisation  the counterpart organisation
 * @param contactPerson the person we deal with there
 * @param owner         who on our side owns the repair
 * @param kind          client, supplier, partner, ...
 * @param notes         free text
 * @param archived      hidden from the portfolio unless archived ones are shown
 * @param createdAt     when it was added
 * @param updatedAt     when it was last changed
 */
public record Relationship(long id, String name, String organisation, String contactPerson, String owner,
                           RelationshipKind kind, String notes, boolean archived,
                           Instant createdAt, Instant updatedAt) {

    public Relationship {
        Objects.requireNonNull(name, "name");
        organisation = Objects.requireNonNullElse(organisation, "");
        contactPerson = Objects.requireNonNullElse(contactPerson, "");
        owner = Objects.requireNonNullElse(owner, "");
        kind = Objects.requireNonNullElse(kind, RelationshipKind.CLIENT);
        notes = Objects.requireNonNullElse(notes, "");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A relationship not stored yet, with only a name. */
    public static Relationship draft(String name, Instant now) {
        return new Relationship(0, name, "", "", "", RelationshipKind.CLIENT, "", false, now, now);
    }

    public Relationship withName(String newName) {
        return new Relationship(id, newName, organisation, contactPerson, owner, kind, notes, archived, createdAt, updatedAt);
    }

    public Relationship withArchived(boolean newArchived) {
        return new Relationship(id, name, organisation, contactPerson, owner, kind, notes, newArchived, createdAt, updatedAt);
    }

    public Relationship withId(long newId) {
        return new Relationship(newId, name, organisation, contactPerson, owner, kind, notes, archived, createdAt, updatedAt);
    }

    public Relationship withUpdatedAt(Instant when) {
        return new Relationship(id, name, organisation, contactPerson, owner, kind, notes, archived, createdAt, when);
    }
}
