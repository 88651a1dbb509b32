package org.bridgework.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.repair.TrustTrend;
import org.junit.jupiter.api.Test;

class PortfolioSummaryTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void nextDueOverdueCountAndTrend() {
        Commitment late1 = Commitment.planned("a", "x", TODAY.minusDays(3));
        Commitment late2 = Commitment.planned("b", "x", TODAY.minusDays(1)).withStatus(CommitmentStatus.IN_PROGRESS);
        Commitment missed = Commitment.planned("c", "x", TODAY.minusDays(9)).withStatus(CommitmentStatus.MISSED);
        Commitment today = Commitment.planned("d", "x", TODAY);
        Commitment later = Commitment.planned("e", "x", TODAY.plusDays(5));
        Commitment doneEarly = Commitment.planned("f", "x", TODAY.plusDays(1)).doneOn(TODAY);
        TrustCheckIn low = new TrustCheckIn(TODAY.minusDays(30), new TrustRatings(2, 2, 2), new TrustRatings(2, 2, 2), "");
        TrustCheckIn high = new TrustCheckIn(TODAY.minusDays(2), new TrustRatings(4, 4, 4), new TrustRatings(3, 3, 3), "");

        PortfolioSummary summary = PortfolioSummary.of(List.of(late1, late2, missed, today, later, doneEarly),
                List.of(low, high), TODAY);
        assertEquals(Optional.of(today), summary.nextDue(), "due today is next, not overdue");
        assertEquals(2, summary.overdueCount());
        assertEquals(Optional.of(TrustTrend.UP), summary.trend());
    }

    @Test
    void nothingYet() {
        assertEquals(PortfolioSummary.NONE, PortfolioSummary.of(List.of(), List.of(), TODAY));
    }
}
