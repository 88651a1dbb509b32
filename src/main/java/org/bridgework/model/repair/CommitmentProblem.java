package org.bridgework.model.repair;

/** What {@link CommitmentRules#problems(Commitment)} finds wrong with a commitment; the UI phrases it. */
public enum CommitmentProblem {
    MISSING_WHAT(Severity.ERROR),
    MISSING_OWNER(Severity.ERROR),
    MISSING_DUE_DATE(Severity.ERROR),
    /** No measure of success: how will they see it was done? */
    MISSING_MEASURE(Severity.WARNING),
    /** Done, but not when; it still counts as kept (see {@link FollowThrough}). */
    MISSING_COMPLETION_DATE(Severity.WARNING);

    private final Severity severity;

    CommitmentProblem(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
