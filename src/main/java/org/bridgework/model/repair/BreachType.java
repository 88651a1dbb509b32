package org.bridgework.model.repair;

/**
 * Which ground of their trust the damage questions: our ability, our care for their interests, or our honesty
 * (the three grounds of Mayer, Davis &amp; Schoorman, 1995). Ability and honesty call for different repair (Kim,
 * Ferrin, Cooper &amp; Dirks, 2004); see {@link RepairAdvisor}. Declared from the least to the gravest:
 * {@link BreachClassifier} takes the gravest any incident points to.
 */
public enum BreachType {
    /** We could not do what we said: a failure of skill, process or capacity. */
    COMPETENCE,
    /** They doubt we care: another client put first, indifference, things kept from them. */
    BENEVOLENCE,
    /** They doubt we meant what we said: a question of honesty or good faith. */
    INTEGRITY
}
