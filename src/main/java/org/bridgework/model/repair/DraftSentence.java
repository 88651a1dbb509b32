package org.bridgework.model.repair;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One sentence of a draft, folded for matching. The JDK's sentence breaker is enough for business letters; a
 * heavier language library would add start-up cost for little gain.
 *
 * @param draft  the whole draft
 * @param folded the sentence, folded
 */
record DraftSentence(String draft, FoldedText folded) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    static List<DraftSentence> split(String draft) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        breaks.setText(draft);
        List<DraftSentence> sentences = new ArrayList<>();
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            FoldedText folded = FoldedText.of(draft, start, end);
            if (!folded.text().isBlank()) {
                sentences.add(new DraftSentence(draft, folded));
            }
        }
        return List.copyOf(sentences);
    }

    String text() {
        return folded.text();
    }

    MatchedWords span(int start, int end) {
        return folded.span(draft, start, end);
    }

    /** Number of words, for comparing how much of a draft explains and how much owns up. */
    int words() {
        return (int) WORD.matcher(folded.text()).results().count();
    }
}
