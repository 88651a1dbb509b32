package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Trust check-in rules: range check, scores, trend and falls, always for one direction of trust.
 * <ul>
 *   <li>Every rating must be 1..5; {@link #problems} lists the ones that are not.</li>
 *   <li>Score of a direction (our trust in them, or their trust in us as we read it): mean of its three items,
 *       empty when any of them is out of range. The two directions are never averaged together: a client whose
 *       trust in us collapses while ours in them grows would otherwise read as "steady".</li>
 *   <li>A check-in counts once all six ratings are in range ({@link CountingEntries}), in both directions alike.</li>
 *   <li>Trend of a direction: from its last two scored check-ins, by date (same date: later in the list counts
 *       as later). A change of more than {@value #TOLERANCE} is UP or DOWN, otherwise FLAT; one item moving one
 *       point (1/3) is a change, since ratings are whole points.</li>
 *   <li>Fall: an item that dropped by {@value #FALL} point or more between those two check-ins is flagged even
 *       when the mean holds, because one reason for trust failing is enough to act on (our judgement).</li>
 *   <li>When we are the ones at fault, their trust in us leads ({@link #LEADS}): it is what the repair is for.</li>
 * </ul>
 */
public final class TrustRules {
    public static final double TOLERANCE = 0.25;
    public static final int FALL = 1;
    /**
     * The direction shown first and used for the portfolio's arrow. Bridgework does not yet record a breach that
     * was theirs (who was at fault: us, them or both), and every repair it guides is one of ours; when it does, a
     * breach of theirs will lead with our trust in them.
     */
    public static final TrustPerspective LEADS = TrustPerspective.THEIR_TRUST_IN_US;

    private TrustRules() {
    }

    /** Every out-of-range rating, our trust first, items in {@link TrustItem} order. */
    public static List<TrustProblem> problems(TrustCheckIn checkIn) {
        List<TrustProblem> problems = new ArrayList<>();
        for (TrustPerspective perspective : TrustPerspective.values()) {
            TrustRatings ratings = checkIn.ratings(perspective);
            for (TrustItem item : TrustItem.values()) {
                int value = ratings.value(item);
                if (value < TrustRatings.MIN || value > TrustRatings.MAX) {
                    problems.add(new TrustProblem(perspective, item, value));
                }
            }
        }
        return List.copyOf(problems);
    }

    public static OptionalDouble score(TrustRatings ratings) {
        if (!ratings.inRange()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((ratings.ability() + ratings.benevolence() + ratings.integrity()) / 3.0);
    }

    public static OptionalDouble score(TrustCheckIn checkIn, TrustPerspective perspective) {
        return score(checkIn.ratings(perspective));
    }

    /** The movement of one direction of trust; empty until a check-in is scored in that direction. */
    public static Optional<TrustMovement> movement(List<TrustCheckIn> checkIns, TrustPerspective perspective) {
        List<TrustRatings> scored = checkIns.stream()
                .filter(CountingEntries::counts) // a check-in half filled in counts in no figure, in either direction
                .sorted(Comparator.comparing(TrustCheckIn::date)) // stable: same-day entries keep list order
                .map(c -> c.ratings(perspective))
                .toList();
        if (scored.isEmpty()) {
            return Optional.empty();
        }
        TrustRatings latest = scored.get(scored.size() - 1);
        double latestScore = score(latest).getAsDouble();
        if (scored.size() < 2) {
            return Optional.of(new TrustMovement(perspective, latestScore, Optional.empty(), List.of()));
        }
        TrustRatings previous = scored.get(scored.size() - 2);
        List<TrustMovement.ItemFall> fallen = new ArrayList<>();
        for (TrustItem item : TrustItem.values()) {
            if (previous.value(item) - latest.value(item) >= FALL) {
                fallen.add(new TrustMovement.ItemFall(item, previous.value(item), latest.value(item)));
            }
        }
        TrustTrend trend = TrustTrend.between(score(previous).getAsDouble(), latestScore);
        return Optional.of(new TrustMovement(perspective, latestScore, Optional.of(trend), fallen));
    }

    /** The trend of one direction of trust; empty with fewer than two check-ins scored in it. */
    public static Optional<TrustTrend> trend(List<TrustCheckIn> checkIns, TrustPerspective perspective) {
        return movement(checkIns, perspective).flatMap(TrustMovement::trend);
    }
}
