package org.bridgework.model.repair;

/**
 * The status shown to the user: the stored {@link CommitmentStatus}, except that an open commitment past its
 * due date shows as {@link #OVERDUE}. Derived by {@link CommitmentRules#displayStatus}, never stored.
 */
public enum DisplayStatus {
    PLANNED, IN_PROGRESS, OVERDUE, DONE, MISSED, DROPPED, DROPPED_BY_AGREEMENT
}
