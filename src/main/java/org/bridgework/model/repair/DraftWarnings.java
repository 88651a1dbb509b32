package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marks of a non-apology in a whole draft: the wordings of {@link WarningCues}, plus three that need more
 * than one sentence — a "but" or "however" right after the apology, an explanation far longer than the owning
 * up, and a promise only to look into it.
 */
final class DraftWarnings {
    /** An explanation is "much longer" when its sentences have at least this many words... */
    static final int LONG_EXPLANATION_WORDS = 20;
    /** ...and more than this many times the words of the sentences that own the fault. */
    static final int LONG_EXPLANATION_RATIO = 3;
    private static final Pattern TAKING_BACK = Cue.compile("\\b(?:but|however|yet|though|although|that said)\\b");
    private static final Pattern OPENS_WITH_TAKING_BACK = Cue.compile(
            "^\\W*(but|however|that said|having said that|still|nevertheless|nonetheless)\\b");
    private static final Pattern LOOK_INTO = Cue.compile("\\b(?:look(?:ing)? into|look(?:ing)? at (?:it|this|what)"
            + "|investigat(?:e|ing|ion)|review(?:ing)? (?:the|this) matter|get(?:ting)? back to you|be in (?:touch"
            + "|contact)|come back to you|see what (?:we|i) can do)\\b");
    /** Marks that show the draft is meant as an apology even where regret and ownership are not found. */
    private static final List<WarningKind> APOLOGY_MARKS = List.of(WarningKind.CONDITIONAL, WarningKind.DEFLECTING,
            WarningKind.PASSIVE, WarningKind.PARTIAL_DENIAL);

    private final Map<WarningKind, List<MatchedWords>> found = new EnumMap<>(WarningKind.class);

    private DraftWarnings() {
    }

    static List<ApologyWarning> find(List<SentenceParts> sentences) {
        DraftWarnings warnings = new DraftWarnings();
        for (SentenceParts parts : sentences) {
            for (WarningKind kind : WarningCues.phraseKinds()) {
                WarningCues.find(kind, parts.sentence()).forEach(words -> warnings.add(kind, words));
            }
        }
        warnings.takingBack(sentences);
        warnings.longExplanation(sentences);
        warnings.onlyLookInto(sentences);
        List<ApologyWarning> list = new ArrayList<>();
        warnings.found.forEach((kind, words) -> list.add(new ApologyWarning(kind, words)));
        return List.copyOf(list);
    }

    private void add(WarningKind kind, MatchedWords words) {
        found.computeIfAbsent(kind, k -> new ArrayList<>()).add(words);
    }

    private void takingBack(List<SentenceParts> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            List<Cue.Hit> regret = sentences.get(i).get(ApologyComponent.REGRET);
            if (regret.isEmpty()) {
                continue;
            }
            DraftSentence sentence = sentences.get(i).sentence();
            Matcher same = TAKING_BACK.matcher(sentence.text());
            if (same.find(regret.get(regret.size() - 1).end())) {
                add(WarningKind.BUT_AFTER_APOLOGY, sentence.span(same.start(), same.end()));
            } else if (i + 1 < sentences.size()) {
                DraftSentence next = sentences.get(i + 1).sentence();
                Matcher opening = OPENS_WITH_TAKING_BACK.matcher(next.text());
                if (opening.find()) {
                    add(WarningKind.BUT_AFTER_APOLOGY, next.span(opening.start(1), opening.end(1)));
                }
            }
        }
    }

    /**
     * Words in sentences that explain without owning or saying sorry, against words in sentences that own the
     * fault. A sentence
     * with none of the six parts in an apology is account-giving too ("our supplier had a fire, customs held the
     * lorry..."), so it counts as explaining.
     */
    private void longExplanation(List<SentenceParts> sentences) {
        int explaining = 0;
        int owning = 0;
        boolean apology = false;
        for (SentenceParts parts : sentences) {
            apology |= parts.has(ApologyComponent.REGRET) || parts.has(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY);
            if (parts.has(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY)) {
                owning += parts.sentence().words();
            } else if (!parts.has(ApologyComponent.REGRET)
                    && (parts.has(ApologyComponent.EXPLANATION) || parts.hasNone())) {
                explaining += parts.sentence().words();
            }
        }
        if (apology && explaining >= LONG_EXPLANATION_WORDS && explaining > LONG_EXPLANATION_RATIO * owning) {
            found.put(WarningKind.LONG_EXPLANATION, List.of());
        }
    }

    private void onlyLookInto(List<SentenceParts> sentences) {
        boolean apology = !found.keySet().stream().filter(APOLOGY_MARKS::contains).toList().isEmpty();
        List<MatchedWords> lookInto = new ArrayList<>();
        for (SentenceParts parts : sentences) {
            if (parts.has(ApologyComponent.OFFER_OF_REPAIR)) {
                return;
            }
            apology |= parts.has(ApologyComponent.REGRET) || parts.has(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY);
            Matcher m = LOOK_INTO.matcher(parts.sentence().text());
            while (m.find()) {
                lookInto.add(parts.sentence().span(m.start(), m.end()));
            }
        }
        if (apology && !lookInto.isEmpty()) {
            found.put(WarningKind.ONLY_LOOK_INTO, lookInto);
        }
    }
}
