package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.timeline.PortfolioSummary;
import org.junit.jupiter.api.Test;

class CountingEntriesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final TrustRatings LOW = new TrustRatings(2, 2, 2);
    private static final TrustRatings HIGH = new TrustRatings(4, 4, 4);

    @Test
    void aCheckInCountsOnceAllSixRatingsAreGiven() {
        assertFalse(CountingEntries.counts(new TrustCheckIn(TODAY, TrustRatings.NOT_RATED, TrustRatings.NOT_RATED, "")));
        assertFalse(CountingEntries.counts(new TrustCheckIn(TODAY, HIGH, new TrustRatings(4, 0, 4), "")));
        assertTrue(CountingEntries.counts(new TrustCheckIn(TODAY, HIGH, LOW, "")));
    }

    @Test
    void aCommitmentCountsOnceItSaysWhatAndByWhen() {
        assertFalse(CountingEntries.counts(Commitment.planned("", "", null)));
        assertFalse(CountingEntries.counts(Commitment.planned("\u200B ", "Tom", TODAY)), "only invisible text");
        assertFalse(CountingEntries.counts(Commitment.planned("Refund", "Tom", null)));
        assertTrue(CountingEntries.counts(Commitment.planned("Refund", "", TODAY)));
    }

    @Test
    void aBlankCheckInAddedAfterTwoReadingsLeavesTheTrendAsItWas() {
        List<TrustCheckIn> readings = new ArrayList<>(List.of(new TrustCheckIn(TODAY.minusDays(30), LOW, LOW, ""),
                new TrustCheckIn(TODAY.minusDays(10), HIGH, HIGH, "")));
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(readings, TrustRules.LEADS));
        readings.add(new TrustCheckIn(TODAY, TrustRatings.NOT_RATED, TrustRatings.NOT_RATED, ""));
        assertEquals(Optional.of(TrustTrend.UP), TrustRules.trend(readings, TrustRules.LEADS), "the blank one is no reading");
        assertEquals(Optional.of(TrustTrend.UP), PortfolioSummary.of(List.of(), readings, TODAY).trend());
    }

    @Test
    void aCommitmentStillBeingWrittenIsInNoFollowThroughOrPortfolioFigure() {
        Commitment kept = Commitment.planned("Refund", "Tom", TODAY.minusDays(5)).doneOn(TODAY.minusDays(6));
        Commitment unnamed = Commitment.planned(" ", "Tom", TODAY.minusDays(2));
        Commitment undated = Commitment.planned("Call", "Tom", null);
        List<Commitment> all = List.of(kept, unnamed, undated);
        assertEquals(Optional.of(new FollowThroughRate(1, 1)), FollowThrough.rate(all, TODAY));
        assertEquals(0, PortfolioSummary.of(all, List.of(), TODAY).overdueCount(), "an unnamed one is not overdue");
        assertEquals(Optional.empty(), PortfolioSummary.of(List.of(Commitment.planned("", "", TODAY.plusDays(1))),
                List.of(), TODAY).nextDue());
    }
}
