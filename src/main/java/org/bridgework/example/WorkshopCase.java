package org.bridgework.example;

import java.time.LocalDate;
import java.util.Objects;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;

/**
 * The third example: a supplier at fault, and a decision to let go, done well.
 *
 * <p>Tollgate Fleet Care maintained Kestrel Freight’s tractor units for three years. They missed two booked
 * safety inspections, then signed off a brake test as passed that their own printout shows had failed, and
 * when asked they blamed our drivers. Our records clear us, their trustworthiness is low and a repeat is
 * likely, so the verdict suggests letting go and the manager agrees. The worksheets show it done properly:
 * the notice the contract gives, told in person with the reasons; every invoice paid; our records handed back;
 * a fair reference for the trailer work they did well. About eleven weeks long, ending around {@code today}.
 *
 * <p>All eight steps are complete, with the outcome LET_GO. Pure: the same {@code today} always gives an equal
 * result, and nothing is read from the clock.
 */
public final class WorkshopCase {
    /** The supplier in this example. */
    public static final String SUPPLIER = "Tollgate Fleet Care";

    /** When each step was first complete, in days before today, in step order. */
    static final int[] MILESTONE_DAYS_AGO = {47, 49, 45, 42, 50, 40, 46, 8};

    private WorkshopCase() {
    }

    /** Builds the example as it stands on {@code today}. */
    public static ExampleCase.Content build(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return new ExampleCase.Content(relationship(today), repairCase(today));
    }

    private static Relationship relationship(LocalDate today) {
        String notes = "A fictional example to explore: every name in it is made up. "
                + "Tollgate’s workshop has serviced and safety-inspected our 24 tractor units, and fitted the "
                + "tyres on our trailers, for three years. They missed inspection slots, signed off a failed "
                + "brake test as passed and blamed our drivers; we gave notice and ended it cleanly.";
        return new Relationship(0, SUPPLIER, "Tollgate Fleet Care Ltd", "Martin Kerr, Managing Director",
                "Ruth Callander", RelationshipKind.SUPPLIER, notes, false,
                ExampleCase.at(today.minusDays(52), 14, 20), ExampleCase.at(today.minusDays(8), 10, 45));
    }

    private static RepairCase repairCase(LocalDate today) {
        return RepairCase.start(0)
                .withCurrentStep(RepairStep.REBUILD)
                .withAssessment(WorkshopBackground.assessment(today))
                .withUnderstanding(WorkshopBackground.understanding(today))
                .withOwnership(WorkshopBackground.ownership())
                .withPreparation(WorkshopTalks.preparation(today))
                .withDialogue(WorkshopTalks.dialogue(today))
                .withReconciliation(WorkshopFollowUp.reconciliation())
                .withActionPlan(WorkshopFollowUp.actionPlan(today))
                .withRebuilding(WorkshopFollowUp.rebuilding(today));
    }
}
