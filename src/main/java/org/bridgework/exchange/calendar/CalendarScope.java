package org.bridgework.exchange.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Which dated items an export holds.
 *
 * @param today     the day the export is made
 * @param days      with a value: only items within that many days from today (open commitments already overdue
 *                  too, since they are still owed); empty: every dated item, past ones included
 * @param shareable true for the version that may be shared with the other side
 */
public record CalendarScope(LocalDate today, OptionalInt days, boolean shareable) {
    public CalendarScope {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(days, "days");
        if (days.isPresent() && days.getAsInt() < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days.getAsInt());
        }
    }

    /** True when an item on {@code date} belongs in the export. */
    boolean includes(LocalDate date) {
        return days.isEmpty() || !date.isBefore(today) && date.isBefore(today.plusDays(days.getAsInt()));
    }
}
