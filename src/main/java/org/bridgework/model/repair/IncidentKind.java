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
    /** Another client's work or wishes were put before theirs. */
    ANOTHER_CLIENT_PUT_FIRST,
    /** We showed no interest in the harm to them: slow, offhand or no reply. */
    INDIFFERENCE,
    /** Something they needed to know was kept from them, or told late. */
    CONCEALMENT,
    OTHER
}
