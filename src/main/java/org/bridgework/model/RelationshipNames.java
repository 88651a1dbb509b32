package org.bridgework.model;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** The rules for relationship names: present, not absurdly long, and unique in a workbook. */
public final class RelationshipNames {
    /** Long enough for any real organisation's name; a name is a label, not a note. */
    public static final int MAX_LENGTH = 200;

    private RelationshipNames() {
    }

    /** The name as it will be stored: surrounding white space removed. */
    public static String clean(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /**
     * Checks a typed name against the other relationships of the workbook.
     *
     * @param typed  the name as typed
     * @param others every other relationship (the one being renamed excluded), archived ones included
     * @return the problem, or empty if the name can be used
     */
    public static Optional<NameProblem> check(String typed, Collection<Relationship> others) {
        String name = clean(typed);
        if (name.isEmpty()) {
            return Optional.of(NameProblem.EMPTY);
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of(NameProblem.TOO_LONG);
        }
        String key = comparisonKey(name);
        boolean taken = others.stream().anyMatch(other -> comparisonKey(other.name()).equals(key));
        return taken ? Optional.of(NameProblem.DUPLICATE) : Optional.empty();
    }

    /**
     * {@code wanted} if no name in {@code taken} counts as the same, else the first of its variants
     * (variant 1, 2, …) that is free, shortened where needed to stay within {@link #MAX_LENGTH}.
     *
     * @param variant makes variant {@code n} of a name, such as "Acme (restored)" for 1 and "Acme (restored 2)" for 2
     */
    public static String freeName(String wanted, Collection<String> taken, BiFunction<String, Integer, String> variant) {
        Set<String> keys = taken.stream().map(RelationshipNames::comparisonKey).collect(Collectors.toSet());
        if (!keys.contains(comparisonKey(wanted))) {
            return wanted;
        }
        for (int n = 1; ; n++) {
            String candidate = withinMaxLength(wanted, n, variant);
            if (!keys.contains(comparisonKey(candidate))) {
                return candidate;
            }
        }
    }

    private static String withinMaxLength(String base, int n, BiFunction<String, Integer, String> variant) {
        String candidate = clean(variant.apply(base, n));
        int over = candidate.codePointCount(0, candidate.length()) - MAX_LENGTH;
        if (over <= 0) {
            return candidate;
        }
        int keep = Math.max(1, base.codePointCount(0, base.length()) - over);
        return clean(variant.apply(base.substring(0, base.offsetByCodePoints(0, keep)).strip(), n));
    }

    /** True when the two names count as the same (see {@link #comparisonKey}); how a name typed on the command line is matched. */
    public static boolean sameName(String a, String b) {
        return comparisonKey(a).equals(comparisonKey(b));
    }

    /** Two names are the same if they differ only in case, Unicode composition or surrounding spaces. */
    static String comparisonKey(String name) {
        return Normalizer.normalize(clean(name), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
