package org.bridgework.model.repair;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The few words before a match within its clause: enough to tell "our fault" from "not our fault" and
 * "we let you down" from "if we let you down", without parsing the sentence.
 */
final class Clause {
    private static final int WINDOW = 4;
    private static final Set<String> BREAKS = Set.of("and", "but", "so", "because", "which", "while", "although",
            "though", "however", "since", "then");
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no", "hardly", "barely", "scarcely",
            "nothing", "nobody", "none", "neither", "nor", "without");
    private static final Set<String> HEDGES = Set.of("if", "may", "might", "perhaps", "possibly", "whether",
            "unless", "could", "consider", "considering", "try", "maybe");

    private Clause() {
    }

    /** Up to four words before {@code position}, stopping at punctuation or a joining word. */
    static List<String> wordsBefore(String text, int position) {
        int from = position;
        while (from > 0 && ",;:.!?()\"".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String[] words = text.substring(from, position).trim().split(" +");
        int start = words.length;
        while (start > 0 && words.length - start < WINDOW && !BREAKS.contains(words[start - 1])) {
            start--;
        }
        return Arrays.asList(words).subList(start, words.length);
    }

    static boolean negatedAt(String text, int position) {
        return wordsBefore(text, position).stream().anyMatch(NEGATIONS::contains);
    }

    static boolean hedgedAt(String text, int position) {
        return wordsBefore(text, position).stream().anyMatch(HEDGES::contains);
    }
}
