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
    /** We bring them little (mean at most {@link VerdictAdvisor#LOW}): a warning, it does not change the verdict. */
    ONE_SIDED,
    /** They still talk to us: the door is open. */
    DOOR_OPEN,
    /** They have stopped answering: the repair starts by reaching them. */
    DOOR_AJAR,
    /** They signed elsewhere: a full repair cannot win back what is gone, so REPAIR becomes REVISIT. */
    DOOR_CLOSED,
    /** The fault was ours: ours to own and put right. */
    OURS_TO_OWN,
    /** They carry some or all of the fault: forgive on conditions, with a way to check them. */
    FORGIVE_ON_CONDITIONS,
    /** We expect a repeat on our side: a safeguard is part of the repair. */
    SAFEGUARD_NEEDED,
    /** They were at fault, we cannot rely on them and expect a repeat: REPAIR becomes REVISIT. */
    REPEAT_LIKELY_FROM_THEM,
    /** An internal team is never let go: LET_GO becomes REVISIT, and escalation is offered instead. */
    ESCALATE_INSTEAD
}
