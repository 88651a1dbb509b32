package org.bridgework.model.repair;

/** Where a commitment stands, as stored. Overdue is never stored: see {@link DisplayStatus}. */
public enum CommitmentStatus {
    PLANNED, IN_PROGRESS, DONE, MISSED, DROPPED;

    /** Still to be done: planned or in progress. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
