package org.bridgework.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.backup.crypto.Passphrase;

/**
 * A file to read that may be encrypted: an OpenPGP one is opened into a hidden, owner-only file in {@code folder}
 * (beside the workbook, never in the folder the encrypted copy came from), removed again on close; any other file
 * is used as it is.
 */
final class DecryptedCopy implements AutoCloseable {
    private final Path file;
    private final boolean temporary;

    private DecryptedCopy(Path file, boolean temporary) {
        this.file = file;
        this.temporary = temporary;
    }

    static DecryptedCopy of(Path source, Path folder, Path passphraseFile) throws IOException, CommandFailure {
        if (!EncryptedFiles.looksEncrypted(source)) {
            return new DecryptedCopy(source, false);
        }
        try (Passphrase passphrase = PassphraseInput.forDecrypting(passphraseFile)) {
            Path plain = Files.createTempFile(folder, ".bridgework-decrypted-", ".tmp");
            try {
                EncryptedFiles.decrypt(source, plain, passphrase);
                return new DecryptedCopy(plain, true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(plain);
                throw e;
            }
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        if (temporary) {
            Files.deleteIfExists(file);
        }
    }
}
