package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XhtmlTest {

    @Test
    void markupCharactersAreEscapedOnce() {
        assertEquals("&lt;b&gt; &amp;amp; &quot;x&quot; &#39;y&#39;", Xhtml.escape("<b> &amp; \"x\" 'y'"));
    }

    @Test
    void aCombiningMarkWithNothingToSitOnIsShownOnANoBreakSpace() {
        assertEquals("\u00A0\u0301", Xhtml.escape("\u0301"));
        assertEquals("a \u00A0\u0301b", Xhtml.escape("a \u0301b"));
        assertEquals("line\n\u00A0\u20DD", Xhtml.escape("line\n\u20DD"));
    }

    @Test
    void aCombiningMarkAfterALetterOrAnotherMarkStaysAsTyped() {
        assertEquals("e\u0301", Xhtml.escape("e\u0301"));
        assertEquals("a\u0301\u0323", Xhtml.escape("a\u0301\u0323"));
        assertEquals("&amp;\u0301", Xhtml.escape("&\u0301"));
    }

    @Test
    void whatCannotBePrintedBecomesAReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD", Xhtml.escape("a\u0000b\u0085"));
        assertEquals("\uFFFD", Xhtml.escape("\uD800"));
    }

    /** U+001C to U+001F are white space to Java but control characters to print: at a paragraph's edge too. */
    @Test
    void controlCharactersAtAParagraphsEdgeAreNotTrimmed() {
        assertEquals("<p>A\uFFFD</p>", paragraphs("A\u001C\u0085"));
        for (char control = '\u001C'; control <= '\u001F'; control++) {
            assertEquals("<p>\uFFFDA</p>", paragraphs(control + "A"), "before");
            assertEquals("<p>A\uFFFD</p>", paragraphs("A" + control), "after");
            assertEquals("<p>A</p><p>\uFFFD</p>", paragraphs("A\n\n" + control + "\n\n"), "alone");
            assertEquals("<p>\uFFFD</p>", paragraphs(" " + control + " "), "the whole text");
        }
        assertEquals("<p>A</p><p>\uFFFDB\uFFFD</p><p>C</p>", paragraphs("A\n\n\u001DB\u001E\n\nC"));
    }

    /** Line breaks of every kind only break lines; at a paragraph's edge they, and spaces, go unseen. */
    @Test
    void lineBreaksAndSpacesAtAParagraphsEdgeAreLayout() {
        assertEquals("<p>A</p>", paragraphs("\u0085A\u0085"));
        assertEquals("<p>A</p>", paragraphs("\u2028 A \u2028"));
        assertEquals("<p>A<br/>B</p>", paragraphs("A\u2028B"));
        assertEquals("<p>A</p><p>B</p>", paragraphs(" A \n \n\tB\r\n"));
        assertEquals("", paragraphs(" \u2028\n\u0085\t "));
    }

    /** A heading of these would leave no mark on the page, so the plan and the brief put a stand-in there. */
    @Test
    void textOfOnlyMarksAndSpacesIsInvisible() {
        for (String nothing : new String[] {null, "", " \n", "\u200E", "\u200F \u200B", "\u00A0\u3000",
                "\u2060\u200D\u202E"}) {
            assertTrue(Xhtml.invisible(nothing), String.valueOf(nothing));
        }
        // Each of these prints something: a letter, an accent on a no-break space, U+FFFD for a control character.
        for (String something : new String[] {"a", "\u200Ea", "\u0301", "\u001C", "\uD800"}) {
            assertFalse(Xhtml.invisible(something), something);
        }
    }

    private static String paragraphs(String typed) {
        return new Xhtml().paragraphs(typed, null).toString();
    }
}
