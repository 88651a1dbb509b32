package org.bridgework.model.repair;

import java.util.List;

/** Explanation: words that give a cause ("because", "due to", "what happened was", "it came down to"). */
final class ExplanationCues {
    private static final List<Cue> CUES = List.of(
            Cue.unlessNegated("(?<!(?:inconvenience|disruption|trouble|harm|damage|distress|frustration|upset|cost) )"
                    + "\\bcaused by\\b"),
            Cue.unlessNegated("\\b(?:because|due to|owing to|as a result of|stemm(?:ed|ing) from"
                    + "|came from|comes from|came down to|comes down to|(?:is|was) down to|(?:the )?root cause"
                    + "|the reason|the cause|which is why|that is why|this is why|held up by|played a part"
                    + "|crept in|here is why|traced (?:it|this|the \\w+) to|led to|resulted from|resulted in)\\b"),
            Cue.unlessNegated("\\bwhat (?:happened|went wrong) (?:is|was)\\b|\\b(?:here|this) is what (?:happened|went wrong)\\b"),
            Cue.unlessNegated("\\b(?:it|this) was (?:a|an) (?:\\w+ ){0,3}(?:fault|error|failure|bug|problem|mix-up"
                    + "|glitch)\\b"),
            Cue.unlessNegated("\\b(?:started|began|went wrong|happened|broke) when\\b"),
            Cue.unlessNegated("\\b(?:moved|switched|changed|migrated|upgraded) (?:over )?to a new\\b"),
            Cue.unlessNegated("\\bafter (?:a|an|the|our) (?:\\w+ ){0,3}(?:ran|failed|changed|crashed|broke|went down)\\b"),
            Cue.unlessNegated("\\b(?:update|power cut|outage|fault|failure|bug|fire|strike|shortage|breakdown|glitch)"
                    + " (?:\\w+ ){0,4}(?:stopped|reset|broke|deleted|dropped|corrupted|blocked|delayed|knocked out"
                    + "|took down|wiped)\\b"));

    private ExplanationCues() {
    }

    static List<Cue.Hit> find(DraftSentence sentence) {
        return Cue.hits(CUES, sentence);
    }
}
