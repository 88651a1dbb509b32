package org.bridgework.model.repair;

import java.util.Objects;

/**
 * Words in a draft that made the check find a part of an apology or a warning.
 *
 * @param start index of the first character in the draft
 * @param end   index after the last character
 * @param words the words as written in the draft
 */
public record MatchedWords(int start, int end, String words) {

    public MatchedWords {
        Objects.requireNonNull(words, "words");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }
}
