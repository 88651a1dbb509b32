package org.bridgework.model.repair;

/** What kind of thing went wrong in an {@link Incident}. {@link BreachClassifier} maps each to a breach type. */
public enum IncidentKind {
    MISSED_DEADLINE,
    DEAL_FELL_THROUGH,
    /** The result did not meet expectations. */
    BELOW_EXPECTATIONS,
    MISCOMMUNICATION,
    MISUNDERSTANDING,
    BREACH_OF_TRUST,
    OTHER
}
