package org.bridgework.model.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Folding as the index does: the quick way for plain letters gives what the full way gives. */
class SearchWordsFoldTest {
    @Test
    void plainAndAccentedWordsFoldAlike() {
        assertEquals("cartons in the old sizes", SearchWords.fold("Cartons in the OLD Sizes"));
        assertEquals("ines cafe", SearchWords.fold("Inès CAFÉ"));
        assertEquals("ines", SearchWords.fold("Ine\u0300s"), "a combining accent is removed too");
        assertEquals("", SearchWords.fold(""));
    }
}
