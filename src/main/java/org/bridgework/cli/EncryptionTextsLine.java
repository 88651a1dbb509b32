package org.bridgework.cli;

import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.problems.EncryptionTexts;

/** An encrypted file's problem on one line for standard error: what is wrong, then what it means. */
final class EncryptionTextsLine {
    private EncryptionTextsLine() {
    }

    static String of(EncryptedFileException e) {
        return EncryptionTexts.headline(e) + " " + EncryptionTexts.explanation(e);
    }
}
