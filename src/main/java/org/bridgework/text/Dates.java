package org.bridgework.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way the screens write days and times: as the user's locale writes them. A day in a field or a row
 * takes the medium form ("Dec 4, 2026" in the United States, "04.12.2026" in Germany, "4 Dec 2026" in Britain),
 * which names the year in full; a backup's moment the full day and the short time. Where the year goes without
 * saying (a list of this week, a chart's ticks) the same forms without it: "Dec 4" in the United States, "4 Dec"
 * in Britain. Asked for each time, so a change of locale shows at once.
 */
public final class Dates {
    private static final Map<Locale, DateTimeFormatter> DAY_AND_MONTH = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> WEEKDAY = new ConcurrentHashMap<>();

    private Dates() {
    }

    public static DateTimeFormatter format() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale());
    }

    public static String of(LocalDate date) {
        return format().format(date);
    }

    /** The medium form without the year ("Dec 4", "4 Dec", "04.12"). */
    public static String dayAndMonth(LocalDate date) {
        return DAY_AND_MONTH.computeIfAbsent(locale(), locale -> withoutYear(FormatStyle.MEDIUM, locale)).format(date);
    }

    /** The full form without the year ("Friday, December 4", "Friday 4 December"). */
    public static String weekdayAndMonth(LocalDate date) {
        return WEEKDAY.computeIfAbsent(locale(), locale -> withoutYear(FormatStyle.FULL, locale)).format(date);
    }

    /** A day named in full with its time ("Monday, November 23, 2026 at 9:14 AM"). */
    public static String dayAndTime(LocalDateTime when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale()).format(when);
    }

    /** A day named in full ("Monday, November 23, 2026"). */
    public static String fullDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale()).format(day);
    }

    private static DateTimeFormatter withoutYear(FormatStyle style, Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(DatePatterns.withoutYear(pattern), locale);
    }

    private static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }
}
