package org.bridgework.model.repair;

import java.util.List;

/** Request for forgiveness: "please forgive us", "we hope you will accept our apology", "another chance". */
final class ForgivenessCues {
    private static final List<Cue> CUES = List.of(
            Cue.unlessNegated("\\bforgiv(?:e|eness|ing)\\b"),
            Cue.unlessNegated("\\b(?:another|a second|a fresh|one more) chance\\b"),
            Cue.unlessNegated("\\b(?:earn|win|rebuild|regain) back (?:your|the) trust\\b"
                    + "|\\bchance to (?:earn|win|rebuild|regain) (?:back )?your trust\\b"),
            Cue.unlessNegated("\\b(?:hope|ask) (?:that )?you (?:will|can|could|would) (?:let us|allow us|give us)\\b"),
            Cue.unlessNegated("\\baccept (?:our|my) (?:sincere |sincerest |heartfelt |humble )?apolog(?:y|ies)\\b"));

    private ForgivenessCues() {
    }

    static List<Cue.Hit> find(DraftSentence sentence) {
        return Cue.hits(CUES, sentence);
    }
}
