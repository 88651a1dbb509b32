package org.bridgework.backup.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassphraseRulesTest {
    private static Optional<PassphraseProblem> problem(String text) {
        return PassphraseRules.problem(text.toCharArray());
    }

    @Test
    void weakPassphrasesAreRefusedWithTheReason() {
        assertEquals(Optional.of(PassphraseProblem.TOO_SHORT), problem(""));
        assertEquals(Optional.of(PassphraseProblem.TOO_SHORT), problem("Tr0ub4dor&3"));
        assertEquals(Optional.of(PassphraseProblem.TOO_FEW_DIFFERENT_CHARACTERS), problem("aaaaaaaaaaaaaaaa"));
        assertEquals(Optional.of(PassphraseProblem.TOO_FEW_DIFFERENT_CHARACTERS), problem("abababababab"));
        assertEquals(Optional.of(PassphraseProblem.TOO_PREDICTABLE), problem("123456789012"));
        assertEquals(Optional.of(PassphraseProblem.TOO_PREDICTABLE), problem("abcdefghijklmnop"));
        assertEquals(Optional.of(PassphraseProblem.TOO_PREDICTABLE), problem("qwertyuiopqw"));
        assertEquals(Optional.of(PassphraseProblem.TOO_PREDICTABLE), problem("987654321098"));
        assertEquals(Optional.of(PassphraseProblem.TOO_COMMON), problem("Password2024!"));
        assertEquals(Optional.of(PassphraseProblem.TOO_COMMON), problem("!!sunshine1234"));
    }

    @Test
    void reasonablePassphrasesPass() {
        assertEquals(Optional.empty(), problem("Seven blue herons 42"));
        assertEquals(Optional.empty(), problem("correct-horse-battery"));
        assertEquals(Optional.empty(), problem("ladder moss quietly"));
    }
}
