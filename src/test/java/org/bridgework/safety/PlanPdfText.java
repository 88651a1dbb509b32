package org.bridgework.safety;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * The text of a plan's PDF as PDFBox reads it back, in drawing order, split into the running header of each
 * page and the body of all pages (the page margins hold the header and footer, so a field that runs over a page
 * break reads on without them in between).
 */
record PlanPdfText(List<String> headers, String body) {
    private static final float MM = 72f / 25.4f;
    /** The plan's page margins at the top and bottom (plan.css, {@code @page}). */
    private static final float TOP = 22 * MM;
    private static final float BOTTOM = 20 * MM;

    static PlanPdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> headers = new ArrayList<>();
            StringBuilder body = new StringBuilder();
            for (PDPage page : document.getPages()) {
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                PDFTextStripperByArea stripper = new PDFTextStripperByArea();
                stripper.addRegion("header", new Rectangle2D.Float(0, 0, width, TOP));
                stripper.addRegion("body", new Rectangle2D.Float(0, TOP, width, height - TOP - BOTTOM));
                stripper.extractRegions(page);
                headers.add(stripper.getTextForRegion("header"));
                body.append(stripper.getTextForRegion("body")).append('\n');
            }
            return new PlanPdfText(headers, body.toString());
        }
    }

    /** Every piece of text found between the two markers, in order. */
    static List<String> between(String text, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
