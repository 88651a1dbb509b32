package org.bridgework.model.repair;

/** Counts of one label over a corpus: found and expected, found and not expected, expected and not found. */
final class Score {
    int truePositives;
    int falsePositives;
    int falseNegatives;

    void add(boolean expected, boolean found) {
        if (expected && found) {
            truePositives++;
        } else if (found) {
            falsePositives++;
        } else if (expected) {
            falseNegatives++;
        }
    }

    int examples() {
        return truePositives + falseNegatives;
    }

    /** 1 when nothing was found (no false alarm possible). */
    double precision() {
        int found = truePositives + falsePositives;
        return found == 0 ? 1 : (double) truePositives / found;
    }

    /** 1 when nothing was expected. */
    double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1 : (double) truePositives / expected;
    }
}
