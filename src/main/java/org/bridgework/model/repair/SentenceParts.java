package org.bridgework.model.repair;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of an apology found in one sentence.
 *
 * @param sentence the sentence
 * @param hits     per part, the matches (every part is a key)
 */
record SentenceParts(DraftSentence sentence, Map<ApologyComponent, List<Cue.Hit>> hits) {

    static SentenceParts of(DraftSentence sentence) {
        Map<ApologyComponent, List<Cue.Hit>> hits = new EnumMap<>(ApologyComponent.class);
        hits.put(ApologyComponent.REGRET, RegretCues.find(sentence));
        hits.put(ApologyComponent.EXPLANATION, ExplanationCues.find(sentence));
        hits.put(ApologyComponent.ACKNOWLEDGEMENT_OF_RESPONSIBILITY, ResponsibilityCues.find(sentence));
        hits.put(ApologyComponent.DECLARATION_OF_REPENTANCE, RepentanceCues.find(sentence));
        hits.put(ApologyComponent.OFFER_OF_REPAIR, RepairCues.find(sentence));
        hits.put(ApologyComponent.REQUEST_FOR_FORGIVENESS, ForgivenessCues.find(sentence));
        return new SentenceParts(sentence, hits);
    }

    boolean has(ApologyComponent component) {
        return !hits.get(component).isEmpty();
    }

    /** None of the six parts was found in the sentence. */
    boolean hasNone() {
        return hits.values().stream().allMatch(List::isEmpty);
    }

    List<Cue.Hit> get(ApologyComponent component) {
        return hits.get(component);
    }
}
