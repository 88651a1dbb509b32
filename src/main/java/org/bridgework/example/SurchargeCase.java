package org.bridgework.example;

import java.time.LocalDate;
import java.util.Objects;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;

/**
 * The second example: an integrity accusation where the facts clear us.
 *
 * <p>Brightwater Garden Centres, a client of Kestrel Freight, accused us of padding the fuel surcharge and of
 * handing their loads in secret to a cheaper haulier. We checked: the surcharge followed the contract's index
 * clause every week, and the strange lorry was a hired tractor unit pulling our own trailer, driven by our own
 * driver. So we denied it plainly, early and with records they could check, owned the small things we could
 * have done better (an invoice nobody could check, a hired vehicle we did not mention) and added a safeguard
 * that keeps the surcharge open to their auditor. About six weeks long, ending around {@code today}.
 *
 * <p>All eight steps are complete: no apology was warranted, so Apologise holds the response given instead; and
 * the repair is closed as continued with safeguards, which the app's closing check supports.
 *
 * <p>Pure: the same {@code today} always gives an equal result, and nothing is read from the clock.
 */
public final class SurchargeCase {
    /** The client in this example. */
    public static final String CLIENT = "Brightwater Garden Centres";

    /** When each step was first complete, in days before today, in step order. */
    static final int[] MILESTONE_DAYS_AGO = {39, 39, 36, 36, 40, 35, 40, 3};

    private SurchargeCase() {
    }

    /** Builds the example as it stands on {@code today}. */
    public static ExampleCase.Content build(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return new ExampleCase.Content(relationship(today), repairCase(today));
    }

    private static Relationship relationship(LocalDate today) {
        String notes = "A fictional example to explore: every name in it is made up. "
                + "We carry plants, compost and garden furniture from growers and the port to Brightwater’s "
                + "22 garden centres. Their finance team accused us of padding the fuel surcharge and of "
                + "passing their loads to a cheaper haulier; our records showed neither was true.";
        return new Relationship(0, CLIENT, "Brightwater Garden Centres plc",
                "Priya Lorimer, Finance Director", "Graham Holt", RelationshipKind.CLIENT, notes, false,
                ExampleCase.at(today.minusDays(40), 9, 5), ExampleCase.at(today.minusDays(3), 11, 30));
    }

    private static RepairCase repairCase(LocalDate today) {
        return RepairCase.start(0)
                .withCurrentStep(RepairStep.REBUILD)
                .withAssessment(SurchargeBackground.assessment(today))
                .withUnderstanding(SurchargeBackground.understanding(today))
                .withOwnership(SurchargeBackground.ownership())
                .withPreparation(SurchargeTalks.preparation(today))
                .withDialogue(SurchargeTalks.dialogue(today))
                .withReconciliation(SurchargeFollowUp.reconciliation())
                .withActionPlan(SurchargeFollowUp.actionPlan(today))
                .withRebuilding(SurchargeFollowUp.rebuilding(today));
    }
}
