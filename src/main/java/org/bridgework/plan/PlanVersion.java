package org.bridgework.plan;

/**
 * Who the plan is for. The choice is printed on the document, so a copy handed over is never mistaken
 * for the other.
 */
public enum PlanVersion {
    /** Everything, for our side. */
    INTERNAL,
    /**
     * For the counterpart. Leaves out what is ours alone: the value assessment and its verdict, the
     * relationship's notes, the wider problem in our organisation, our preparation (key messages),
     * how conversations felt and what they showed about us, an apology not given yet, their response to it,
     * what we forgive, the notes behind trust check-ins and our lessons learned.
     */
    SHAREABLE;

    public boolean internal() {
        return this == INTERNAL;
    }
}
