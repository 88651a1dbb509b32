package org.bridgework.model.week;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One day of the agenda and what is due on it, in order.
 *
 * @param date  the day
 * @param items what is due; never empty in an {@link Agenda}
 */
public record AgendaDay(LocalDate date, List<AgendaItem> items) {
    public AgendaDay {
        Objects.requireNonNull(date, "date");
        items = List.copyOf(items);
    }
}
