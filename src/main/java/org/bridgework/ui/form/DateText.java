package org.bridgework.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * The one way the screens write a day: the user's locale's medium form ("Dec 4, 2026" in the United States,
 * "04.12.2026" in Germany, "4 Dec 2026" in Britain), which names the year in full and reads the same way the
 * user writes dates. Asked for each time, so a change of locale shows at once.
 */
public final class DateText {
    private DateText() {
    }

    public static DateTimeFormatter format() {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault(Locale.Category.FORMAT));
    }

    public static String of(LocalDate date) {
        return format().format(date);
    }

    /** A day named in full with its time, as the locale writes them ("Monday, November 23, 2026, 9:14 AM"). */
    public static String dayAndTime(java.time.LocalDateTime when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(when);
    }

    /** A day named in full ("Monday, November 23, 2026"). */
    public static String fullDay(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(Locale.getDefault(Locale.Category.FORMAT))
                .format(day);
    }

    /** The same, for a date picker: a text it cannot read gives no date (the field beside it says why). */
    public static StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : of(date);
            }

            @Override
            public LocalDate fromString(String text) {
                Parsed<java.util.Optional<LocalDate>> parsed = Parsers.date().apply(text == null ? "" : text);
                return parsed.valid() ? parsed.value().orElse(null) : null;
            }
        };
    }
}
