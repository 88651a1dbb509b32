package org.bridgework.model.repair;

/**
 * Whether the damage questions our ability or our honesty. The two call for different repair (Kim, Ferrin,
 * Cooper &amp; Dirks, 2004); see {@link RepairAdvisor}.
 */
public enum BreachType {
    /** We could not do what we said: a failure of skill, process or capacity. */
    COMPETENCE,
    /** They doubt we meant what we said: a question of honesty or good faith. */
    INTEGRITY
}
