package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrustRulesTest {
    private static final LocalDate D1 = LocalDate.of(2025, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2025, 2, 10);
    private static final LocalDate D3 = LocalDate.of(2025, 3, 10);

    private static TrustCheckIn checkIn(LocalDate date, int a, int b, int i, int a2, int b2, int i2) {
        return new TrustCheckIn(date, new TrustRatings(a, b, i), new TrustRatings(a2, b2, i2), "");
    }

    private static TrustCheckIn all(LocalDate date, int value) {
        return checkIn(date, value, value, value, value, value, value);
    }

    @Test
    void ratingsFromOneToFiveHaveNoProblems() {
        assertEquals(List.of(), TrustRules.problems(checkIn(D1, 1, 5, 3, 5, 1, 2)));
    }

    @Test
    void outOfRangeRatingsAreReportedNotThrown() {
        TrustCheckIn bad = checkIn(D1, 0, 3, 3, 3, 3, 6);
        assertEquals(List.of(new TrustProblem(TrustPerspective.OUR_TRUST_IN_THEM, TrustItem.ABILITY, 0),
                new TrustProblem(TrustPerspective.THEIR_TRUST_IN_US, TrustItem.INTEGRITY, 6)), TrustRules.problems(bad));
    }

    @Test
    void perspectiveScoreIsTheMeanOfItsItemsAndOverallTheMeanOfBoth() {
        TrustCheckIn c = checkIn(D1, 2, 3, 4, 5, 5, 2);
        assertEquals(OptionalDouble.of(3.0), TrustRules.score(c, TrustPerspective.OUR_TRUST_IN_THEM));
        assertEquals(OptionalDouble.of(4.0), TrustRules.score(c, TrustPerspective.THEIR_TRUST_IN_US));
        assertEquals(OptionalDouble.of(3.5), TrustRules.overall(c));
    }

    @Test
    void anOutOfRangeRatingEmptiesOnlyTheScoresThatUseIt() {
        TrustCheckIn c = checkIn(D1, 9, 3, 3, 4, 4, 4);
        assertEquals(OptionalDouble.empty(), TrustRules.score(c, TrustPerspective.OUR_TRUST_IN_THEM));
        assertEquals(OptionalDouble.of(4.0), TrustRules.score(c, TrustPerspective.THEIR_TRUST_IN_US));
        assertEquals(OptionalDouble.empty(), TrustRules.overall(c));
    }

    @Test
    void trendNeedsTwoScoredCheckIns() {
        assertEquals(Optional.empty(), TrustRules.trend(List.of()));
        assertEquals(Optional.empty(), TrustRules.trend(List.of(all(D1, 3))));
        assertEquals(Optional.empty(), TrustRules.trend(List.of(all(D1, 3), all(D2, 0))));
    }

    @Test
    void trendComparesTheLastTwoByDateWhateverTheListOrder() {
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(List.of(all(D3, 4), all(D1, 5), all(D2, 2))));
        assertEquals(Optional.of(TrustTrend.DOWN), TrustRules.trend(List.of(all(D1, 1), all(D2, 4), all(D3, 3))));
        assertEquals(Optional.of(TrustTrend.FLAT), TrustRules.trend(List.of(all(D1, 1), all(D2, 3), all(D3, 3))));
    }

    @Test
    void trendSkipsCheckInsWithoutAScore() {
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(List.of(all(D1, 2), all(D2, 4), all(D3, 7))));
    }

    @Test
    void sameDayCheckInsCountInListOrder() {
        assertEquals(Optional.of(TrustTrend.DOWN), TrustRules.trend(List.of(all(D2, 4), all(D2, 2))));
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(List.of(all(D2, 2), all(D2, 4))));
    }

    @Test
    void oneItemMovingOnePointIsFlatTwoIsAChange() {
        TrustCheckIn base = all(D1, 3);
        assertEquals(Optional.of(TrustTrend.FLAT), TrustRules.trend(List.of(base, checkIn(D2, 4, 3, 3, 3, 3, 3))));
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(List.of(base, checkIn(D2, 4, 3, 3, 4, 3, 3))));
        assertEquals(Optional.of(TrustTrend.DOWN), TrustRules.trend(List.of(base, checkIn(D2, 2, 3, 3, 3, 2, 3))));
    }

    @Test
    void toleranceBoundaryIsFlat() {
        assertEquals(TrustTrend.FLAT, TrustTrend.between(3.0, 3.25));
        assertEquals(TrustTrend.FLAT, TrustTrend.between(3.25, 3.0));
        assertEquals(TrustTrend.UP, TrustTrend.between(3.0, 3.26));
        assertEquals(TrustTrend.DOWN, TrustTrend.between(3.26, 3.0));
        assertEquals(TrustTrend.FLAT, TrustTrend.between(2.0, 2.0));
    }

    @Test
    void ratingsExposeEachItem() {
        TrustRatings r = new TrustRatings(1, 2, 3);
        assertEquals(List.of(1, 2, 3), List.of(r.value(TrustItem.ABILITY), r.value(TrustItem.BENEVOLENCE),
                r.value(TrustItem.INTEGRITY)));
        assertTrue(r.inRange());
    }
}
