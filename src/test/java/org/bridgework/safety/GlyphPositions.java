package org.bridgework.safety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where characters are drawn, as PDFBox sees it: the x of the first glyph of each on page 1, the rightmost edge. */
final class GlyphPositions extends PDFTextStripper {
    private final Map<Integer, Float> firstX = new HashMap<>();
    private float rightmost;

    private GlyphPositions() {
    }

    /** The x positions of the code points, in the order asked; fails if one is not drawn. */
    static List<Float> of(byte[] pdf, List<Integer> codePoints) throws IOException {
        GlyphPositions positions = new GlyphPositions();
        positions.setStartPage(1);
        positions.setEndPage(1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            positions.getText(document);
        }
        List<Float> x = new ArrayList<>();
        for (int cp : codePoints) {
            Float found = positions.firstX.get(cp);
            if (found == null) {
                throw new AssertionError("U+" + Integer.toHexString(cp).toUpperCase() + " is not drawn on page 1");
            }
            x.add(found);
        }
        return x;
    }

    /** The right edge of the rightmost glyph drawn on any page, in points from the page's left edge. */
    static float rightmost(byte[] pdf) throws IOException {
        GlyphPositions positions = new GlyphPositions();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            positions.getText(document);
        }
        return positions.rightmost;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        rightmost = Math.max(rightmost, text.getXDirAdj() + text.getWidthDirAdj());
        text.getUnicode().codePoints().forEach(cp -> firstX.putIfAbsent(cp, text.getXDirAdj()));
        super.processTextPosition(text);
    }
}
