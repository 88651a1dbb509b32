package org.bridgework.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the plan's embedded fonts can draw, read from the font files the app ships: Lato first,
 * DejaVu Sans for what Lato lacks, in regular or bold.
 */
final class PlanFonts {
    private static final PlanFonts REGULAR = new PlanFonts("Lato-Regular.ttf", "DejaVuSans.ttf");
    private static final PlanFonts BOLD = new PlanFonts("Lato-Bold.ttf", "DejaVuSans-Bold.ttf");

    private final List<CmapLookup> cmaps = new ArrayList<>();

    private PlanFonts(String... files) {
        for (String file : files) {
            try (InputStream in = PlanFonts.class.getResourceAsStream("/org/bridgework/plan/fonts/" + file)) {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                cmaps.add(font.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static PlanFonts regular() {
        return REGULAR;
    }

    static PlanFonts bold() {
        return BOLD;
    }

    /** True when one of the fonts has a glyph for the code point. */
    boolean has(int codePoint) {
        return cmaps.stream().anyMatch(cmap -> cmap.getGlyphId(codePoint) > 0);
    }
}
