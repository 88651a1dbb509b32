package org.bridgework.model.repair;

/**
 * The status shown to the user: the stored {@link CommitmentStatus}, except that an open commitment past its
 * due date shows as {@link #OVERDUE}. Derived by {@link CommitmentRules#displayStatus}, never stored.
 */
public enum DisplayStatus {
    PLANNED, IN_PROGRESS, OVERDUE, DONE, MISSED, DROPPED, DROPPED_BY_AGREEMENT,
    /** Dropped by us, and it was an offer of repair made in the apology: a promise to them, broken. */
    OFFER_DROPPED
}
