package org.bridgework.model.week;

import org.bridgework.model.repair.RepairStep;

/** What an agenda item asks of the manager, and the worksheet step where it is dealt with. */
public enum AgendaKind {
    /** A commitment still open on or after its due date, or due this week. */
    COMMITMENT(RepairStep.ACT),
    /** A trust check-in owed by the repair's rhythm. */
    CHECK_IN(RepairStep.REBUILD),
    /** The date the manager chose to look at the relationship again. */
    REVISIT(RepairStep.ASSESS),
    /** The planned conversation. */
    MEETING(RepairStep.PREPARE),
    /** No conversation logged for longer than the chosen number of days. */
    GONE_QUIET(RepairStep.TALK);

    private final RepairStep step;

    AgendaKind(RepairStep step) {
        this.step = step;
    }

    /** Where Enter opens the relationship. */
    public RepairStep step() {
        return step;
    }
}
