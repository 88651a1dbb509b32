package org.bridgework.model.repair;

/** How the repair ended. */
public enum Outcome {
    RESTORED, STRONGER_THAN_BEFORE, LET_GO
}
