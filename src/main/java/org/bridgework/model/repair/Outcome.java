package org.bridgework.model.repair;

/** How the repair ended. */
public enum Outcome {
    RESTORED, STRONGER_THAN_BEFORE,
    /** The work goes on, with safeguards kept in place. */
    CONTINUED_WITH_SAFEGUARDS,
    LET_GO
}
