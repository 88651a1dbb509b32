package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Step 8 worksheet: track trust and close.
 *
 * @param checkIns       trust check-ins, as entered
 * @param outcome        how it ended, once it has
 * @param lessonsLearned what we take from it
 * @param checkInEveryWeeks how often a trust check-in is due, in weeks after the last one; empty for the
 *                       default rhythm (Preferences), 0 for no rhythm (This week then lists none)
 */
public record Rebuilding(List<TrustCheckIn> checkIns, Optional<Outcome> outcome, String lessonsLearned,
                         OptionalInt checkInEveryWeeks) {

    public Rebuilding {
        checkIns = Texts.copy(checkIns);
        outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        lessonsLearned = Texts.orEmpty(lessonsLearned);
        checkInEveryWeeks = Objects.requireNonNullElse(checkInEveryWeeks, OptionalInt.empty());
    }

    /** A worksheet with the default check-in rhythm. */
    public Rebuilding(List<TrustCheckIn> checkIns, Optional<Outcome> outcome, String lessonsLearned) {
        this(checkIns, outcome, lessonsLearned, OptionalInt.empty());
    }

    /** A blank worksheet. */
    public static Rebuilding empty() {
        return new Rebuilding(List.of(), Optional.empty(), "");
    }

    public Rebuilding withCheckIns(List<TrustCheckIn> newCheckIns) {
        return new Rebuilding(newCheckIns, outcome, lessonsLearned, checkInEveryWeeks);
    }

    public Rebuilding withOutcome(Outcome newOutcome) {
        return new Rebuilding(checkIns, Optional.ofNullable(newOutcome), lessonsLearned, checkInEveryWeeks);
    }

    public Rebuilding withCheckInEveryWeeks(OptionalInt weeks) {
        return new Rebuilding(checkIns, outcome, lessonsLearned, weeks);
    }
}
