package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClosingReadinessTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static TrustCheckIn checkIn(int day, int theirs, int ours, boolean baseline) {
        TrustRatings t = new TrustRatings(theirs, theirs, theirs);
        TrustRatings o = new TrustRatings(ours, ours, ours);
        return new TrustCheckIn(LocalDate.of(2026, 11, day), o, t, "", baseline);
    }

    private static RepairCase repair(List<TrustCheckIn> checkIns, Commitment... commitments) {
        return RepairCase.start(1)
                .withRebuilding(Rebuilding.empty().withCheckIns(checkIns))
                .withActionPlan(new ActionPlan(List.of(commitments)));
    }

    private static Commitment due(int day, CommitmentStatus status) {
        return new Commitment("Send the weekly report", "Ruth", Optional.of(LocalDate.of(2026, 11, day)),
                "They have it each Friday", status, Optional.empty(), "", false, Optional.empty());
    }

    @Test
    void twoSteadyCheckInsAndEveryDueCommitmentKeptSuggestClosing() {
        ClosingReadiness ready = ClosingReadiness.of(repair(List.of(checkIn(2, 2, 3, false), checkIn(16, 3, 3, false),
                checkIn(30, 3, 4, false)), due(10, CommitmentStatus.DONE), due(28, CommitmentStatus.DROPPED_BY_AGREEMENT)),
                TODAY);
        assertTrue(ready.suggested(), ready.gaps().toString());
    }

    @Test
    void aBaselineIsNotACheckInDuringTheRepair() {
        ClosingReadiness one = ClosingReadiness.of(repair(List.of(checkIn(1, 4, 4, true), checkIn(20, 4, 4, false))),
                TODAY);
        assertEquals(List.of(ClosingReadiness.Gap.TOO_FEW_CHECK_INS), one.gaps());
    }

    @Test
    void aFallInEitherDirectionInTheLastTwoCheckInsHoldsItBack() {
        assertEquals(List.of(ClosingReadiness.Gap.AN_ITEM_FELL), ClosingReadiness.of(repair(List.of(
                checkIn(2, 3, 3, false), checkIn(16, 4, 2, false), checkIn(30, 4, 2, false))), TODAY).gaps());
        // A fall before the last two no longer counts.
        assertTrue(ClosingReadiness.of(repair(List.of(checkIn(2, 4, 4, false), checkIn(9, 2, 4, false),
                checkIn(16, 3, 4, false), checkIn(30, 3, 4, false))), TODAY).suggested());
    }

    @Test
    void aMissedOrOpenOverdueOrUnilaterallyDroppedCommitmentHoldsItBack() {
        List<TrustCheckIn> steady = List.of(checkIn(2, 3, 3, false), checkIn(16, 3, 3, false));
        for (CommitmentStatus status : List.of(CommitmentStatus.MISSED, CommitmentStatus.PLANNED,
                CommitmentStatus.DROPPED)) {
            assertEquals(List.of(ClosingReadiness.Gap.COMMITMENT_NOT_KEPT),
                    ClosingReadiness.of(repair(steady, due(20, status)), TODAY).gaps(), status.name());
        }
    }

    @Test
    void aHalfFilledCheckInCountsForNothing() {
        TrustCheckIn blank = new TrustCheckIn(LocalDate.of(2026, 11, 25), TrustRatings.NOT_RATED,
                TrustRatings.NOT_RATED, "");
        assertEquals(List.of(ClosingReadiness.Gap.TOO_FEW_CHECK_INS),
                ClosingReadiness.of(repair(List.of(checkIn(2, 3, 3, false), blank)), TODAY).gaps());
    }
}
