package org.bridgework.model.repair;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The wordings that mark a non-apology by themselves, sentence by sentence. */
final class WarningCues {
    private static final String APOLOGY = "(?:sorry|apologi[sz]e|apologies|regret)";
    private static final Map<WarningKind, List<Cue>> CUES = new EnumMap<>(WarningKind.class);

    static {
        CUES.put(WarningKind.CONDITIONAL, List.of(
                Cue.unlessNegated("\\b" + APOLOGY + " (?:\\w+ ){0,2}if\\b"),
                Cue.unlessNegated("\\bif\\b.*\\b" + APOLOGY + "\\b"),
                Cue.unlessNegated("\\bin any way\\b|\\bany inconvenience\\b"),
                Cue.unlessNegated("\\b(?:we|i) (?:may|might|could) have (?:\\w+ )?(?:made|missed|been|caused|got|let"
                        + "|dropped|overlooked|forgotten|failed|upset|offended|misunderstood|done)\\b"),
                Cue.unlessNegated("\\bperhaps (?:we|i)\\b|\\b(?:we|i) (?:may|might|could) have (?:\\w+ ){1,2}(?:better"
                        + "|sooner|differently|more clearly)\\b"),
                Cue.unlessNegated("\\bif (?:we|i) (?:have |had )?(?:\\w+ )?(?:let|made|caused|upset|offended|failed"
                        + "|got|were|was|fell)\\b")));
        CUES.put(WarningKind.DEFLECTING, List.of(
                Cue.unlessNegated("\\b" + APOLOGY + " (?:that )?(?:you|anyone|anybody|some of you|your team) "
                        + "(?:may |might )?(?:feel|felt|were|are|see|saw|think|thought|believe|found|took|have been"
                        + "|got)\\b")));
        CUES.put(WarningKind.PASSIVE, List.of(
                Cue.unlessNegated("\\b(?:mistakes?|errors?|misjudge?ments?|oversights?) (?:were|was|have been|has been"
                        + "|had been) made\\b(?! by\\b)"),
                Cue.unlessNegated("\\b(?:was|were|has been|have been|had been) (?:\\w+ )?(?:missed|overlooked|mishandled"
                        + "|dropped|lost|forgotten|ignored|mislaid|misplaced|botched|neglected)\\b(?! by\\b)"),
                Cue.unlessNegated("\\b(?:was|were|has been|have been|had been) not (?:returned|sent|delivered|followed"
                        + "|answered|done|passed on|shipped)\\b(?! by\\b)")));
        CUES.put(WarningKind.BLAMES_THEM, List.of(
                Cue.unlessNegated("\\byou (?:\\w+ )?(?:did not|never|failed to|forgot|changed|sent|were late|missed"
                        + "|signed off|gave us|ignored|refused|cancelled|delayed)\\b"),
                Cue.unlessNegated("\\byour (?:own )?(?:\\w+ ){0,2}(?:team|staff|people|department|lead|manager|side"
                        + "|approval|colleagues|office|buyer|engineers?)(?: also| then)? (?:failed|did not|never|held"
                        + "|sent|missed|forgot|came in late|was late|were late|changed|cancelled|delayed|ignored"
                        + "|refused)\\b"),
                Cue.unlessNegated("\\bhad you\\b|\\bif (?:only )?you had\\b|\\bif your (?:\\w+ ){1,2}had\\b"),
                Cue.unlessNegated("\\byour (?:own )?(?:mistake|error|fault|oversight)\\b")));
        CUES.put(WarningKind.PARTIAL_DENIAL, List.of(
                Cue.unlessHedged("\\bnot (?:entirely|wholly|completely|solely|all|only|just|fully|totally) (?:our|my"
                        + "|down to us|ours|mine|us\\b|the fault of)"),
                Cue.unlessHedged("\\bonly partly (?:ours|our|mine|my|to blame|us)\\b"),
                Cue.unlessHedged("\\b(?:we|i) (?:were|was|are|am) not the only ones?\\b")));
    }

    private WarningCues() {
    }

    static List<MatchedWords> find(WarningKind kind, DraftSentence sentence) {
        return Cue.findAll(CUES.getOrDefault(kind, List.of()), sentence);
    }

    static Iterable<WarningKind> phraseKinds() {
        return CUES.keySet();
    }
}
