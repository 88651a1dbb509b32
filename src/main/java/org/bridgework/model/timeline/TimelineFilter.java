package org.bridgework.model.timeline;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the timeline shows: kinds, commitment status, a date range and a text; all combine (AND).
 *
 * @param kinds  the kinds shown
 * @param status which commitments (see {@link StatusFilter})
 * @param from   first day shown, inclusive; empty for no limit
 * @param to     last day shown, inclusive; empty for no limit
 * @param text   words that must all appear in the title or detail, ignoring case and accents
 */
public record TimelineFilter(Set<ItemKind> kinds, StatusFilter status, Optional<LocalDate> from,
                             Optional<LocalDate> to, String text) implements Predicate<TimelineItem> {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    public TimelineFilter {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(ItemKind.class) : EnumSet.copyOf(kinds);
        status = Objects.requireNonNullElse(status, StatusFilter.ALL);
        from = Objects.requireNonNullElse(from, Optional.empty());
        to = Objects.requireNonNullElse(to, Optional.empty());
        text = Objects.requireNonNullElse(text, "");
    }

    /** Everything. */
    public static TimelineFilter all() {
        return new TimelineFilter(EnumSet.allOf(ItemKind.class), StatusFilter.ALL, Optional.empty(), Optional.empty(), "");
    }

    /** Whether it can leave items out: so an empty timeline is "nothing matches", not "nothing yet". */
    public boolean narrows() {
        return !kinds.containsAll(EnumSet.allOf(ItemKind.class)) || status != StatusFilter.ALL || from.isPresent()
                || to.isPresent() || !text.isBlank();
    }

    @Override
    public boolean test(TimelineItem item) {
        return kinds.contains(item.kind()) && status.accepts(item)
                && from.map(day -> !item.date().isBefore(day)).orElse(true)
                && to.map(day -> !item.date().isAfter(day)).orElse(true)
                && matchesText(item);
    }

    private boolean matchesText(TimelineItem item) {
        String words = fold(text).strip();
        if (words.isEmpty()) {
            return true;
        }
        String haystack = fold(item.title() + "\n" + item.detail());
        for (String word : words.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
