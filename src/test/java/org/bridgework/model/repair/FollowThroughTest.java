package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FollowThroughTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 10);

    private static Commitment due(int daysFromToday) {
        return Commitment.planned("Send the revised plan", "Noor", TODAY.plusDays(daysFromToday));
    }

    private static Optional<FollowThroughRate> rate(Commitment... commitments) {
        return FollowThrough.rate(List.of(commitments), TODAY);
    }

    @Test
    void nothingDueYetGivesNoRate() {
        assertEquals(Optional.empty(), rate());
        assertEquals(Optional.empty(), rate(due(1), due(30).doneOn(TODAY)));
        assertEquals(Optional.empty(), rate(due(-5).withStatus(CommitmentStatus.DROPPED_BY_AGREEMENT)));
        assertEquals(Optional.empty(), rate(Commitment.planned("No date", "Noor", null).withStatus(CommitmentStatus.MISSED)));
    }

    @Test
    void doneOnOrBeforeTheDueDateIsKept() {
        assertEquals(Optional.of(new FollowThroughRate(1, 1)), rate(due(-2).doneOn(TODAY.minusDays(2))));
        assertEquals(Optional.of(new FollowThroughRate(1, 1)), rate(due(-2).doneOn(TODAY.minusDays(9))));
    }

    @Test
    void doneAfterTheDueDateIsDueButNotKept() {
        assertEquals(Optional.of(new FollowThroughRate(0, 1)), rate(due(-2).doneOn(TODAY.minusDays(1))));
    }

    @Test
    void doneWithoutACompletionDateCountsAsKept() {
        assertEquals(Optional.of(new FollowThroughRate(1, 1)), rate(due(-2).doneOn(null)));
    }

    @Test
    void openOrMissedPastTheirDateAreDueAndNotKept() {
        assertEquals(Optional.of(new FollowThroughRate(0, 3)), rate(due(-1),
                due(-1).withStatus(CommitmentStatus.IN_PROGRESS), due(-1).withStatus(CommitmentStatus.MISSED)));
    }

    @Test
    void dueTodayCountsOnlyOnceSettled() {
        assertEquals(Optional.empty(), rate(due(0), due(0).withStatus(CommitmentStatus.IN_PROGRESS)));
        assertEquals(Optional.of(new FollowThroughRate(1, 1)), rate(due(0).doneOn(TODAY)));
        assertEquals(Optional.of(new FollowThroughRate(0, 1)), rate(due(0).withStatus(CommitmentStatus.MISSED)));
    }

    @Test
    void droppedByAgreementAndFutureCommitmentsDoNotCount() {
        Optional<FollowThroughRate> r = rate(due(-10).doneOn(TODAY.minusDays(10)), due(-3).doneOn(TODAY.minusDays(1)),
                due(-4), due(-6).withStatus(CommitmentStatus.DROPPED_BY_AGREEMENT), due(5), due(5).doneOn(TODAY));
        assertEquals(Optional.of(new FollowThroughRate(1, 3)), r);
        assertEquals(1.0 / 3, r.orElseThrow().ratio(), 1e-12);
    }

    @Test
    void droppedByUsAloneCountsAsNotKept() {
        // The reported case: two kept, one open past its date, one missed, and a promised credit dropped by us.
        Optional<FollowThroughRate> r = rate(due(-20).doneOn(TODAY.minusDays(21)), due(-15).doneOn(TODAY.minusDays(15)),
                due(-9), due(-5).withStatus(CommitmentStatus.MISSED), due(-2).withStatus(CommitmentStatus.DROPPED));
        assertEquals(Optional.of(new FollowThroughRate(2, 5)), r, "the dropped credit counts against us");
        assertEquals(Optional.of(new FollowThroughRate(2, 4)), rate(due(-20).doneOn(TODAY.minusDays(21)),
                due(-15).doneOn(TODAY.minusDays(15)), due(-9), due(-5).withStatus(CommitmentStatus.MISSED),
                due(-2).withStatus(CommitmentStatus.DROPPED_BY_AGREEMENT)), "unless they agreed to drop it");
    }

    @Test
    void aDroppedCommitmentNotYetDueDoesNotCountYet() {
        assertEquals(Optional.empty(), rate(due(3).withStatus(CommitmentStatus.DROPPED)));
    }

    @Test
    void rateRecordRejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new FollowThroughRate(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new FollowThroughRate(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new FollowThroughRate(-1, 2));
        assertEquals(1.0, new FollowThroughRate(4, 4).ratio());
        assertEquals(0.0, new FollowThroughRate(0, 4).ratio());
    }
}
