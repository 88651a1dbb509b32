package org.bridgework.backup.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.bridgework.backup.crypto.EncryptedFileException.Kind;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.Gpg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted copies against the real gpg, both ways, and every way opening one can fail without leaving a file. */
class EncryptedFilesTest {
    private static final String SECRET = "Seven blue herons 42";
    @TempDir
    Path folder;

    private Passphrase passphrase() {
        return Passphrase.of(SECRET.toCharArray());
    }

    private Path passphraseFile(String text) throws Exception {
        return Files.writeString(folder.resolve("pass-" + text.hashCode() + ".txt"), text + "\n");
    }

    private Path workbook() throws Exception {
        return ExampleWorkbook.createIfMissing(folder.resolve("book.db"), FixedClock.now());
    }

    @Test
    void gpgOpensWhatWeEncrypt() throws Exception {
        Path plain = workbook();
        Path encrypted = folder.resolve("book.db.gpg");
        EncryptedFiles.encrypt(plain, encrypted, passphrase());
        assertTrue(EncryptedFiles.looksEncrypted(encrypted));
        assertFalse(Arrays.equals(Files.readAllBytes(plain), Arrays.copyOf(Files.readAllBytes(encrypted),
                (int) Files.size(plain))), "not the plain bytes");
        Path opened = folder.resolve("opened.db");
        new Gpg(folder.resolve("gnupg")).decrypt(encrypted, opened, passphraseFile(SECRET));
        assertEquals(FileBytes.sha256(plain), FileBytes.sha256(opened));
    }

    @Test
    void weOpenWhatGpgEncrypts() throws Exception {
        Path plain = workbook();
        Path encrypted = folder.resolve("by-gpg.db.gpg");
        new Gpg(folder.resolve("gnupg")).encrypt(plain, encrypted, passphraseFile(SECRET));
        assertTrue(EncryptedFiles.looksEncrypted(encrypted));
        Path opened = folder.resolve("opened.db");
        EncryptedFiles.decrypt(encrypted, opened, passphrase());
        assertEquals(FileBytes.sha256(plain), FileBytes.sha256(opened));
    }

    @Test
    void aWrongPassphraseIsToldAndWritesNothing() throws Exception {
        Path encrypted = folder.resolve("book.db.gpg");
        EncryptedFiles.encrypt(workbook(), encrypted, passphrase());
        Path existing = Files.writeString(folder.resolve("existing.db"), "as it was");
        EncryptedFileException e = assertThrows(EncryptedFileException.class, () ->
                EncryptedFiles.decrypt(encrypted, existing, Passphrase.of("Seven blue herons 43".toCharArray())));
        assertEquals(Kind.WRONG_PASSPHRASE, e.kind());
        assertEquals("as it was", Files.readString(existing));
        assertNothingBut(encrypted, existing, folder.resolve("book.db"));
    }

    @Test
    void aTruncatedFileIsDamagedAndWritesNothing() throws Exception {
        Path encrypted = folder.resolve("book.db.gpg");
        EncryptedFiles.encrypt(workbook(), encrypted, passphrase());
        byte[] whole = Files.readAllBytes(encrypted);
        for (int length : new int[] {whole.length - 1, whole.length / 2, 40, 5}) {
            Path cut = Files.write(folder.resolve("cut.gpg"), Arrays.copyOf(whole, length));
            Path out = folder.resolve("out.db");
            EncryptedFileException e = assertThrows(EncryptedFileException.class,
                    () -> EncryptedFiles.decrypt(cut, out, passphrase()), "cut at " + length);
            assertEquals(Kind.DAMAGED, e.kind(), "cut at " + length + ": " + e.getMessage());
            assertFalse(Files.exists(out), "nothing written, cut at " + length);
        }
    }

    @Test
    void anAlteredByteFailsTheIntegrityCheck() throws Exception {
        Path encrypted = folder.resolve("book.db.gpg");
        EncryptedFiles.encrypt(workbook(), encrypted, passphrase());
        byte[] bytes = Files.readAllBytes(encrypted);
        bytes[bytes.length - 30] ^= 0x01;
        Path altered = Files.write(folder.resolve("altered.gpg"), bytes);
        Path out = folder.resolve("out.db");
        EncryptedFileException e = assertThrows(EncryptedFileException.class,
                () -> EncryptedFiles.decrypt(altered, out, passphrase()));
        assertEquals(Kind.DAMAGED, e.kind(), e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPlainFileIsNotOpenPgp() throws Exception {
        Path plain = workbook();
        Path json = Files.writeString(folder.resolve("export.json"), "{\"format\": \"bridgework-export\"}");
        assertFalse(EncryptedFiles.looksEncrypted(plain));
        assertFalse(EncryptedFiles.looksEncrypted(json));
        assertFalse(EncryptedFiles.looksEncrypted(folder.resolve("missing.gpg")));
        for (Path file : new Path[] {plain, json}) {
            EncryptedFileException e = assertThrows(EncryptedFileException.class,
                    () -> EncryptedFiles.decrypt(file, folder.resolve("out.db"), passphrase()));
            assertEquals(Kind.NOT_OPENPGP, e.kind(), file.toString());
        }
        assertFalse(Files.exists(folder.resolve("out.db")));
    }

    @Test
    void aMissingFileIsUnreadableAndAMissingFolderCannotBeWritten() throws Exception {
        EncryptedFileException missing = assertThrows(EncryptedFileException.class, () ->
                EncryptedFiles.decrypt(folder.resolve("gone.gpg"), folder.resolve("out.db"), passphrase()));
        assertEquals(Kind.UNREADABLE, missing.kind());
        Path encrypted = folder.resolve("book.db.gpg");
        EncryptedFiles.encrypt(workbook(), encrypted, passphrase());
        EncryptedFileException noFolder = assertThrows(EncryptedFileException.class, () ->
                EncryptedFiles.decrypt(encrypted, folder.resolve("no such folder").resolve("out.db"), passphrase()));
        assertEquals(Kind.CANNOT_WRITE, noFolder.kind());
        assertThrows(java.io.IOException.class, () ->
                EncryptedFiles.encrypt(folder.resolve("book.db"), folder.resolve("nowhere").resolve("x.gpg"), passphrase()));
        assertFalse(Files.exists(folder.resolve("out.db")));
    }

    @Test
    void thePassphraseNeverShowsItself() {
        Passphrase passphrase = passphrase();
        assertFalse(passphrase.toString().contains("herons"));
        passphrase.clear();
        assertTrue(passphrase.isCleared());
        assertThrows(IllegalStateException.class, passphrase::copyOfCharacters);
    }

    private void assertNothingBut(Path... files) throws Exception {
        try (var listed = Files.list(folder)) {
            assertEquals(java.util.Set.of(files), listed.filter(Files::isRegularFile)
                    .collect(java.util.stream.Collectors.toSet()));
        }
    }
}
