package org.bridgework.ui.form;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.bridgework.text.Texts;

/** Turns what the user typed into values, with a plain reason when it cannot. */
public final class Parsers {
    /** ISO dates (2026-11-23) are read in every locale, besides the locale's own forms ({@link DateText}). */
    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;

    private Parsers() {
    }

    /** A date: ISO, or the short or medium form of the user's locale; blank means none. */
    public static Function<String, Parsed<Optional<LocalDate>>> date() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        List<DateTimeFormatter> accepted = List.of(DateText.format(), SHOWN,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return text -> {
            String typed = text.strip();
            if (typed.isEmpty()) {
                return Parsed.ok(Optional.empty());
            }
            for (DateTimeFormatter format : accepted) {
                try {
                    return Parsed.ok(Optional.of(LocalDate.parse(typed, format)));
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
            return Parsed.problem(Texts.get("field.date.problem", DateText.of(LocalDate.now())));
        };
    }

    /** A date that must be there: blank is a problem, not "none". */
    public static Function<String, Parsed<Optional<LocalDate>>> requiredDate() {
        Function<String, Parsed<Optional<LocalDate>>> optional = date();
        return text -> text.isBlank() ? Parsed.problem(Texts.get("field.date.required")) : optional.apply(text);
    }

    /** A whole number from {@code min} to {@code max}; blank means none, unless {@code required}. */
    public static Function<String, Parsed<OptionalInt>> rating(int min, int max, boolean required) {
        return text -> {
            String typed = text.strip();
            if (typed.isEmpty()) {
                return required ? Parsed.problem(Texts.get("field.rating.problem", min, max))
                        : Parsed.ok(OptionalInt.empty());
            }
            try {
                int value = Integer.parseInt(typed);
                return value >= min && value <= max ? Parsed.ok(OptionalInt.of(value))
                        : Parsed.problem(Texts.get("field.rating.problem", min, max));
            } catch (NumberFormatException e) {
                return Parsed.problem(Texts.get("field.rating.problem", min, max));
            }
        };
    }
}
