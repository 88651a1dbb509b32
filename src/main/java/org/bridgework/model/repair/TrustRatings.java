package org.bridgework.model.repair;

/**
 * One perspective of a check-in: each item rated 1..5. Values outside 1..5 are kept as given and reported by
 * {@link TrustRules#problems(TrustCheckIn)}, so the UI can show them inline.
 *
 * @param ability     1..5
 * @param benevolence 1..5
 * @param integrity   1..5
 */
public record TrustRatings(int ability, int benevolence, int integrity) {
    public static final int MIN = 1;
    public static final int MAX = 5;
    /** Nothing rated yet (0 is below the scale): how a new check-in starts, left out of every score. */
    public static final TrustRatings NOT_RATED = new TrustRatings(0, 0, 0);

    public int value(TrustItem item) {
        return switch (item) {
            case ABILITY -> ability;
            case BENEVOLENCE -> benevolence;
            case INTEGRITY -> integrity;
        };
    }

    /** True when every item is within 1..5. */
    public boolean inRange() {
        for (TrustItem item : TrustItem.values()) {
            if (value(item) < MIN || value(item) > MAX) {
                return false;
            }
        }
        return true;
    }
}
