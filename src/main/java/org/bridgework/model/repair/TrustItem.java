package org.bridgework.model.repair;

/** The three factors of trustworthiness (Mayer &amp; Davis, 1999), each one short item in a check-in. */
public enum TrustItem {
    /** They can do what is needed. */
    ABILITY,
    /** They want to do right by the other side. */
    BENEVOLENCE,
    /** They keep to principles the other side accepts. */
    INTEGRITY
}
