package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bridgework.example.ExampleCase;
import org.bridgework.example.SurchargeCase;
import org.bridgework.example.WorkshopCase;
import org.bridgework.model.repair.Commitment;
import org.bridgework.text.Texts;
import org.junit.jupiter.api.Test;

/** The plans of the second and third examples render, in both versions, and say what the stories say. */
class PlanOfMoreExamplesTest {

    private static PdfText render(ExampleCase.Content content, PlanVersion version) throws Exception {
        return PdfText.of(PlanPdf.render(new PlanRequest(content.relationship(), content.repairCase(),
                PlanSamples.TODAY, version, Paper.A4)));
    }

    @Test
    void theSurchargePlanGivesTheDenialWithItsFactsInBothVersions() throws Exception {
        ExampleCase.Content content = SurchargeCase.build(PlanSamples.TODAY);
        PdfText internal = render(content, PlanVersion.INTERNAL);
        PdfText shareable = render(content, PlanVersion.SHAREABLE);
        assertTrue(internal.contains("Brightwater Garden Centres plc"), internal.all());
        assertTrue(internal.pages().size() >= 3, "a full case runs over several pages: " + internal.pages().size());
        for (PdfText plan : new PdfText[] {internal, shareable}) {
            assertTrue(plan.contains(Texts.get("plan.responseInstead")), "the response given instead");
            assertTrue(plan.contains("had not padded the surcharge"), "the plain denial");
            for (Commitment c : content.repairCase().actionPlan().commitments()) {
                assertTrue(plan.contains(c.what()), "commitment missing: " + c.what());
            }
        }
        assertTrue(internal.contains("all 13 match"), "the facts they can check, in our own version");
        assertTrue(shareable.contains("went through all 13 weeks"), "and in the response they were given");
        assertTrue(internal.contains("5 of 5 commitments due so far were kept on time (100%)"), internal.all());
        assertFalse(shareable.contains("Who was at fault is left blank"), "the assessment's reason is ours");
        assertFalse(shareable.contains("we rate their goodwill lower"), "a check-in note is ours");
    }

    @Test
    void theWorkshopPlanRecordsTheLettingGoAndKeepsOurViewOfThemInternal() throws Exception {
        ExampleCase.Content content = WorkshopCase.build(PlanSamples.TODAY);
        PdfText internal = render(content, PlanVersion.INTERNAL);
        PdfText shareable = render(content, PlanVersion.SHAREABLE);
        assertTrue(internal.contains("Tollgate Fleet Care Ltd"), internal.all());
        assertTrue(internal.pages().size() >= 3, "a full case runs over several pages: " + internal.pages().size());
        assertTrue(internal.contains("We let go, and do it properly"), "the decision's reason");
        assertTrue(internal.contains("8 of 8 commitments due so far were kept on time (100%)"), internal.all());
        assertTrue(shareable.contains("30 days’ notice in clause 14"), "the notice, in the response given instead");
        assertTrue(shareable.contains("Send Martin a written reference"), "the reference we promised");
        assertFalse(shareable.contains("the false pass is why we would not go back"), "our note on them");
        assertFalse(shareable.contains("Two workshops within ten miles"), "the assessment's reason is ours");
    }
}
