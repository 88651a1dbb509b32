package org.bridgework.model.week;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.bridgework.model.repair.RepairStep;

/**
 * One thing due: which relationship, what, and on what day.
 *
 * @param relationshipId the relationship it belongs to
 * @param name           the relationship's name
 * @param kind           what it asks for
 * @param date           the day it is due (for a repair gone quiet: the day of its last conversation, or the
 *                       day it was added when there is none)
 * @param what           the commitment's text; empty for the other kinds
 * @param key            names the item among the relationship's others, for snoozing: it changes when the
 *                       item is a new one (a new due date, a new check-in), so a snooze never hides the next
 */
public record AgendaItem(long relationshipId, String name, AgendaKind kind, LocalDate date, String what,
                         String key) {

    /** Where Enter opens the relationship. */
    public RepairStep step() {
        return kind.step();
    }

    /** Whether it was due before {@code today}; a repair gone quiet is due today. */
    public boolean overdue(LocalDate today) {
        return kind != AgendaKind.GONE_QUIET && date.isBefore(today);
    }

    /** Days from {@link #date()} to {@code today} (negative while still ahead). */
    public long daysSince(LocalDate today) {
        return ChronoUnit.DAYS.between(date, today);
    }

    /** The day it is listed under: today for what is overdue or gone quiet, else its own day. */
    public LocalDate listedOn(LocalDate today) {
        return kind == AgendaKind.GONE_QUIET || date.isBefore(today) ? today : date;
    }
}
