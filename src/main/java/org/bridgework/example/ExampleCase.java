package org.bridgework.example;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;

/**
 * A fictional repair, worked through all eight steps, for the example workbook (Help → Open example workbook)
 * and the user guide: the first of three examples, with {@link SurchargeCase} (an accusation the facts clear us
 * of) and {@link WorkshopCase} (a supplier at fault, let go well).
 *
 * <p>Kestrel Freight, a logistics supplier, delivered launch stock late to fourteen of Alder &amp; Finch Home’s
 * stores, and the client’s product launch went ahead half-empty. The case runs for about three months and ends
 * around {@code today}: every date is counted back (or, for commitments still to come, forward) from it, so the
 * example always looks current.
 *
 * <p>Seven of the eight steps are complete by {@link org.bridgework.model.repair.StepCompletion}. Rebuild is
 * deliberately left open: trust is rising, but three commitments are still ahead, so no outcome is recorded yet.
 * The manager is on the Rebuild step.
 *
 * <p>Pure: the same {@code today} always gives an equal result, and nothing is read from the clock.
 */
public final class ExampleCase {
    /** The client in the example. */
    public static final String CLIENT = "Alder & Finch Home";

    /** When each step was first complete, in days before today, in step order (Rebuild is not complete). */
    static final int[] MILESTONE_DAYS_AGO = {87, 85, 84, 76, 70, 70, 60, 0};

    private ExampleCase() {
    }

    /**
     * The example relationship and its repair.
     *
     * @param relationship not stored yet (id 0); the store assigns the id
     * @param repairCase   the repair, with relationship id 0; the caller sets the stored relationship’s id
     */
    public record Content(Relationship relationship, RepairCase repairCase) {
        public Content {
            Objects.requireNonNull(relationship, "relationship");
            Objects.requireNonNull(repairCase, "repairCase");
        }
    }

    /** Builds the example as it stands on {@code today}. */
    public static Content build(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return new Content(relationship(today), repairCase(today));
    }

    private static Relationship relationship(LocalDate today) {
        Instant created = at(today.minusDays(89), 8, 40);
        Instant updated = at(today.minusDays(5), 16, 15);
        String notes = "A fictional example to explore: every name in it is made up. "
                + "We deliver Alder & Finch’s stock from the port to their distribution centre and on to "
                + "their 38 stores. We delivered launch stock late to 14 stores and their summer launch "
                + "went ahead with empty displays.";
        return new Relationship(0, CLIENT, "Alder & Finch Home Ltd", "Nadia Brook, Head of Operations",
                "Ruth Callander", RelationshipKind.CLIENT, notes, false, created, updated);
    }

    private static RepairCase repairCase(LocalDate today) {
        return RepairCase.start(0)
                .withCurrentStep(RepairStep.REBUILD)
                .withAssessment(ExampleBackground.assessment(today))
                .withUnderstanding(ExampleBackground.understanding(today))
                .withOwnership(ExampleBackground.ownership())
                .withPreparation(ExampleTalks.preparation(today))
                .withDialogue(ExampleTalks.dialogue(today))
                .withReconciliation(ExampleApology.reconciliation(today))
                .withActionPlan(ExampleCommitments.actionPlan(today))
                .withRebuilding(ExampleTrust.rebuilding(today));
    }

    /** A time on a day, in UTC so the result does not depend on the machine’s time zone. */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(ZoneOffset.UTC);
    }
}
