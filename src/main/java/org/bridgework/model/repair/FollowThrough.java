package org.bridgework.model.repair;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * The follow-through rate: of the commitments due so far, the share we kept on time.
 *
 * <p><b>Due so far</b>: has a due date on or before today and was not dropped by agreement with them
 * ({@link CommitmentStatus#DROPPED_BY_AGREEMENT}); except that
 * one due today and still open (planned or in progress) is not counted yet, since it still has the day (it is
 * not overdue either, see {@link CommitmentRules#isOverdue}). A commitment without a due date is never due, nor
 * is one that does not say what is promised yet ({@link CountingEntries}).
 *
 * A commitment we dropped on our own ({@link CommitmentStatus#DROPPED}) is due and not kept: to them it is a
 * promise broken, and leaving it out would flatter the rate (our judgement; docs/guidance.md).
 *
 * <p><b>Kept</b>: due so far, {@link CommitmentStatus#DONE}, and completed on or before its due date. A DONE
 * commitment with no completion date counts as kept: the manager said it is done, the missing date is a gap in
 * the record (reported by {@link CommitmentRules} as MISSING_COMPLETION_DATE), not evidence of lateness.
 * Commitments done early but due after today are not counted until their due date.
 */
public final class FollowThrough {
    private FollowThrough() {
    }

    /** The rate, or empty when nothing is due so far. */
    public static Optional<FollowThroughRate> rate(Collection<Commitment> commitments, LocalDate today) {
        int due = 0;
        int kept = 0;
        for (Commitment c : commitments) {
            if (isDueSoFar(c, today)) {
                due++;
                if (isKept(c)) {
                    kept++;
                }
            }
        }
        return due == 0 ? Optional.empty() : Optional.of(new FollowThroughRate(kept, due));
    }

    static boolean isDueSoFar(Commitment c, LocalDate today) {
        if (c.status() == CommitmentStatus.DROPPED_BY_AGREEMENT || !CountingEntries.counts(c)) {
            return false;
        }
        LocalDate due = c.due().get();
        return due.isBefore(today) || due.isEqual(today) && !c.status().isOpen();
    }

    /** Done, and not after its due date (an unrecorded completion date counts as on time). */
    static boolean isKept(Commitment c) {
        return c.status() == CommitmentStatus.DONE
                && c.completedOn().map(done -> !done.isAfter(c.due().orElseThrow())).orElse(true);
    }
}
