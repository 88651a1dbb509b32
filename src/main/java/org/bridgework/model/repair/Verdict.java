package org.bridgework.model.repair;

/** What to do about the relationship: suggested by {@link VerdictAdvisor}, decided by the manager. */
public enum Verdict {
    /** Work through the repair steps. */
    REPAIR,
    /** Let the relationship go. */
    LET_GO,
    /** Not clear yet; look again on a date. */
    REVISIT
}
