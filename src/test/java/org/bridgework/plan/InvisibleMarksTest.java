package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Direction marks and zero-width joiners typed in a name (pasted from an e-mail in Hebrew, say) leave no mark on
 * paper: the first page with them is, pixel for pixel, the page without them. Lato alone drew each as a small
 * visible symbol, in the plan's title and in the running header of every page.
 */
class InvisibleMarksTest {
    private static final String PLAIN = "Acme Ltd (north)";
    /** LRM, ZWJ, ZWNJ and RLM where none of them changes the order of what is drawn around it. */
    private static final String MARKED = "Acme\u200E Ltd\u200D (north)\u200C\u200F";

    @Test
    void thePlanDrawsNothingForThem() throws IOException {
        assertSamePage(PlanPdf::render);
    }

    @Test
    void theBriefDrawsNothingForThem() throws IOException {
        assertSamePage(BriefPdf::render);
    }

    private static void assertSamePage(Function<PlanRequest, byte[]> renderer) throws IOException {
        PlanRequest example = PlanSamples.example(PlanVersion.INTERNAL, Paper.A4);
        byte[] plain = renderer.apply(named(example, PLAIN));
        assertTrue(PdfText.of(plain).contains(PLAIN), "the name is on the page");
        assertArrayEquals(firstPage(plain), firstPage(renderer.apply(named(example, MARKED))),
                "the marks changed what is drawn");
    }

    private static PlanRequest named(PlanRequest request, String name) {
        return new PlanRequest(request.relationship().withName(name), request.repair(), request.today(),
                request.version(), request.paper(), request.lastChange());
    }

    private static int[] firstPage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            return page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        }
    }
}
