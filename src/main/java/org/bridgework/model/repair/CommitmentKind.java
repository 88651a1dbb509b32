package org.bridgework.model.repair;

/**
 * What sort of action a commitment is. Repair works through words, through restoring the balance (amends),
 * and through safeguards (Dirks, Lewicki &amp; Zaheer, 2009); these kinds cover the last two.
 */
public enum CommitmentKind {
    /** Extra help or attention for them. */
    SUPPORT,
    /** A change to how we work. */
    PROCESS_CHANGE,
    /** People, time or tools put at their disposal. */
    RESOURCES,
    /** Making amends: a credit, refund or free work. */
    COMPENSATION,
    /** A scheduled contact to see how things are going. */
    CHECK_IN,
    /** A contract term or control that guards against a repeat. */
    SAFEGUARD
}
