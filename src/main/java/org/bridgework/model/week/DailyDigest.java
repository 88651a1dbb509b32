package org.bridgework.model.week;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When the reminders of what is due today are given: the desktop digest at most once a day, and the next
 * morning's look at the agenda while the app stays open.
 */
public final class DailyDigest {
    /** The hour of the morning reminder while the app stays open overnight. */
    public static final LocalTime MORNING = LocalTime.of(8, 0);

    private DailyDigest() {
    }

    /** Whether a desktop digest may be given today, the last one having been given on {@code lastGiven}. */
    public static boolean desktopDue(Optional<LocalDate> lastGiven, LocalDate today) {
        return lastGiven.isEmpty() || lastGiven.get().isBefore(today);
    }

    /** How long from {@code now} to the next morning reminder: today's if it is still ahead, else tomorrow's. */
    public static Duration untilNextMorning(ZonedDateTime now) {
        ZonedDateTime morning = now.with(MORNING);
        if (!morning.isAfter(now)) {
            morning = now.toLocalDate().plusDays(1).atTime(MORNING).atZone(now.getZone());
        }
        return Duration.between(now, morning);
    }
}
