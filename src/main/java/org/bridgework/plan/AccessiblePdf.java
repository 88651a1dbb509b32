package org.bridgework.plan;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/**
 * What makes every PDF of this package an accessible, archivable document (issue 19): tagged for PDF/UA-1 (the
 * structure tree gives screen readers the headings, lists, tables with their header cells and the reading
 * order; the title and language come from the XHTML's {@code <title>} and {@code lang}), and PDF/A-2a, which
 * needs every font embedded (PlanPdf embeds ours, and no other exists for the renderer) and an sRGB output
 * intent, the JDK's own profile. One place, so the plan and anything else rendered by {@link PlanPdf} get the
 * same settings.
 */
final class AccessiblePdf {
    /** The PDF/A part and level the documents claim and the tests check. */
    static final PdfAConformance CONFORMANCE = PdfAConformance.PDFA_2_A;

    private AccessiblePdf() {
    }

    static void apply(PdfRendererBuilder builder) {
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(CONFORMANCE);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    }
}
