package org.bridgework.model.repair;

/**
 * Where a commitment stands, as stored. Overdue is never stored: see {@link DisplayStatus}.
 * {@link #DROPPED} is dropped by us alone, which they see as a promise broken, so it counts as not kept;
 * {@link #DROPPED_BY_AGREEMENT} is dropped with their agreement and counts neither way.
 */
public enum CommitmentStatus {
    PLANNED, IN_PROGRESS, DONE, MISSED, DROPPED, DROPPED_BY_AGREEMENT;

    /** Still to be done: planned or in progress. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    /** No longer being done, with or without their agreement. */
    public boolean isDropped() {
        return this == DROPPED || this == DROPPED_BY_AGREEMENT;
    }
}
