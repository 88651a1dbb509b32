package org.bridgework.safety;

import java.text.Normalizer;

/**
 * What a plan shows of typed text, and how text read back from the PDF is compared with it.
 *
 * <p>What the plan shows ({@link #expected}), the README's promise stated character by character and not copied
 * from the plan's code: every character typed, in order, either as itself or as exactly one U+FFFD, never left
 * out. U+FFFD stands for a character that cannot be printed: one XML 1.0 does not allow (controls below U+0020
 * other than tab and line breaks, U+001C to U+001F included, lone surrogates, U+FFFE, U+FFFF), the other
 * controls (U+007F to U+009F), noncharacters, private-use and unassigned code points, U+FFFC, and any character
 * neither embedded font has a glyph for. Only layout may go unseen: tab, CR and LF anywhere, and in a field
 * printed as paragraphs every kind of line break ({@code \R}: CR, LF, VT, FF, NEL, U+2028, U+2029), which breaks
 * the line instead; the comparison leaves white space out, so where a line breaks or a paragraph ends is not
 * compared.
 *
 * <p>How it is compared ({@link #comparable}), on both sides alike: white space is left out (the layout
 * breaks lines where the text had none, and collapses runs of spaces), and so are format characters (Unicode
 * category Cf: zero-width spaces and joiners, direction marks, the soft hyphen), which are invisible by
 * definition whether or not the PDF carries a zero-width glyph for them; text is compared decomposed (NFD),
 * and presentation forms (U+FB00 to U+FDFF, U+FE70 to U+FEFF: ligatures such as "\uFB01", Arabic letter forms)
 * in their compatibility decomposition (NFKC), as text extraction reports them. Combining marks are compared
 * apart from the letters: every mark must be there, as often as typed, but not on which letter, because text
 * extraction hangs a mark on whichever glyph it overlaps on the page (a mark typed after a space lands on the
 * next letter). A spacing accent is compared as its combining twin ({@link #AS_COMBINING}), because PDFBox
 * reports one that touches another glyph that way. The letters and every other character are compared in
 * order. Nothing else is
 * forgiven: a character lost, added, replaced, doubled or escaped ("&amp;amp;") makes the comparison fail.
 */
final class PrintedText {
    /** The characters {@code \R} matches: CR, LF, VT, FF, NEL, U+2028, U+2029. */
    private static final String LINE_BREAKS = "\r\n\u000B\f\u0085\u2028\u2029";

    private PrintedText() {
    }

    /** The text as the plan draws it, before {@link #comparable}: see the class comment. */
    static String expected(String typed, boolean paragraphs, PlanFonts fonts) {
        StringBuilder drawn = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); ) {
            char c = typed.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < typed.length()
                    && Character.isLowSurrogate(typed.charAt(i + 1));
            int cp = pair ? Character.toCodePoint(c, typed.charAt(i + 1)) : c;
            i += pair ? 2 : 1;
            if (cp == '\t' || cp == '\n' || cp == '\r' || paragraphs && LINE_BREAKS.indexOf(cp) >= 0) {
                drawn.append(' ');
            } else if (!printable(cp)) {
                drawn.append('\uFFFD');
            } else if (Character.getType(cp) == Character.FORMAT || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp) || fonts.has(cp)) {
                drawn.appendCodePoint(cp);
            } else {
                drawn.append('\uFFFD');
            }
        }
        return drawn.toString();
    }

    /**
     * The text with white space and format characters left out, decomposed (NFD), presentation forms in NFKC:
     * see the class comment. Combining marks are still in it; {@link #letters} and {@link #marks} split them off.
     */
    static String comparable(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !(Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || variationSelector(cp))).forEach(cp -> {
                    if (cp >= 0xFB00 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF) {
                        kept.append(Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC));
                    } else {
                        kept.appendCodePoint(cp);
                    }
                });
        String decomposed = Normalizer.normalize(kept, Normalizer.Form.NFD);
        StringBuilder twinned = new StringBuilder(decomposed.length());
        decomposed.codePoints().map(cp -> AS_COMBINING.getOrDefault(cp, cp)).forEach(twinned::appendCodePoint);
        return twinned.toString();
    }

    /**
     * The spacing characters PDFBox's text extraction turns into combining marks when their glyph overlaps
     * another (its TextPosition diacritics table), and the marks they become.
     */
    private static final java.util.Map<Integer, Integer> AS_COMBINING = java.util.Map.ofEntries(
            java.util.Map.entry(0x0060, 0x0300), java.util.Map.entry(0x02CB, 0x0300), java.util.Map.entry(0x0027, 0x0301),
            java.util.Map.entry(0x02B9, 0x0301), java.util.Map.entry(0x02CA, 0x0301), java.util.Map.entry(0x005E, 0x0302),
            java.util.Map.entry(0x02C6, 0x0302), java.util.Map.entry(0x007E, 0x0303), java.util.Map.entry(0x02C9, 0x0304),
            java.util.Map.entry(0x00B0, 0x030A), java.util.Map.entry(0x02BA, 0x030B), java.util.Map.entry(0x02C7, 0x030C),
            java.util.Map.entry(0x02C8, 0x030D), java.util.Map.entry(0x0022, 0x030E), java.util.Map.entry(0x02BB, 0x0312),
            java.util.Map.entry(0x02BC, 0x0313), java.util.Map.entry(0x0486, 0x0313), java.util.Map.entry(0x055A, 0x0313),
            java.util.Map.entry(0x02BD, 0x0314), java.util.Map.entry(0x0485, 0x0314), java.util.Map.entry(0x0559, 0x0314),
            java.util.Map.entry(0x02D4, 0x031D), java.util.Map.entry(0x02D5, 0x031E), java.util.Map.entry(0x02D6, 0x031F),
            java.util.Map.entry(0x02D7, 0x0320), java.util.Map.entry(0x02B2, 0x0321), java.util.Map.entry(0x02CC, 0x0329),
            java.util.Map.entry(0x02B7, 0x032B), java.util.Map.entry(0x02CD, 0x0331), java.util.Map.entry(0x005F, 0x0332),
            java.util.Map.entry(0x204E, 0x0359));

    /** Everything but the combining marks, in order. */
    static String letters(String comparable) {
        StringBuilder letters = new StringBuilder(comparable.length());
        comparable.codePoints().filter(cp -> !isMark(cp)).forEach(letters::appendCodePoint);
        return letters.toString();
    }

    /** The combining marks alone, in code point order. */
    static String marks(String comparable) {
        StringBuilder marks = new StringBuilder();
        comparable.codePoints().filter(PrintedText::isMark).sorted().forEach(marks::appendCodePoint);
        return marks.toString();
    }

    /**
     * A variation selector (emoji or text style of the character before it) has no glyph of its own, so like a
     * format character it cannot be seen on the page, and extraction puts it anywhere near its character.
     */
    private static boolean variationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** True when the text has a character that can change the order of what is around it on a line. */
    static boolean directional(String text) {
        return text.codePoints().anyMatch(cp -> switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
                 Character.DIRECTIONALITY_ARABIC_NUMBER, Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
                 Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE, Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
                 Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE, Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
                 Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE, Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> true;
            default -> false;
        });
    }

    /** The text as code points, "U+0041 U+0301 ...", for messages that must show what cannot be seen. */
    static String codePoints(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out.append(out.length() == 0 ? "" : " ").append(String.format("U+%04X", cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * The code points of the text in ascending order, for text whose order on the line the bidirectional
     * algorithm changes and extraction does not restore. There a mirrored character (a bracket, an angle quote,
     * "≤") may rightly be drawn as its mirror image, so each counts as U+2194, told apart from other
     * characters but not from its mirror. Extraction reverses such a run char by char, which turns a
     * surrogate pair (an emoji) around; a low surrogate followed by a high one is read as the pair it was.
     */
    static String sorted(String text) {
        StringBuilder sorted = new StringBuilder(text.length());
        unreversedPairs(text).codePoints().map(cp -> Character.isMirrored(cp) ? 0x2194 : cp).sorted()
                .forEach(sorted::appendCodePoint);
        return sorted.toString();
    }

    private static String unreversedPairs(String text) {
        StringBuilder repaired = new StringBuilder(text);
        for (int i = 0; i + 1 < repaired.length(); i++) {
            char low = repaired.charAt(i);
            char high = repaired.charAt(i + 1);
            if (Character.isLowSurrogate(low) && Character.isHighSurrogate(high)) {
                repaired.setCharAt(i, high);
                repaired.setCharAt(i + 1, low);
                i++;
            }
        }
        return repaired.toString();
    }

    /**
     * The plan's rule for what can be printed, written out independently of the plan's code: see the class
     * comment. (Tab, CR and LF are white space, handled by the caller.)
     */
    private static boolean printable(int cp) {
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0xFFFC) {
            return false;
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.SURROGATE && type != Character.PRIVATE_USE && type != Character.UNASSIGNED;
    }
}
