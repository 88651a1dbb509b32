package org.bridgework.model.repair;

/**
 * How many commitments due so far were kept; see {@link FollowThrough#rate}.
 *
 * @param kept commitments done on time
 * @param due  commitments due so far; positive
 */
public record FollowThroughRate(int kept, int due) {

    public FollowThroughRate {
        // Impossible by construction, not a user error: FollowThrough never builds one with nothing due.
        if (due <= 0 || kept < 0 || kept > due) {
            throw new IllegalArgumentException("kept " + kept + " of due " + due);
        }
    }

    /** kept ÷ due, from 0 to 1. */
    public double ratio() {
        return (double) kept / due;
    }
}
