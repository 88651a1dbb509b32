package org.bridgework.model.repair;

/** How much it matters that an apology component is missing. */
public enum Importance {
    /** Missing it weakens the apology a lot. */
    IMPORTANT,
    /** Worth adding. */
    MINOR,
    /** Fine to leave out. */
    NONE
}
