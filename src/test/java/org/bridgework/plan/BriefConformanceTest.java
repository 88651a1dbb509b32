package org.bridgework.plan;

import org.junit.jupiter.api.Test;

/** The meeting brief goes through the plan's PDF path, so it is tagged PDF/UA-1 and PDF/A-2a too (issue 19). */
class BriefConformanceTest {

    @Test
    void theExamplesBriefConforms() throws Exception {
        PlanConformanceTest.assertConforms(BriefPdf.render(PlanSamples.example(PlanVersion.INTERNAL, Paper.A4)));
    }

    /** Its title is the relationship's name, so a name that prints nothing must not leave it without an H1. */
    @Test
    void aBriefForANameThatPrintsNothingConforms() throws Exception {
        PlanConformanceTest.assertConforms(BriefPdf.render(PlanSamples.empty("\u200F")));
    }

    @Test
    void aBriefCutToOnePageConforms() throws Exception {
        PlanConformanceTest.assertConforms(BriefPdf.render(BriefPdfTest.huge(Paper.LETTER)));
    }
}
