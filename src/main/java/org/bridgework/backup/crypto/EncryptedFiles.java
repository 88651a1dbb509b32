package org.bridgework.backup.crypto;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPBEKeyEncryptionMethodGenerator;
import org.bouncycastle.openpgp.operator.bc.BcPGPDataEncryptorBuilder;
import org.bridgework.files.AtomicFiles;

/**
 * Encrypts a file with a passphrase as OpenPGP (RFC 4880 / 9580) and opens such files again. The format is the one
 * gpg 2.2 reads, so a copy opens anywhere with {@code gpg --decrypt}: AES-256, integrity-protected (SEIPD version 1
 * with its modification detection code), the key derived from the passphrase by salted, iterated SHA-256 at the
 * highest iteration count OpenPGP can express. (Argon2 and SEIPD version 2 would be stronger, but gpg 2.2 cannot
 * open them.) Both directions write through a temporary file, so the target is either complete or untouched.
 */
public final class EncryptedFiles {
    /** The encoded S2K count 0xFF: 65,011,712 bytes hashed per guess, the most OpenPGP allows. */
    private static final int S2K_COUNT = 0xFF;
    private static final int BUFFER = 1 << 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EncryptedFiles() {
    }

    /**
     * Writes {@code plain} to {@code encryptedOut}, encrypted with {@code passphrase}. The content is compressed
     * (a workbook shrinks to a fraction) and carries the target's name without ".gpg" as its file name.
     */
    public static void encrypt(Path plain, Path encryptedOut, Passphrase passphrase) throws IOException {
        String innerName = encryptedOut.getFileName().toString().replaceFirst("(?i)\\.(gpg|pgp)$", "");
        Date modified = new Date(Files.getLastModifiedTime(plain).toMillis());
        AtomicFiles.write(encryptedOut, out -> {
            try (InputStream in = Files.newInputStream(plain)) {
                writeEncrypted(in, out, innerName, modified, passphrase);
            }
        });
    }

    private static void writeEncrypted(InputStream in, OutputStream out, String name, Date modified,
            Passphrase passphrase) throws IOException {
        PGPEncryptedDataGenerator encryption = new PGPEncryptedDataGenerator(
                new BcPGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
                        .setWithIntegrityPacket(true).setSecureRandom(RANDOM));
        try {
            encryption.addMethod(new BcPBEKeyEncryptionMethodGenerator(passphrase.characters(),
                    JdkDigests.provider().get(HashAlgorithmTags.SHA256), S2K_COUNT)
                    .setSecureRandom(RANDOM));
            try (OutputStream encrypted = encryption.open(out, new byte[BUFFER])) {
                PGPCompressedDataGenerator compression = new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZLIB);
                try (OutputStream compressed = compression.open(encrypted)) {
                    PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
                    try (OutputStream content = literal.open(compressed, PGPLiteralData.BINARY, name, modified,
                            new byte[BUFFER])) {
                        in.transferTo(content);
                    }
                }
            }
        } catch (PGPException e) {
            throw new IOException("OpenPGP encryption failed: " + e.getMessage(), e);
        }
    }

    /**
     * Opens {@code encrypted} with {@code passphrase} and writes its content to {@code plainOut}. On any failure
     * nothing is left at {@code plainOut} (a file already there stays as it was).
     */
    public static void decrypt(Path encrypted, Path plainOut, Passphrase passphrase) throws EncryptedFileException {
        try {
            AtomicFiles.write(plainOut, out -> OpenPgpReading.decryptTo(encrypted, out, passphrase));
        } catch (EncryptedFileException e) {
            throw e;
        } catch (IOException e) {
            throw new EncryptedFileException(EncryptedFileException.Kind.CANNOT_WRITE, plainOut,
                    AtomicFiles.reason(e), e);
        }
    }

    /**
     * True if the file starts like an OpenPGP encrypted message (binary or ASCII-armoured); false for a SQLite
     * workbook, a JSON export, anything else, or a file that cannot be read.
     */
    public static boolean looksEncrypted(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return OpenPgpHeader.looksEncrypted(in.readNBytes(32));
        } catch (IOException e) {
            return false;
        }
    }
}
