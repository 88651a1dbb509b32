package org.bridgework.model.repair;

/**
 * The six components of an effective apology (Lewicki, Polin &amp; Lount, 2016), in the order they are usually
 * said. The more an apology has, the better it works; they are not equally important.
 */
public enum ApologyComponent {
    REGRET(Importance.MINOR),
    EXPLANATION(Importance.MINOR),
    /** The most important component. */
    ACKNOWLEDGEMENT_OF_RESPONSIBILITY(Importance.IMPORTANT),
    DECLARATION_OF_REPENTANCE(Importance.MINOR),
    /** The second most important component. */
    OFFER_OF_REPAIR(Importance.IMPORTANT),
    /** The least important component; may be left out. */
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
