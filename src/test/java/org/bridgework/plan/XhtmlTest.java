package org.bridgework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
