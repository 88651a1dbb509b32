package org.bridgework.plan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.text.Texts;

/** How the plan writes dates and the model's values: in words from the text bundle, never as enum names. */
final class PlanFormat {
    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern(Texts.get("plan.format.longDate"), Locale.getDefault());
    private static final DateTimeFormatter SHORT =
            DateTimeFormatter.ofPattern(Texts.get("plan.format.shortDate"), Locale.getDefault());

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern(Texts.get("plan.format.time"), Locale.getDefault());

    private PlanFormat() {
    }

    /** "12 March 2025": in running text and the header. */
    static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    /** "Last changed by ruth on 4 December 2026 at 10:42", in the reader's own time zone. */
    static String lastChange(ChangeStamp stamp) {
        ZonedDateTime when = stamp.at().atZone(ZoneId.systemDefault());
        return Texts.get("plan.lastChanged", stamp.by(), LONG.format(when), TIME.format(when));
    }

    /** "12 Mar 2025": in tables. */
    static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    static String shortDate(Optional<LocalDate> date) {
        return date.map(PlanFormat::shortDate).orElse(Texts.get("plan.noDate"));
    }

    /**
     * The relationship's name as a plan or a brief shows it (title, running header, the document's title): the
     * stand-in "(no name)" when the name would leave no mark on the page, as a heading of it would be left out of
     * the tagged PDF and a running header of it would show a control character's glyph.
     */
    static String shownName(String name) {
        return Xhtml.invisible(name) ? Texts.get("plan.noName") : name;
    }

    /** The value's name as the app shows it ({@code enum.Type.NAME} in the bundle). */
    static String name(Enum<?> value) {
        return Texts.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
