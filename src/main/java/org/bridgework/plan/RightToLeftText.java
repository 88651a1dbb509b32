package org.bridgework.plan;

import com.openhtmltopdf.bidi.BidiReorderer;
import java.util.Map;

/**
 * Turns a right-to-left run into the left-to-right order glyphs are drawn in: characters reversed, each
 * combining mark kept after the letter it belongs to, paired brackets mirrored, as the Unicode bidirectional
 * algorithm asks. Arabic letters are not joined into their contextual forms (that needs a shaping engine the
 * JDK does not have): they print in their standalone forms, in the right order.
 */
final class RightToLeftText implements BidiReorderer {
    /** Bidi_Mirroring_Glyph pairs of the brackets and quotes people type. */
    private static final Map<Integer, Integer> MIRRORED = Map.ofEntries(
            Map.entry((int) '(', (int) ')'), Map.entry((int) ')', (int) '('),
            Map.entry((int) '[', (int) ']'), Map.entry((int) ']', (int) '['),
            Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'),
            Map.entry((int) '<', (int) '>'), Map.entry((int) '>', (int) '<'),
            Map.entry(0x00AB, 0x00BB), Map.entry(0x00BB, 0x00AB),
            Map.entry(0x2039, 0x203A), Map.entry(0x203A, 0x2039));

    @Override
    public String reorderRTLTextToLTR(String text) {
        StringBuilder drawn = new StringBuilder(text.length());
        int end = text.length();
        while (end > 0) {
            // One cluster from the end: a character with the combining marks that follow it.
            int start = end;
            int cp;
            do {
                cp = text.codePointBefore(start);
                start -= Character.charCount(cp);
            } while (start > 0 && isMark(cp));
            int base = text.codePointAt(start);
            drawn.appendCodePoint(MIRRORED.getOrDefault(base, base));
            drawn.append(text, start + Character.charCount(base), end);
            end = start;
        }
        return drawn.toString();
    }

    @Override
    public String shapeText(String text) {
        return text;
    }

    @Override
    public String deshapeText(String text) {
        return text;
    }

    /** True: the renderer runs its bidirectional layout only for a reorderer that says it is live. */
    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
