package org.bridgework.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way the screens write days and times: as the user's locale writes them. A day in a field or a row
 * takes the medium form ("Dec 4, 2026" in the United States, "04.12.2026" in Germany, "4 Dec 2026" in Britain),
 * which names the year in full; a backup's moment the full day and the short time. Asked for each time, so a
 * change of locale shows at once.
 */
public final class Dates {
    private Dates() {
    }

    public static DateTimeFormatter format() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    public static String of(LocalDate date) {
        return format().format(date);
    }

    /** A day named in full with its time ("Monday, November 23, 2026 at 9:14 AM"). */
    public static String dayAndTime(LocalDateTime when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale()).format(when);
    }

    /** A day named in full ("Monday, November 23, 2026"). */
    public static String fullDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(day);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
