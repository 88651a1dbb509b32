package org.bridgework.plan;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiSplitterFactory;
import com.openhtmltopdf.bidi.BidiTextRun;
import java.text.Bidi;

/**
 * Splits a paragraph into runs of one direction with the JDK's Unicode bidirectional algorithm, so text in
 * Hebrew or Arabic is laid out right to left ({@link RightToLeftText} then turns each such run for drawing).
 * Without it the renderer draws every run left to right: a Hebrew name would print back to front.
 */
final class BidiRuns implements BidiSplitter {
    /** A new splitter per paragraph, as the renderer asks. */
    static final BidiSplitterFactory FACTORY = BidiRuns::new;

    private BidiTextRun[] runs = new BidiTextRun[0];

    @Override
    public void setParagraph(String paragraph, byte defaultDirection) {
        int flags = defaultDirection == RTL ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT;
        Bidi bidi = new Bidi(paragraph, flags);
        int count = bidi.getRunCount();
        BidiTextRun[] logical = new BidiTextRun[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            int start = bidi.getRunStart(i);
            levels[i] = (byte) bidi.getRunLevel(i);
            logical[i] = new BidiTextRun(start, bidi.getRunLimit(i) - start, (levels[i] & 1) == 0 ? LTR : RTL);
        }
        if (count > 1) {
            Bidi.reorderVisually(levels, 0, logical, 0, count);
        }
        runs = logical;
    }

    @Override
    public int countTextRuns() {
        return runs.length;
    }

    @Override
    public BidiTextRun getVisualRun(int runIndex) {
        return runs[runIndex];
    }

    /** The direction of the first strongly directional character; neutral when there is none. */
    @Override
    public byte getBaseDirection(String paragraph) {
        for (int i = 0; i < paragraph.length(); ) {
            int cp = paragraph.codePointAt(i);
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
                    return LTR;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
                    return RTL;
                default:
                    i += Character.charCount(cp);
            }
        }
        return NEUTRAL;
    }
}
