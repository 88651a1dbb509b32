package org.bridgework.model.repair;

/**
 * What the facts show about our part in the breach, asked in Own our part. When our honesty is questioned, the
 * right reply turns on it: a denial repaired more trust than an apology only while the facts backed it, and an
 * apology did better once evidence of fault came out (Kim, Ferrin, Cooper &amp; Dirks, 2004).
 */
public enum FaultFinding {
    /** The facts show we were at fault. */
    AT_FAULT,
    /** We checked, and on these facts we were not at fault. */
    NOT_AT_FAULT,
    /** Not yet known: we say when they will have the facts. */
    NOT_YET_KNOWN
}
