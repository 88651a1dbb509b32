package org.bridgework.model.repair;

import java.util.List;

/**
 * Regret: "sorry", "we apologise", "our apologies", "we regret". Not when negated ("we will not apologise") and
 * not "sorry to hear" (sympathy, not regret). A hedged regret ("sorry if") still counts; the hedge is a warning.
 */
final class RegretCues {
    private static final List<Cue> CUES = List.of(
            Cue.unlessNegated("(?<!\\b(?:says|said|sends|sent|passes on|passed on) )"
                    + "\\b(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|regret(?:s|ted|table)?)\\b"
                    + "(?! to (?:hear|bother|trouble|interrupt|say|see|learn|read))(?<!apologi[sz]ed)"
                    + "|\\bapologi[sz]ed to you\\b"));

    private RegretCues() {
    }

    static List<Cue.Hit> find(DraftSentence sentence) {
        return Cue.hits(CUES, sentence);
    }
}
