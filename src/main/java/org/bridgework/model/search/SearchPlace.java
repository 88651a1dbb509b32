package org.bridgework.model.search;

import java.util.Locale;
import java.util.Optional;
import org.bridgework.model.repair.RepairStep;

/**
 * Where in a relationship's worksheets a text is kept, as the worksheet index names it (its {@code source}): one
 * text of a step's sheet, or an entry of one of its lists. Each knows its step, so a match can open there.
 */
public enum SearchPlace {
    NOTES(null),
    DECISION_REASON(RepairStep.ASSESS),
    FIRST_RESPONSE(RepairStep.ASSESS),
    THEIR_ACCOUNT(RepairStep.UNDERSTAND),
    OUR_ACCOUNT(RepairStep.UNDERSTAND),
    ROOT_CAUSE(RepairStep.UNDERSTAND),
    WIDER_PROBLEM(RepairStep.UNDERSTAND),
    INCIDENT(RepairStep.UNDERSTAND),
    WHAT_WE_DID(RepairStep.OWN),
    WHAT_WE_WILL_CHANGE(RepairStep.OWN),
    SPOKESPERSON(RepairStep.OWN),
    FACTS_FOR_THEM(RepairStep.OWN),
    THEIR_LIKELY_VIEW(RepairStep.PREPARE),
    THEIR_INTERESTS(RepairStep.PREPARE),
    MEETING(RepairStep.PREPARE),
    FACT(RepairStep.PREPARE),
    KEY_MESSAGE(RepairStep.PREPARE),
    CONVERSATION(RepairStep.TALK),
    APOLOGY(RepairStep.APOLOGISE),
    THEIR_RESPONSE(RepairStep.APOLOGISE),
    RESPONSE_INSTEAD(RepairStep.APOLOGISE),
    FORGIVENESS(RepairStep.APOLOGISE),
    REPAIR_OFFER(RepairStep.APOLOGISE),
    COMMITMENT(RepairStep.ACT),
    LESSONS(RepairStep.REBUILD),
    CHECK_IN(RepairStep.REBUILD);

    private static final java.util.Map<String, SearchPlace> BY_SOURCE = java.util.Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(SearchPlace::source, place -> place));

    private final RepairStep step;

    SearchPlace(RepairStep step) {
        this.step = step;
    }

    /** The step whose worksheet holds it; empty for the relationship's notes (its details form). */
    public Optional<RepairStep> step() {
        return Optional.ofNullable(step);
    }

    /** The name the index gives it ({@code search_entry.source}). */
    public String source() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The place the index names {@code source}; empty for one this version does not know. */
    public static Optional<SearchPlace> ofSource(String source) {
        return Optional.ofNullable(BY_SOURCE.get(source));
    }
}
