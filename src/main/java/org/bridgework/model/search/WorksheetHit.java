package org.bridgework.model.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a relationship's worksheets mention the words searched for: one place found (the latest dated entry, else
 * any), the words around the match, and how many places match in all.
 *
 * @param relationshipId the relationship
 * @param place          where the text is kept
 * @param position       which entry of a list (0 for a sheet's text)
 * @param day            the entry's date, when it has one (a conversation's, an incident's, a commitment's due date)
 * @param excerpt        the words around the match
 * @param places         how many places of the relationship match, this one included (at least 1)
 */
public record WorksheetHit(long relationshipId, SearchPlace place, int position, Optional<LocalDate> day,
                           Excerpt excerpt, int places) {
    public WorksheetHit {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(excerpt, "excerpt");
        if (places < 1) {
            throw new IllegalArgumentException("places " + places);
        }
    }
}
