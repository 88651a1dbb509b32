package org.bridgework.plan;

/** The meeting brief as PDF, made the way the plan is (same fonts, nothing loaded from outside). */
public final class BriefPdf {
    private BriefPdf() {
    }

    public static byte[] render(PlanRequest request) {
        return PlanPdf.render(BriefHtml.build(request));
    }
}
