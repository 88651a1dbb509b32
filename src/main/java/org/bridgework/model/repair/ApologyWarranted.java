package org.bridgework.model.repair;

/** Whether an apology is warranted, as decided while preparing. */
public enum ApologyWarranted {
    YES, NO, UNDECIDED
}
