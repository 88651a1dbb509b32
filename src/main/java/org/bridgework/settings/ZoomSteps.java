package org.bridgework.settings;

import java.util.List;

/**
 * The sizes View → Zoom in and Zoom out step through, in percent of the normal text size. A stored size that is
 * not one of them (a hand-edited file) is read as the nearest step, so the window never starts unreadable.
 */
public final class ZoomSteps {
    public static final List<Integer> STEPS = List.of(100, 110, 125, 150, 175, 200);
    public static final int ACTUAL_SIZE = 100;

    private ZoomSteps() {
    }

    /** The next larger step; the largest stays. */
    public static int larger(int percent) {
        return STEPS.stream().filter(step -> step > percent).findFirst().orElse(STEPS.get(STEPS.size() - 1));
    }

    /** The next smaller step; the smallest stays. */
    public static int smaller(int percent) {
        int found = STEPS.get(0);
        for (int step : STEPS) {
            if (step < percent) {
                found = step;
            }
        }
        return found;
    }

    /** The step nearest {@code percent} (the smaller of two as near). */
    public static int nearest(int percent) {
        int best = STEPS.get(0);
        for (int step : STEPS) {
            if (Math.abs(step - percent) < Math.abs(best - percent)) {
                best = step;
            }
        }
        return best;
    }

    /** A stored value: a number is held to the nearest step; anything else, or nothing, is the actual size. */
    public static int parse(String value) {
        if (value == null) {
            return ACTUAL_SIZE;
        }
        try {
            return nearest(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return ACTUAL_SIZE;
        }
    }
}
