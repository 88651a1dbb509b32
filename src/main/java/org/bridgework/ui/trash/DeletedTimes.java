package org.bridgework.ui.trash;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.bridgework.text.Texts;

/** When a relationship was deleted, as the Trash shows it: "Today, 09:30", "Yesterday, 17:05" or a date. */
final class DeletedTimes {
    private final Clock clock;
    private final DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(Locale.getDefault());
    private final DateTimeFormatter dateAndTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
            FormatStyle.SHORT).withLocale(Locale.getDefault());

    DeletedTimes(Clock clock) {
        this.clock = clock;
    }

    String format(Instant deletedAt) {
        ZonedDateTime when = deletedAt.atZone(clock.getZone());
        LocalDate today = LocalDate.now(clock);
        if (when.toLocalDate().equals(today)) {
            return Texts.get("trash.deleted.today", time.format(when));
        }
        if (when.toLocalDate().equals(today.minusDays(1))) {
            return Texts.get("trash.deleted.yesterday", time.format(when));
        }
        return dateAndTime.format(when);
    }
}
