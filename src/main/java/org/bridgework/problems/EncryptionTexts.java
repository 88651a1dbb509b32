package org.bridgework.problems;

import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.PassphraseProblem;
import org.bridgework.backup.crypto.PassphraseRules;
import org.bridgework.text.Texts;

/** Plain words for encrypted copies: why one could not be opened, why a passphrase is refused. */
public final class EncryptionTexts {
    private EncryptionTexts() {
    }

    /** One short line: what is wrong with the encrypted file (or where its content was to go). */
    public static String headline(EncryptedFileException e) {
        return Texts.get("encryptedFile." + e.kind().name(), e.file());
    }

    /** What it means and what the user can do; says that nothing was changed. */
    public static String explanation(EncryptedFileException e) {
        return Texts.get("encryptedFile." + e.kind().name() + ".explanation");
    }

    /** Why a passphrase is refused, in a sentence. */
    public static String describe(PassphraseProblem problem) {
        return Texts.get("passphraseProblem." + problem.name(), PassphraseRules.MINIMUM_LENGTH);
    }
}
