package org.bridgework.backup.crypto;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses passphrases that an attacker holding a stolen copy would guess first. The rules are our own judgement,
 * kept simple on purpose: at least 12 characters, more than a handful of different characters, not a plain run
 * along the alphabet, the digits or the keyboard, and not one of the commonest passwords with a few digits or signs
 * around it. They do not measure strength; they only stop the obvious choices.
 */
public final class PassphraseRules {
    public static final int MINIMUM_LENGTH = 12;
    private static final int MINIMUM_DIFFERENT_CHARACTERS = 5;
    private static final String[] RUNS = {"abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl",
            "zxcvbnm", "qwertzuiop", "azertyuiop", "1qaz2wsx3edc4rfv"};
    /** The commonest passwords of the published leak lists, written in lower case without digits or signs. */
    private static final Set<String> COMMON = Set.of("password", "passwort", "motdepasse", "qwerty", "qwertyuiop",
            "letmein", "welcome", "iloveyou", "admin", "administrator", "monkey", "dragon", "football", "baseball",
            "sunshine", "princess", "master", "shadow", "superman", "batman", "trustno", "whatever", "starwars",
            "passpass", "secret", "changeme", "abcabc", "login", "hello", "freedom", "computer", "michael",
            "charlie", "jennifer", "jordan", "hunter", "buster", "soccer", "hockey", "killer", "pepper", "ginger",
            "summer", "winter", "spring", "autumn", "access", "mustang", "cheese", "flower", "lovely", "qazwsx",
            "asdfgh", "zxcvbn", "passphrase", "bridgework", "backup", "mypassword", "thisismypassword",
            "correcthorsebatterystaple", "opensesame", "loveyou", "default", "guest", "test", "user", "root");

    private PassphraseRules() {
    }

    /** Why {@code passphrase} is too weak to protect a copy, or empty if it is acceptable. */
    public static Optional<PassphraseProblem> problem(char[] passphrase) {
        if (passphrase.length < MINIMUM_LENGTH) {
            return Optional.of(PassphraseProblem.TOO_SHORT);
        }
        String lower = new String(passphrase).toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() < MINIMUM_DIFFERENT_CHARACTERS) {
            return Optional.of(PassphraseProblem.TOO_FEW_DIFFERENT_CHARACTERS);
        }
        if (isRun(lower)) {
            return Optional.of(PassphraseProblem.TOO_PREDICTABLE);
        }
        String letters = lower.replaceAll("[^\\p{L}]", "");
        if (COMMON.contains(letters) || COMMON.contains(lower)) {
            return Optional.of(PassphraseProblem.TOO_COMMON);
        }
        return Optional.empty();
    }

    /** True if the whole text is a piece of one of the runs (forwards or backwards), repeated or not. */
    private static boolean isRun(String text) {
        for (String run : RUNS) {
            String twice = run + run;
            String backwards = new StringBuilder(twice).reverse().toString();
            if (followsRun(text, twice) || followsRun(text, backwards)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsRun(String text, String run) {
        for (int i = 1; i < text.length(); i++) {
            int at = run.indexOf(text.charAt(i - 1));
            if (at < 0 || at + 1 >= run.length() || run.charAt(at + 1) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
