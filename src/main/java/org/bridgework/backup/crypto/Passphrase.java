package org.bridgework.backup.crypto;

import java.util.Arrays;

/**
 * A passphrase held as characters (never as a String, which cannot be wiped), to be {@link #clear() cleared} as
 * soon as it is no longer needed. It never shows its content: {@link #toString()} says only that it is hidden.
 */
public final class Passphrase implements AutoCloseable {
    private final char[] characters;
    private boolean cleared;

    private Passphrase(char[] characters) {
        this.characters = characters;
    }

    /** A passphrase from a copy of {@code characters}; the caller may (and should) clear its own array. */
    public static Passphrase of(char[] characters) {
        return new Passphrase(Arrays.copyOf(characters, characters.length));
    }

    /** A copy of the characters; the caller clears it (Arrays.fill(copy, '\0')) when done. */
    public char[] copyOfCharacters() {
        checkNotCleared();
        return Arrays.copyOf(characters, characters.length);
    }

    public int length() {
        return characters.length;
    }

    /** Overwrites the characters; the passphrase cannot be used afterwards. */
    public void clear() {
        Arrays.fill(characters, '\0');
        cleared = true;
    }

    public boolean isCleared() {
        return cleared;
    }

    /** Same as {@link #clear()}, for try-with-resources. */
    @Override
    public void close() {
        clear();
    }

    /** The characters themselves, for this package only, without a copy to forget. */
    char[] characters() {
        checkNotCleared();
        return characters;
    }

    private void checkNotCleared() {
        if (cleared) {
            throw new IllegalStateException("the passphrase was cleared");
        }
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
