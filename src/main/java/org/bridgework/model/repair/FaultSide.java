package org.bridgework.model.repair;

/** Who was at fault in the breach, as the manager sees it once the facts are in. */
public enum FaultSide {
    US, THEM, BOTH;

    /** They carry some of the fault: forgiving them is part of the repair. */
    public boolean includesThem() {
        return this == THEM || this == BOTH;
    }
}
