package org.bridgework.model.repair;

/** The inputs of {@link VerdictAdvisor}, so a reason can point at the field it is about. */
public enum AssessmentFactor {
    /** Mean of {@link Assessment#theyBringUs()}. */
    VALUE_TO_US,
    /** Mean of {@link Assessment#weBringThem()}. */
    VALUE_TO_THEM,
    COST_OF_REPAIR,
    ALTERNATIVES,
    RISK_OF_INACTION,
    /** {@link Assessment#door()}: whether they still deal with us. */
    DOOR,
    /** {@link Assessment#atFault()}: who was at fault. */
    FAULT,
    /** {@link Assessment#theirTrustworthiness()}. */
    THEIR_TRUSTWORTHINESS,
    /** {@link Assessment#chanceOfRepeat()}. */
    CHANCE_OF_REPEAT,
    /** The relationship's kind: an internal team is never let go. */
    RELATIONSHIP_KIND
}
