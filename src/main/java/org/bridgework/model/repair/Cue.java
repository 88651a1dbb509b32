package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of saying a part of an apology, as a pattern over a folded sentence. A cue can ask that its match is
 * not negated ("not our fault") or hedged ("if we let you down") in the words just before it. When the pattern
 * has a group named {@code w}, only that group is shown as the matched words.
 *
 * @param pattern       what to look for
 * @param unlessNegated drop a match with a negation just before it
 * @param unlessHedged  drop a match with a hedge ("if", "may", "might") just before it
 */
record Cue(Pattern pattern, boolean unlessNegated, boolean unlessHedged) {
    /** "We", "I", or the company speaking as a team. */
    static final String WE = "\\b(?:we|i)";
    static final String WE_OR_OUR_TEAM = "\\b(?:we|i|our (?:own )?(?:team|staff|people|engineers|company|side|department))";

    /** A cue whose pattern already spells out what may stand before it; only a hedge drops it. */
    static Cue unlessHedged(String regex) {
        return new Cue(compile(regex), false, true);
    }

    /** A cue dropped when negated, but not when hedged (a hedged regret is still regret). */
    static Cue unlessNegated(String regex) {
        return new Cue(compile(regex), true, false);
    }

    /** A cue that must be neither negated nor hedged. */
    static Cue guarded(String regex) {
        return new Cue(compile(regex), true, true);
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

    /**
     * A match in a folded sentence.
     *
     * @param start where it starts in the folded sentence
     * @param end   where it ends in the folded sentence
     * @param words the words as written in the draft
     */
    record Hit(int start, int end, MatchedWords words) {
    }

    /** The matches of this cue in one sentence that survive its guards. */
    List<Hit> find(DraftSentence sentence) {
        String text = sentence.text();
        List<Hit> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            boolean named = pattern.pattern().contains("(?<w>");
            int start = named ? m.start("w") : m.start();
            int end = named ? m.end("w") : m.end();
            if (unlessNegated && Clause.negatedAt(text, start) || unlessHedged && Clause.hedgedAt(text, start)) {
                continue;
            }
            found.add(new Hit(start, end, sentence.span(start, end)));
        }
        return found;
    }

    /** The matches of several cues in one sentence. */
    static List<Hit> hits(List<Cue> cues, DraftSentence sentence) {
        List<Hit> found = new ArrayList<>();
        for (Cue cue : cues) {
            found.addAll(cue.find(sentence));
        }
        return found;
    }

    /** The words matched by several cues in one sentence. */
    static List<MatchedWords> findAll(List<Cue> cues, DraftSentence sentence) {
        return hits(cues, sentence).stream().map(Hit::words).toList();
    }
}
