package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing that went wrong.
 *
 * @param date        when it happened, if known
 * @param description what happened
 * @param kind        what kind of failure it was; {@link IncidentKind#OTHER} when not chosen
 */
public record Incident(Optional<LocalDate> date, String description, IncidentKind kind) {

    public Incident {
        date = Objects.requireNonNullElse(date, Optional.empty());
        description = Texts.orEmpty(description);
        kind = Objects.requireNonNullElse(kind, IncidentKind.OTHER);
    }

    public static Incident of(LocalDate date, String description, IncidentKind kind) {
        return new Incident(Optional.ofNullable(date), description, kind);
    }
}
