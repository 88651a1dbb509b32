package org.bridgework.model.repair;

import java.util.List;

/**
 * Declaration of repentance: it will not happen again, or what we have changed so that it does not
 * ("we've added a second check", "from now on every release is tested twice"). "We will try to do better" is
 * too vague to count.
 */
final class RepentanceCues {
    private static final String WE = Cue.WE;
    private static final List<Cue> CUES = List.of(
            Cue.unlessHedged("\\b(?:not|never) (?:happens?|recurs?|occurs?|be repeated)(?: again| a second time)?\\b"
                    + "|\\bnever again\\b"),
            Cue.unlessHedged(WE + " (?:have|has) (?:now |since |already )?(?:changed|added|put|introduced|retrained"
                    + "|tightened|made changes|made a change|learned|learnt|set up|brought in|appointed|rewritten"
                    + "|redesigned|reorganised|reorganized)\\b"),
            Cue.unlessHedged(WE + " (?:are|am) (?:now )?(?:changing|adding|introducing|retraining|tightening"
                    + "|putting in place|putting in|setting up|bringing in|redesigning)\\b"),
            Cue.unlessHedged("\\b(?:from now on|going forward|in (?:the )?future|from today|from this point on"
                    + "|henceforth)\\b"),
            Cue.unlessHedged(WE + " now (?:confirm|check|send|test|review|call|require|ask|use|double-check|sign"
                    + "|have)\\b|\\b(?:every|each|all) \\w+ now (?:goes|go|gets|get|is|are|has|have)\\b"
                    + "|\\bnow (?:signs?|checks?|reviews?|approves?|tests?|confirms?) (?:off )?(?:every|each|all)\\b"),
            Cue.unlessHedged("\\b(?:taught|teaches) (?:us|me)\\b"),
            Cue.unlessHedged(WE + " (?:are|am|have) (?:now )?(?:putting|put|adding|added) (?:a |an )?(?:second|extra|new"
                    + "|additional|weekly|daily|independent) (?:\\w+ )?(?:checks?|approvers?|reviews?|reviewers?|steps?"
                    + "|sign-offs?|controls?|alerts?|tests?)\\b"),
            Cue.unlessHedged(WE + " will (?:not|never) (?:let|allow) (?:this|that|it) (?:to )?happen\\b"));

    private RepentanceCues() {
    }

    static List<Cue.Hit> find(DraftSentence sentence) {
        return Cue.hits(CUES, sentence);
    }
}
