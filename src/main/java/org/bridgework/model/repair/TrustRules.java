package org.bridgework.model.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Trust check-in rules: range check, scores and trend.
 * <ul>
 *   <li>Every rating must be 1..5; {@link #problems} lists the ones that are not.</li>
 *   <li>Perspective score: mean of its three items. Overall score: mean of all six ratings (the two perspectives
 *       weigh the same). A score is empty when any rating it uses is out of range.</li>
 *   <li>Trend: from the last two check-ins with an overall score, by date (same date: later in the list counts
 *       as later). A change of more than {@value #TOLERANCE} is UP or DOWN, otherwise FLAT, so one item moving
 *       one point (1/6 ≈ 0.17 overall) is treated as noise. Empty with fewer than two scored check-ins.</li>
 * </ul>
 */
public final class TrustRules {
    public static final double TOLERANCE = 0.25;

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

    public static OptionalDouble overall(TrustCheckIn checkIn) {
        OptionalDouble ours = score(checkIn.ourTrust());
        OptionalDouble theirs = score(checkIn.theirTrust());
        if (ours.isEmpty() || theirs.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((ours.getAsDouble() + theirs.getAsDouble()) / 2);
    }

    public static Optional<TrustTrend> trend(List<TrustCheckIn> checkIns) {
        List<Double> scores = checkIns.stream()
                .sorted(Comparator.comparing(TrustCheckIn::date)) // stable: same-day entries keep list order
                .map(TrustRules::overall)
                .filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble)
                .toList();
        if (scores.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(TrustTrend.between(scores.get(scores.size() - 2), scores.get(scores.size() - 1)));
    }
}
