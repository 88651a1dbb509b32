package org.bridgework.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;

/** Plans to test and measure with: the example, and a relationship with very many commitments. */
public final class PlanSamples {
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private PlanSamples() {
    }

    public static PlanRequest example(PlanVersion version, Paper paper) {
        ExampleCase.Content content = ExampleCase.build(TODAY);
        return new PlanRequest(content.relationship(), content.repairCase(), TODAY, version, paper);
    }

    /** The example's relationship with {@code count} numbered commitments instead of its own ten. */
    public static PlanRequest manyCommitments(int count) {
        ExampleCase.Content content = ExampleCase.build(TODAY);
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            CommitmentStatus status = CommitmentStatus.values()[i % CommitmentStatus.values().length];
            commitments.add(new Commitment("Commitment number " + i + ": "
                    + (i % 3 == 0 ? "run the weekly delivery review with the client and send the minutes the same day"
                    : "confirm the change"), "Owner " + (i % 7), Optional.of(TODAY.plusDays(i - 150)),
                    i % 4 == 0 ? "" : "Measured by the weekly queue report for item " + i, status,
                    status == CommitmentStatus.DONE ? Optional.of(TODAY.plusDays(i - 152)) : Optional.empty(), "",
                    false, Optional.of(CommitmentKind.PROCESS_CHANGE)));
        }
        RepairCase repair = content.repairCase().withActionPlan(new ActionPlan(commitments));
        return new PlanRequest(content.relationship(), repair, TODAY, PlanVersion.INTERNAL, Paper.A4);
    }

    /** A relationship with nothing filled in but its name. */
    public static PlanRequest empty(String name) {
        Relationship relationship = Relationship.draft(name, java.time.Instant.parse("2025-01-01T00:00:00Z"));
        return new PlanRequest(relationship, RepairCase.start(0), TODAY, PlanVersion.INTERNAL, Paper.A4);
    }
}
