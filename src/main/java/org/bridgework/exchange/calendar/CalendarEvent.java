package org.bridgework.exchange.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One all-day event of the calendar export.
 *
 * @param uid         the same for the same item at every export, so a calendar updates it instead of adding it again
 * @param date        the day it falls on
 * @param summary     the title, naming the relationship
 * @param description the details, one per line; may be empty
 * @param cancelled   true for an item that will not happen any more (done, missed or dropped)
 */
public record CalendarEvent(String uid, LocalDate date, String summary, String description, boolean cancelled) {
    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        description = Objects.requireNonNullElse(description, "");
    }
}
