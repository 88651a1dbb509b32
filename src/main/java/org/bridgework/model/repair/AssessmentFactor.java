package org.bridgework.model.repair;

/** The inputs of {@link VerdictAdvisor}, so a reason can point at the field it is about. */
public enum AssessmentFactor {
    /** Mean of {@link Assessment#theyBringUs()}. */
    VALUE_TO_US,
    /** Mean of {@link Assessment#weBringThem()}. */
    VALUE_TO_THEM,
    COST_OF_REPAIR,
    ALTERNATIVES,
    RISK_OF_INACTION
}
