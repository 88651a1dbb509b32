package org.bridgework.model.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n", "\u00A0", "\u200B", "\u202F \u2007", "\u3000"})
    void invisibleTextIsBlank(String text) {
        assertTrue(Texts.isBlank(text));
        assertFalse(Texts.hasText(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", " é ", "日本", "\u00A0ok", "😀"})
    void visibleTextIsNotBlank(String text) {
        assertFalse(Texts.isBlank(text));
    }

    @Test
    void nullIsBlankAndBecomesEmpty() {
        assertTrue(Texts.isBlank(null));
        assertEquals("", Texts.orEmpty(null));
        assertEquals("a", Texts.orEmpty("a"));
    }

    @Test
    void copyIsUnmodifiableAndDetached() {
        List<String> original = new ArrayList<>(List.of("a"));
        List<String> copy = Texts.copy(original);
        original.add("b");
        assertEquals(List.of("a"), copy);
        assertThrows(UnsupportedOperationException.class, () -> copy.add("c"));
        assertEquals(List.of(), Texts.copy(null));
        assertThrows(NullPointerException.class, () -> Texts.copy(Arrays.asList("a", null)));
    }
}
