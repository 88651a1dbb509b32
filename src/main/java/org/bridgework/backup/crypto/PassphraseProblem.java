package org.bridgework.backup.crypto;

/** Why a passphrase is refused for encrypting a copy; each has a plain-words text in the messages bundle. */
public enum PassphraseProblem {
    /** Fewer than {@link PassphraseRules#MINIMUM_LENGTH} characters. */
    TOO_SHORT,
    /** Only a few different characters, repeated ("aaaaaaaaaaaa", "abababababab"). */
    TOO_FEW_DIFFERENT_CHARACTERS,
    /** A run along the alphabet, the digits or the keyboard ("123456789012", "abcdefghijkl"). */
    TOO_PREDICTABLE,
    /** One of the commonest passwords, perhaps with digits or signs around it ("password2024!"). */
    TOO_COMMON
}
