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

    private static Optional<TrustTrend> theirs(TrustCheckIn... checkIns) {
        return TrustRules.trend(List.of(checkIns), TrustPerspective.THEIR_TRUST_IN_US);
    }

    @Test
    void eachDirectionScoresTheMeanOfItsOwnItems() {
        TrustCheckIn c = checkIn(D1, 2, 3, 4, 5, 5, 2);
        assertEquals(OptionalDouble.of(3.0), TrustRules.score(c, TrustPerspective.OUR_TRUST_IN_THEM));
        assertEquals(OptionalDouble.of(4.0), TrustRules.score(c, TrustPerspective.THEIR_TRUST_IN_US));
    }

    @Test
    void anOutOfRangeRatingEmptiesOnlyTheScoreThatUsesIt() {
        TrustCheckIn c = checkIn(D1, 9, 3, 3, 4, 4, 4);
        assertEquals(OptionalDouble.empty(), TrustRules.score(c, TrustPerspective.OUR_TRUST_IN_THEM));
        assertEquals(OptionalDouble.of(4.0), TrustRules.score(c, TrustPerspective.THEIR_TRUST_IN_US));
    }

    @Test
    void theReportedCaseIsNeverSteady() {
        // Their trust in us fell from 3-3-3 to 2-1-2 while ours in them rose from 2-3-3 to 4-4-4: blended, the
        // two read as "2.8, steady"; apart, theirs is falling with goodwill down two points, ours is rising.
        List<TrustCheckIn> checkIns = List.of(checkIn(D1, 2, 3, 3, 3, 3, 3), checkIn(D2, 4, 4, 4, 2, 1, 2));
        TrustMovement theirs = TrustRules.movement(checkIns, TrustPerspective.THEIR_TRUST_IN_US).orElseThrow();
        assertEquals(Optional.of(TrustTrend.DOWN), theirs.trend());
        assertEquals(5.0 / 3, theirs.latest(), 1e-9);
        assertEquals(List.of(new TrustMovement.ItemFall(TrustItem.ABILITY, 3, 2),
                new TrustMovement.ItemFall(TrustItem.BENEVOLENCE, 3, 1),
                new TrustMovement.ItemFall(TrustItem.INTEGRITY, 3, 2)), theirs.fallen());
        TrustMovement ours = TrustRules.movement(checkIns, TrustPerspective.OUR_TRUST_IN_THEM).orElseThrow();
        assertEquals(Optional.of(TrustTrend.UP), ours.trend());
        assertEquals(List.of(), ours.fallen());
        assertEquals(TrustPerspective.THEIR_TRUST_IN_US, TrustRules.LEADS, "when we are at fault, theirs leads");
    }

    @Test
    void oneItemFallingAPointIsFlaggedEvenWhenTheMeanHolds() {
        TrustMovement m = TrustRules.movement(List.of(checkIn(D1, 3, 3, 3, 3, 3, 3), checkIn(D2, 3, 3, 3, 4, 2, 3)),
                TrustPerspective.THEIR_TRUST_IN_US).orElseThrow();
        assertEquals(Optional.of(TrustTrend.FLAT), m.trend());
        assertEquals(List.of(new TrustMovement.ItemFall(TrustItem.BENEVOLENCE, 3, 2)), m.fallen());
    }

    @Test
    void aFirstCheckInHasAScoreButNoTrendOrFall() {
        TrustMovement m = TrustRules.movement(List.of(checkIn(D1, 3, 3, 3, 2, 2, 2)),
                TrustPerspective.THEIR_TRUST_IN_US).orElseThrow();
        assertEquals(2.0, m.latest());
        assertEquals(Optional.empty(), m.trend());
        assertEquals(List.of(), m.fallen());
        assertEquals(Optional.empty(), TrustRules.movement(List.of(), TrustPerspective.THEIR_TRUST_IN_US));
    }

    @Test
    void trendNeedsTwoCheckInsScoredInThatDirection() {
        assertEquals(Optional.empty(), theirs());
        assertEquals(Optional.empty(), theirs(all(D1, 3)));
        assertEquals(Optional.empty(), theirs(all(D1, 3), all(D2, 0)));
        // Half filled in (ours out of range at D2): it counts in neither direction, like everywhere else.
        List<TrustCheckIn> half = List.of(all(D1, 3), checkIn(D2, 9, 3, 3, 4, 4, 4));
        assertEquals(Optional.empty(), TrustRules.trend(half, TrustPerspective.THEIR_TRUST_IN_US));
        assertEquals(Optional.empty(), TrustRules.trend(half, TrustPerspective.OUR_TRUST_IN_THEM));
    }

    @Test
    void trendComparesTheLastTwoByDateWhateverTheListOrder() {
        assertEquals(Optional.of(TrustTrend.UP), theirs(all(D3, 4), all(D1, 5), all(D2, 2)));
        assertEquals(Optional.of(TrustTrend.DOWN), theirs(all(D1, 1), all(D2, 4), all(D3, 3)));
        assertEquals(Optional.of(TrustTrend.FLAT), theirs(all(D1, 1), all(D2, 3), all(D3, 3)));
    }

    @Test
    void trendSkipsCheckInsWithoutAScore() {
        assertEquals(Optional.of(TrustTrend.UP), theirs(all(D1, 2), all(D2, 4), all(D3, 7)));
    }

    @Test
    void sameDayCheckInsCountInListOrder() {
        assertEquals(Optional.of(TrustTrend.DOWN), theirs(all(D2, 4), all(D2, 2)));
        assertEquals(Optional.of(TrustTrend.UP), theirs(all(D2, 2), all(D2, 4)));
    }

    @Test
    void oneItemMovingOnePointIsAChangeInItsDirectionOnly() {
        TrustCheckIn base = all(D1, 3);
        TrustCheckIn oursUp = checkIn(D2, 4, 3, 3, 3, 3, 3);
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(List.of(base, oursUp), TrustPerspective.OUR_TRUST_IN_THEM));
        assertEquals(Optional.of(TrustTrend.FLAT), theirs(base, oursUp));
        assertEquals(Optional.of(TrustTrend.DOWN), theirs(base, checkIn(D2, 3, 3, 3, 3, 2, 3)));
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
