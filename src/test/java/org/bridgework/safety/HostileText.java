package org.bridgework.safety;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Text that tends to break storage and printing, for the property tests: strings made of pieces drawn from
 * every kind of trouble below, mixed with plain words and any code point of any plane.
 */
final class HostileText {
    /** Emoji that are more than one code point: skin tones, zero-width-joiner families, flags, variation selectors. */
    static final List<String> EMOJI = List.of("\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
            "\uD83C\uDDE9\uD83C\uDDEA", "\uD83E\uDD1D\uD83C\uDFFF", "\u2764\uFE0F",
            "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB", "\uD83E\uDDD1\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1");
    /** Marks that steer the direction of text: LRM, RLM, ALM, the embeddings, overrides and isolates. */
    static final List<String> BIDI = List.of("\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D",
            "\u202E", "\u2066", "\u2067", "\u2068", "\u2069");
    static final List<String> ZERO_WIDTH = List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD");
    static final List<String> SQL = List.of("'", "''", "\";--", "%", "_", "' OR '1'='1", "'); DROP TABLE relationship; --",
            "\\", "\\'", "?", ":name", "$1", "*/", "/*");
    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "&amp;", "&", "<", ">", "]]>",
            "<![CDATA[x]]>", "&#0;", "&#x1F600;", "&lt;b&gt;", "<?xml version=\"1.0\"?>", "<!-- c -->", "\"", "<b>",
            "</p>", "<img src=x onerror=alert(1)>", "&nbsp;", "%PDF-1.7", "(", ")", "\\(");
    static final List<String> WHITESPACE = List.of(" ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\u00A0", "\u2028",
            "\u2029", "\u3000", "\u0085", "\u000B", "\u000C");
    static final List<String> SCRIPTS = List.of("\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD",
            "\u682A\u5F0F\u4F1A\u793E", "\u0395\u03BB\u03BB\u03B7\u03BD\u03B9\u03BA\u03AC", "\u041F\u0440\u0438\u0432\u0435\u0442",
            "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35", "\uD55C\uAD6D\uC5B4", "\u0939\u093F\u0928\u094D\u0926\u0940", "Zo\u00EB",
            "\u00DF", "\u0130", "\uFB01", "O'Brien");
    static final List<String> SPECIALS = List.of("\uFFFE", "\uFFFF", "\uFDD0", "\uFFFD", "\uFFFC", "\uE000");

    private HostileText() {
    }

    /** One piece of trouble. */
    static Arbitrary<String> piece() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10)),
                Tuple.of(2, controls()),
                Tuple.of(2, Arbitraries.of(BIDI)),
                Tuple.of(2, Arbitraries.of(ZERO_WIDTH)),
                Tuple.of(2, Arbitraries.of(EMOJI)),
                Tuple.of(2, combining()),
                Tuple.of(2, Arbitraries.of(SQL)),
                Tuple.of(2, Arbitraries.of(MARKUP)),
                Tuple.of(3, Arbitraries.of(WHITESPACE)),
                Tuple.of(1, loneSurrogate()),
                Tuple.of(1, Arbitraries.of(SPECIALS)),
                Tuple.of(2, Arbitraries.of(SCRIPTS)),
                Tuple.of(2, anyCodePoint()));
    }

    /** Hostile text of up to {@code maxPieces} pieces, now and then empty or white space only. */
    static Arbitrary<String> text(int maxPieces) {
        Arbitrary<String> pieces = piece().list().ofMaxSize(maxPieces).map(list -> String.join("", list));
        return Arbitraries.frequencyOf(Tuple.of(12, pieces), Tuple.of(1, Arbitraries.of("", " ", "\n\n", "\t \u00A0\u3000")));
    }

    /**
     * Hostile text without any character that changes the order of text on its line (right-to-left letters,
     * Arabic digits, direction marks, embeddings, overrides, isolates): for places where text is compared in order.
     */
    static Arbitrary<String> leftToRightText(int maxPieces) {
        return piece().filter(p -> !PrintedText.directional(p)).list().ofMaxSize(maxPieces)
                .map(list -> String.join("", list));
    }

    /** Text of {@code chars} UTF-16 units or a little more, from the same pieces: for the megabyte tries. */
    static Arbitrary<String> longText(int chars) {
        return piece().list().ofMinSize(50).ofMaxSize(200).map(list -> {
            StringBuilder text = new StringBuilder(chars + 64);
            while (text.length() < chars) {
                list.forEach(text::append);
            }
            return text.toString();
        });
    }

    /** C0 controls (NUL first among them), DEL and C1 controls. */
    static Arbitrary<String> controls() {
        return Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001F'), Arbitraries.of('\u007F'),
                Arbitraries.chars().range('\u0080', '\u009F')).map(String::valueOf);
    }

    /** A letter under a pile of combining marks ("Zalgo"), or one mark on nothing at all. */
    static Arbitrary<String> combining() {
        Arbitrary<String> marks = Arbitraries.chars().range('\u0300', '\u036F').list().ofMinSize(1).ofMaxSize(25)
                .map(list -> list.stream().map(String::valueOf).reduce("", String::concat));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of("e\u0301", "\u0301", "a\u0308\u0304")),
                Tuple.of(3, Arbitraries.of("a", "Z", "\u05D0", "\u0915").flatMap(base -> marks.map(m -> base + m))));
    }

    /** Half of a surrogate pair, alone: a Java string can hold one, UTF-8 cannot. */
    static Arbitrary<String> loneSurrogate() {
        return Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf);
    }

    /** Any Unicode scalar value, of any plane. */
    static Arbitrary<String> anyCodePoint() {
        return Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE).map(Character::toString);
    }

    /**
     * What the workbook keeps of {@code text}: all of it, except that each lone surrogate, which UTF-8 cannot
     * hold, is U+FFFD (see docs/workbook-format.md). A pair split by the string's own construction stays a pair.
     */
    static String asStored(String text) {
        StringBuilder stored = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                stored.append(c).append(text.charAt(++i));
            } else {
                stored.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return stored.toString();
    }

    /** Whether {@code text} has a lone surrogate. */
    static boolean hasLoneSurrogate(String text) {
        return !asStored(text).equals(text);
    }
}
