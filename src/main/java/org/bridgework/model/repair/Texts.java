package org.bridgework.model.repair;

import java.util.List;
import java.util.Objects;

/** Small text helpers shared by the worksheets and rules. */
final class Texts {
    private Texts() {
    }

    /**
     * True when the text has nothing a reader could see: empty, or only spaces of any kind. Unlike
     * {@link String#isBlank()} this also treats no-break spaces and zero-width characters as blank, since
     * they come in by copy and paste and a field holding only them is still empty to the manager.
     */
    static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(Texts::isInvisible);
    }

    static boolean hasText(String text) {
        return !isBlank(text);
    }

    private static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /** Null becomes "", so a worksheet's text fields never need a null check. */
    static String orEmpty(String text) {
        return Objects.requireNonNullElse(text, "");
    }

    /** An unmodifiable copy; null becomes an empty list. Null elements are refused (they are programming errors). */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
