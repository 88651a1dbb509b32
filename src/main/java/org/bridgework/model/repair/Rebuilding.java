package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Step 8 worksheet: track trust and close.
 *
 * @param checkIns       trust check-ins, as entered
 * @param outcome        how it ended, once it has
 * @param lessonsLearned what we take from it
 */
public record Rebuilding(List<TrustCheckIn> checkIns, Optional<Outcome> outcome, String lessonsLearned) {

    public Rebuilding {
        checkIns = Texts.copy(checkIns);
        outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        lessonsLearned = Texts.orEmpty(lessonsLearned);
    }

    /** A blank worksheet. */
    public static Rebuilding empty() {
        return new Rebuilding(List.of(), Optional.empty(), "");
    }

    public Rebuilding withCheckIns(List<TrustCheckIn> newCheckIns) {
        return new Rebuilding(newCheckIns, outcome, lessonsLearned);
    }

    public Rebuilding withOutcome(Outcome newOutcome) {
        return new Rebuilding(checkIns, Optional.ofNullable(newOutcome), lessonsLearned);
    }
}
