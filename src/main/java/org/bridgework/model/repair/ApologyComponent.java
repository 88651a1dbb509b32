package org.bridgework.model.repair;

/**
 * The six components of an effective apology (Lewicki, Polin &amp; Lount, 2016), in the order they are usually
 * said. In that study apologies with more of them were rated as more effective, and some counted more than
 * others; the ranking below is from its results as usually reported, not from its abstract.
 */
public enum ApologyComponent {
    REGRET(Importance.MINOR),
    EXPLANATION(Importance.MINOR),
    /** Reported as counting most. */
    ACKNOWLEDGEMENT_OF_RESPONSIBILITY(Importance.IMPORTANT),
    DECLARATION_OF_REPENTANCE(Importance.MINOR),
    /** Reported as counting next most. */
    OFFER_OF_REPAIR(Importance.IMPORTANT),
    /** Reported as counting least; may be left out. */
    REQUEST_FOR_FORGIVENESS(Importance.NONE);

    private final Importance whenMissing;

    ApologyComponent(Importance whenMissing) {
        this.whenMissing = whenMissing;
    }

    /** How much it matters if an apology lacks this component. */
    public Importance importanceWhenMissing() {
        return whenMissing;
    }
}
