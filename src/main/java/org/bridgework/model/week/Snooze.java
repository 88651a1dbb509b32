package org.bridgework.model.week;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An agenda item put aside until a day, with the manager's reason.
 *
 * @param relationshipId the relationship
 * @param key            the item's {@link AgendaItem#key()}
 * @param until          the day it is listed again
 * @param reason         why, in the manager's words
 */
public record Snooze(long relationshipId, String key, LocalDate until, String reason) {
    public Snooze {
        key = Objects.requireNonNullElse(key, "");
        Objects.requireNonNull(until, "until");
        reason = Objects.requireNonNullElse(reason, "");
    }

    /** Whether it still hides {@code item} on {@code today}. */
    public boolean hides(AgendaItem item, LocalDate today) {
        return item.relationshipId() == relationshipId && item.key().equals(key) && until.isAfter(today);
    }
}
