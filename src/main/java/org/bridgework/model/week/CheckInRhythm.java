package org.bridgework.model.week;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/** When the next trust check-in is due by a repair's rhythm: This week and the calendar export ask the same. */
public final class CheckInRhythm {
    private CheckInRhythm() {
    }

    /**
     * A rhythm after the last check-in taken during the repair, or after the day the relationship was added if none
     * was taken yet; none with a rhythm of 0 weeks.
     *
     * @param everyWeeks the repair's own rhythm; empty for {@code defaultWeeks}
     */
    public static Optional<LocalDate> next(Optional<LocalDate> lastCheckIn, LocalDate openedOn, OptionalInt everyWeeks,
                                           int defaultWeeks) {
        int weeks = everyWeeks.orElse(defaultWeeks);
        if (weeks <= 0) {
            return Optional.empty();
        }
        return Optional.of(lastCheckIn.orElse(openedOn).plusWeeks(weeks));
    }
}
