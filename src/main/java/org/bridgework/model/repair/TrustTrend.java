package org.bridgework.model.repair;

/** Which way trust moved between the last two check-ins; see {@link TrustRules#trend}. */
public enum TrustTrend {
    UP, DOWN, FLAT;

    /** UP or DOWN when the scores differ by more than {@link TrustRules#TOLERANCE}, else FLAT. */
    public static TrustTrend between(double previous, double latest) {
        double change = latest - previous;
        if (change > TrustRules.TOLERANCE) {
            return UP;
        }
        return change < -TrustRules.TOLERANCE ? DOWN : FLAT;
    }
}
