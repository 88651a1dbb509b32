package org.bridgework.model.repair;

import java.util.Objects;

/**
 * Step 6 worksheet: apologise and forgive.
 *
 * @param apology     our apology
 * @param forgiveness what we forgive and how we move on
 */
public record Reconciliation(Apology apology, Forgiveness forgiveness) {

    public Reconciliation {
        apology = Objects.requireNonNullElse(apology, Apology.none());
        forgiveness = Objects.requireNonNullElse(forgiveness, Forgiveness.none());
    }

    /** A blank worksheet. */
    public static Reconciliation empty() {
        return new Reconciliation(Apology.none(), Forgiveness.none());
    }
}
