package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairOffer;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * The reported case in the plan: their trust in us fell from 3-3-3 to 2-1-2 while ours in them rose from 2-3-3
 * to 4-4-4, and a promised credit was dropped by us. The plan must say their trust is falling, name goodwill,
 * flag the dropped offer, and keep our ratings of them out of the shareable version.
 */
class PlanTrustAndFollowThroughTest {
    private static final String CREDIT = "Credit the October invoice in full";

    private static PdfText render(PlanVersion version) throws Exception {
        ExampleCase.Content content = ExampleCase.build(PlanSamples.TODAY);
        RepairCase base = content.repairCase();
        List<TrustCheckIn> checkIns = List.of(
                new TrustCheckIn(PlanSamples.TODAY.minusDays(40), new TrustRatings(2, 3, 3), new TrustRatings(3, 3, 3), ""),
                new TrustCheckIn(PlanSamples.TODAY.minusDays(10), new TrustRatings(4, 4, 4), new TrustRatings(2, 1, 2), ""));
        List<Commitment> commitments = new ArrayList<>(base.actionPlan().commitments());
        RepairOffer credit = new RepairOffer(CREDIT);
        commitments.add(credit.toCommitment("Ruth", PlanSamples.TODAY.minusDays(5)).withStatus(CommitmentStatus.DROPPED));
        var apology = base.reconciliation().apology();
        List<RepairOffer> offers = new ArrayList<>(apology.offers());
        offers.add(credit);
        RepairCase repair = base.withActionPlan(new ActionPlan(commitments))
                .withReconciliation(new Reconciliation(apology.withOffers(offers), base.reconciliation().forgiveness()))
                .withRebuilding(new Rebuilding(checkIns, base.rebuilding().outcome(), base.rebuilding().lessonsLearned()));
        return PdfText.of(PlanPdf.render(new PlanRequest(content.relationship(), repair, PlanSamples.TODAY, version,
                Paper.A4)));
    }

    @Test
    void theInternalPlanSaysTheirTrustIsFallingAndNamesWhatFell() throws Exception {
        PdfText internal = render(PlanVersion.INTERNAL);
        assertTrue(internal.contains(Texts.get("trust.line", Texts.get("enum.TrustPerspective.THEIR_TRUST_IN_US"),
                5.0 / 3, Texts.get("enum.TrustTrend.DOWN"))), internal.all());
        assertTrue(internal.contains(Texts.get("trust.fell", Texts.get("enum.TrustItem.BENEVOLENCE"), 3, 1)));
        assertTrue(internal.contains(Texts.get("trust.line", Texts.get("enum.TrustPerspective.OUR_TRUST_IN_THEM"),
                4.0, Texts.get("enum.TrustTrend.UP"))));
        assertFalse(internal.all().contains("steady"), "the blend that read as steady is gone");
        assertTrue(internal.contains(Texts.get("enum.DisplayStatus.OFFER_DROPPED")));
    }

    @Test
    void theShareablePlanNeverShowsOurRatingsOfThem() throws Exception {
        PdfText shareable = render(PlanVersion.SHAREABLE);
        assertTrue(shareable.contains(Texts.get("trust.line", Texts.get("enum.TrustPerspective.THEIR_TRUST_IN_US"),
                5.0 / 3, Texts.get("enum.TrustTrend.DOWN"))));
        assertFalse(shareable.all().contains(Texts.get("enum.TrustPerspective.OUR_TRUST_IN_THEM")));
        assertFalse(shareable.all().contains(Texts.get("plan.trust.ours")));
        assertFalse(shareable.all().contains(Texts.get("plan.col.ours")));
    }
}
