package org.bridgework.ui.form;

/**
 * What typed text means: a value, or the reason it has none.
 *
 * @param value   the value when the text is valid
 * @param problem why it is not, in plain words; null when valid
 */
public record Parsed<T>(T value, String problem) {
    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> problem(String why) {
        return new Parsed<>(null, why);
    }

    public boolean valid() {
        return problem == null;
    }
}
