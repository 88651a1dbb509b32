package org.bridgework.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Which relationships the portfolio shows: every word of the search must appear in the name, organisation,
 * contact or owner (ignoring case and accents), and archived ones only when asked for.
 */
public final class PortfolioFilter implements Predicate<Relationship> {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<String> words;
    private final boolean showArchived;

    public PortfolioFilter(String search, boolean showArchived) {
        String folded = fold(search == null ? "" : search).strip();
        this.words = folded.isEmpty() ? List.of() : Arrays.asList(SPACES.split(folded));
        this.showArchived = showArchived;
    }

    /** Shows every relationship that is not archived. */
    public static PortfolioFilter none() {
        return new PortfolioFilter("", false);
    }

    @Override
    public boolean test(Relationship relationship) {
        return test(relationship.archived(), () -> searchText(relationship));
    }

    /**
     * The same test on a relationship's {@link #searchText} worked out beforehand (asked for only when there
     * are words to look for): a list that keeps it per relationship filters thousands between two keystrokes.
     */
    public boolean test(boolean archived, Supplier<String> searchText) {
        if (archived && !showArchived) {
            return false;
        }
        if (words.isEmpty()) {
            return true;
        }
        String text = searchText.get();
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** What the search words are looked for in: the name, organisation, contact and owner, folded. */
    public static String searchText(Relationship relationship) {
        return fold(String.join("\n", relationship.name(), relationship.organisation(),
                relationship.contactPerson(), relationship.owner()));
    }

    /** Lower case without accents, so "societe" finds "Société". */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
