package org.bridgework.model.repair;

/** Whose trust a check-in rating is about. */
public enum TrustPerspective {
    /** How much we trust them. */
    OUR_TRUST_IN_THEM,
    /** How much we believe they trust us (our reading; we cannot rate it for them). */
    THEIR_TRUST_IN_US;

    /** The other direction. */
    public TrustPerspective other() {
        return this == OUR_TRUST_IN_THEM ? THEIR_TRUST_IN_US : OUR_TRUST_IN_THEM;
    }
}
