package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.Apology;
import org.bridgework.model.repair.ApologyWarranted;
import org.bridgework.model.repair.Reconciliation;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.text.Texts;
import org.junit.jupiter.api.Test;

/** The apology in the plan: as given in both versions; its parts and warnings in the internal one only. */
class PlanApologyCheckTest {
    private static final String DRAFT = "We apologise if this caused any inconvenience. We will look into it.";

    private static PdfText render(PlanVersion version, ApologyWarranted warranted) throws Exception {
        ExampleCase.Content content = ExampleCase.build(PlanSamples.TODAY);
        RepairCase base = content.repairCase();
        Apology given = Apology.draft(DRAFT, Set.of()).givenOn(PlanSamples.TODAY.minusDays(3), null);
        RepairCase repair = base.withReconciliation(new Reconciliation(given, base.reconciliation().forgiveness()))
                .withPreparation(base.preparation().withApologyWarranted(warranted));
        return PdfText.of(PlanPdf.render(new PlanRequest(content.relationship(), repair, PlanSamples.TODAY, version,
                Paper.A4)));
    }

    @Test
    void theInternalPlanShowsThePartsAndTheWarnings() throws Exception {
        PdfText internal = render(PlanVersion.INTERNAL, ApologyWarranted.YES);
        assertTrue(internal.contains(DRAFT));
        assertTrue(internal.contains(Texts.get("plan.apology.parts", Texts.guidance("apology.component.REGRET"))));
        assertTrue(internal.contains(Texts.get("plan.apology.warnings")));
        assertTrue(internal.contains(Texts.get("apology.warning.conditional")));
        assertTrue(internal.contains(Texts.get("apology.warning.only_look_into")));
        assertTrue(internal.all().contains(Texts.guidance("apology.component.ACKNOWLEDGEMENT_OF_RESPONSIBILITY")));
    }

    @Test
    void theShareablePlanShowsTheApologyAsGivenOnly() throws Exception {
        PdfText shareable = render(PlanVersion.SHAREABLE, ApologyWarranted.YES);
        assertTrue(shareable.contains(DRAFT));
        assertFalse(shareable.contains(Texts.get("plan.apology.warnings")));
        assertFalse(shareable.contains(Texts.get("apology.warning.conditional")));
        assertFalse(shareable.all().contains("Parts it"));
    }

    @Test
    void withNoApologyWarrantedNothingIsSaidToBeMissing() throws Exception {
        PdfText internal = render(PlanVersion.INTERNAL, ApologyWarranted.NO);
        assertFalse(internal.all().contains("Parts it lacks"));
        assertFalse(internal.contains(Texts.get("plan.apology.warnings")));
    }
}
