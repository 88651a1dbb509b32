package org.bridgework.plan;

import java.util.Comparator;
import java.util.Optional;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.RepairCase;

/**
 * The next check-in the plan announces: of the commitments of kind {@link CommitmentKind#CHECK_IN} that are
 * still open (planned or in progress) and have a due date, the one due first. An overdue one counts: it is
 * still the next check-in owed. Empty when none is planned; the plan then leaves the section out.
 */
public final class NextCheckIn {
    private NextCheckIn() {
    }

    public static Optional<Commitment> of(RepairCase repair) {
        return repair.actionPlan().commitments().stream()
                .filter(c -> c.kind().filter(k -> k == CommitmentKind.CHECK_IN).isPresent())
                .filter(c -> c.status().isOpen() && c.due().isPresent())
                .min(Comparator.comparing(c -> c.due().orElseThrow()));
    }
}
