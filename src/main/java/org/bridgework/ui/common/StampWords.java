package org.bridgework.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.text.Texts;

/** When a colleague's change happened, in words: "at 10:42" today, "on 4 Dec 2026, 10:42" before. */
public final class StampWords {
    private StampWords() {
    }

    public static String when(ChangeStamp stamp, Clock clock) {
        ZonedDateTime when = stamp.at().atZone(clock.getZone());
        if (when.toLocalDate().equals(LocalDate.now(clock))) {
            return Texts.get("wizard.team.atTime",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault()).format(when));
        }
        return Texts.get("wizard.team.onDay", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Locale.getDefault()).format(when));
    }
}
