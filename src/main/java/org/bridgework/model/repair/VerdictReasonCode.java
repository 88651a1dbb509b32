package org.bridgework.model.repair;

/** What a {@link VerdictReason} says about its factor; the UI phrases it. */
public enum VerdictReasonCode {
    /** A required input is not rated, so no score can be computed. */
    NOT_ENOUGH_INFORMATION,
    /** An input lies outside 0..5, so it cannot be used. */
    RATING_OUT_OF_RANGE,
    /** The factor pushes towards repair. */
    FAVOURS_REPAIR,
    /** The factor pushes towards letting go. */
    FAVOURS_LETTING_GO,
    /** The factor is moderate and pushes neither way. */
    NEUTRAL,
    /** We bring them little (mean at most {@link VerdictAdvisor#LOW}); both sides must gain, so REPAIR becomes REVISIT. */
    ONE_SIDED
}
