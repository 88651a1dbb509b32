package org.bridgework.model.repair;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What one side brings the other: a 0..5 rating per {@link ValueDimension} (a dimension not in the map is not
 * rated yet) and, optionally, the annual revenue involved, in the workbook's currency.
 * Ratings outside 0..5 are kept as given and reported by {@link VerdictAdvisor}, so the UI can show them inline.
 *
 * @param ratings       rated dimensions only
 * @param annualRevenue yearly revenue at stake on this side, if known
 */
public record ValueRatings(Map<ValueDimension, Integer> ratings, Optional<BigDecimal> annualRevenue) {
    /** Lowest value on the 0..5 scale of the Assess worksheet. */
    public static final int MIN = 0;
    /** Highest value on the 0..5 scale of the Assess worksheet. */
    public static final int MAX = 5;

    public ValueRatings {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
        annualRevenue = Objects.requireNonNullElse(annualRevenue, Optional.empty());
    }

    /** Nothing rated yet. */
    public static ValueRatings none() {
        return new ValueRatings(Map.of(), Optional.empty());
    }

    public OptionalInt rating(ValueDimension dimension) {
        Integer value = ratings.get(dimension);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    /** The mean of the rated dimensions; empty when none is rated. */
    public OptionalDouble mean() {
        return ratings.values().stream().mapToInt(Integer::intValue).average();
    }

    /** True when any rating lies outside 0..5. */
    public boolean hasOutOfRange() {
        return ratings.values().stream().anyMatch(v -> !inRange(v));
    }

    public ValueRatings with(ValueDimension dimension, int rating) {
        Map<ValueDimension, Integer> changed = new EnumMap<>(ValueDimension.class);
        changed.putAll(ratings);
        changed.put(dimension, rating);
        return new ValueRatings(changed, annualRevenue);
    }

    public ValueRatings withAnnualRevenue(BigDecimal amount) {
        return new ValueRatings(ratings, Optional.ofNullable(amount));
    }

    static boolean inRange(int rating) {
        return rating >= MIN && rating <= MAX;
    }
}
