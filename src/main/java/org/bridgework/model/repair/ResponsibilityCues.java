package org.bridgework.model.repair;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Acknowledgement of responsibility: we (or I, or our team) plainly own the fault — "we were wrong", "the fault
 * is ours", "that's on us", "we've let you down", "we should have told you", "we didn't keep our promise".
 * Negated ("not our fault", "not entirely our fault"), hedged ("if we let you down", "we may have") or deflected
 * ("sorry you feel we let you down") wordings do not count.
 */
final class ResponsibilityCues {
    private static final String WE = Cue.WE;
    private static final String SUBJECT = Cue.WE_OR_OUR_TEAM;
    private static final String ADVERB = "(?:(?:really|truly|simply|clearly|just|badly|completely|totally|also|then"
            + "|certainly|honestly|plainly) )?";
    private static final String DEGREE = "(?:(?:fully|solely|entirely|wholly|completely|totally|squarely|clearly) )?";
    private static final Pattern DEFLECTION = Cue.compile(
            "\\b(?:sorry|regret|apologi\\w+) (?:that )?(?:you|anyone|anybody) (?:may |might )?(?:feel|felt|think|thought"
                    + "|believe|see|saw|were|are|found)\\b|\\byou (?:may |might )?(?:feel|felt|think|believe)\\b");

    /** "We do not accept that we were at fault" denies what follows it. */
    private static final Pattern DENIAL = Cue.compile("\\b(?:not|never|no longer) (?:accept|admit|agree|believe|think"
            + "|concede|feel)(?:s|ed)? (?:that )?$");

    private static final List<Cue> CUES = List.of(
            Cue.unlessHedged(SUBJECT + " " + ADVERB + "(?:were|was|are|am|is) " + DEGREE
                    + "(?:wrong|at fault|to blame|responsible|accountable|careless|negligent|late|slow|mistaken)\\b"),
            Cue.unlessHedged(SUBJECT + " " + ADVERB + "(?:have |had )?(?:let you down|let (?:this|it|that|things"
                    + "|the ball) (?:slip|drop|drag)|dropped the ball|messed up|screwed up|slipped up|fell short"
                    + "|fallen short|failed\\b|made (?:(?:a|an|the|this|that|some|several|two|a few|one) )?(?:\\w+ )?"
                    + "(?:mistakes?|errors?|bad call|misjudge?ments?|mess)|got (?:\\w+ ){0,3}wrong|missed|overlooked"
                    + "|forgot|forgotten|mishandled|neglected|ignored|misread|misjudged|broke|skipped"
                    + "|kept you (?:waiting|in the dark|guessing)|let (?:\\w+ ){1,3}(?:slip|drop|drag|drift|slide))"),
            Cue.unlessHedged(SUBJECT + " (?:\\w+ed|ran|did|dealt with|took|made) (?:\\w+ ){0,3}(?:badly|poorly|wrongly"
                    + "|carelessly)\\b"),
            Cue.unlessHedged(SUBJECT + " (?:\\w+ed|sent|put|gave|took|made|got|kept|did|wrote|told|brought|built|sold"
                    + "|paid) (?:\\w+ ){0,2}(?:the wrong|twice|too late|too early|too much)\\b"),
            Cue.guarded("\\b(?:we|i) (?:fully )?accept (?:that|this|it)(?=[.!;,]|$)"),
            Cue.guarded("\\bour (?:\\w+ ){1,4}(?:was|were|has been) (?:poor|wrong|careless|sloppy|unacceptable|inexcusable"
                    + "|not good enough|below standard)\\b"),
            Cue.unlessHedged(SUBJECT + " (?:did|do|have|had|has|was|were) not (?:\\w+ )?(?:keep|kept|deliver|tell"
                    + "|check|follow|listen|call|warn|test|send|meet|honour|honor|return|reply|respond|answer|update"
                    + "|inform|give|do|live up|lived up|read|act|flag|escalate|share|pass|straight|honest|clear|open"
                    + "|upfront|transparent|careful|ready|prepared)\\b"),
            Cue.unlessHedged(WE + " (?:should|ought to|must) (?:not |never )?have\\b"),
            Cue.guarded("\\b(?:our|my) (?:own )?(?:fault|mistake|error|doing|oversight|failure|blunder)\\b"),
            Cue.guarded("\\b(?:fault|mistake|error|blame|responsibility|failure)s? (?:is|was|lies|lay|rests) "
                    + "(?:entirely |all |fully |solely |wholly )?(?:ours|mine|with us|with me|on us|on me)\\b"),
            Cue.guarded("\\b(?:that|this|it|that one|this one|(?:that|this|the) (?:mistake|error|delay|failure|one))"
                    + " (?:is|was) (?:all |entirely |squarely )?on (?:us|me)\\b"),
            Cue.guarded("\\b(?:take|takes|taking|accept|accepts|accepting) (?:full |complete |total |sole |all |the )?"
                    + "(?:responsibility|blame|ownership)\\b"),
            Cue.guarded(WE + " (?:own|owned) (?:this|it|that|up|the (?:mistake|error|failure|problem)|our (?:mistake|part))\\b"),
            Cue.guarded(WE + " have no excuse|\\bthere is no excuse for (?:what|how) (?:we|i)\\b"),
            Cue.unlessHedged(WE + "\\b.*(?<w>\\b(?:which|that|this) (?:is|was) (?:wrong|a mistake|unacceptable|careless"
                    + "|inexcusable|not good enough))\\b"),
            Cue.unlessHedged(WE + " (?:were|was|am|are) the ones? (?:who|that)\\b"),
            Cue.guarded("\\b(?:apologi[sz]e|sorry|apologies|apology) for (?:not |failing to |our |my )?(?:missing"
                    + "|not \\w+ing|letting|failing|forgetting|overlooking|keeping you waiting|getting|mishandling"
                    + "|losing|ignoring|breaking)\\b"));

    private ResponsibilityCues() {
    }

    static List<Cue.Hit> find(DraftSentence sentence) {
        String text = sentence.text();
        return Cue.hits(CUES, sentence).stream()
                .filter(hit -> !DEFLECTION.matcher(text.substring(0, hit.start())).find())
                .filter(hit -> !DENIAL.matcher(text.substring(0, hit.start())).find()).toList();
    }
}
