package org.bridgework.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javafx.util.StringConverter;

/**
 * The one way the screens write a day ({@link org.bridgework.text.Dates}: the locale's medium form), and the
 * converter a date picker reads and writes it with.
 */
public final class DateText {
    private DateText() {
    }

    public static DateTimeFormatter format() {
        return org.bridgework.text.Dates.format();
    }

    public static String of(LocalDate date) {
        return org.bridgework.text.Dates.of(date);
    }

    /** A day named in full with its time, as the locale writes them ("Monday, November 23, 2026, 9:14 AM"). */
    public static String dayAndTime(java.time.LocalDateTime when) {
        return org.bridgework.text.Dates.dayAndTime(when);
    }

    /** A day named in full ("Monday, November 23, 2026"). */
    public static String fullDay(LocalDate day) {
        return org.bridgework.text.Dates.fullDay(day);
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
