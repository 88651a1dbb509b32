package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bridgework.backup.crypto.EncryptedFiles;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.model.Relationship;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.Gpg;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code restore}, {@code export --encrypt} and {@code import} of an encrypted export, with gpg. */
class BackupRestoreCommandTest {
    private static final String SECRET = "Seven blue herons 42";
    @TempDir
    Path folder;
    private Path book;
    private Path disk;
    private Path passphrase;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws Exception {
        book = ExampleWorkbook.createIfMissing(folder.resolve("laptop").resolve("book.db"), FixedClock.now());
        disk = Files.createDirectories(folder.resolve("usb disk"));
        passphrase = Files.writeString(folder.resolve("passphrase.txt"), SECRET + "\n");
    }

    @Test
    void anEncryptedBackupOpensWithGpgAsASoundWorkbookWithEveryRelationship() throws Exception {
        assertEquals(0, BackupCommand.run(book, disk, true, passphrase, FixedClock.now(), writer(out), writer(err)),
                text(err));
        Path backup = disk.resolve("book-daily-20261123.db.gpg");
        assertEquals(List.of(backup.getFileName().toString()), names(disk), "one encrypted file, nothing plain");
        assertTrue(text(out).contains(backup.toString()), text(out));
        assertTrue(EncryptedFiles.looksEncrypted(backup));
        assertFalse(Files.readString(backup, StandardCharsets.ISO_8859_1).contains("SQLite format"), "encrypted");
        Path opened = folder.resolve("opened.db");
        new Gpg(folder.resolve("gnupg")).decrypt(backup, opened, passphrase);
        assertEquals("ok", single(opened, "PRAGMA quick_check"));
        assertEquals(relationshipNames(book), relationshipNames(opened));
        Path backups = book.resolveSibling("backups");
        if (Files.isDirectory(backups)) {
            assertTrue(names(backups).stream().noneMatch(name -> name.startsWith(".")), "no plain copy left: "
                    + names(backups));
        }
    }

    @Test
    void aPlainBackupIsASoundCopyUnderTheDailyName() throws Exception {
        assertEquals(0, BackupCommand.run(book, disk, false, null, FixedClock.now(), writer(out), writer(err)), text(err));
        Path backup = disk.resolve("book-daily-20261123.db");
        assertEquals("ok", single(backup, "PRAGMA quick_check"));
        assertEquals(relationshipNames(book), relationshipNames(backup));
        // The same day again: the newer copy replaces it, nothing else appears.
        assertEquals(0, BackupCommand.run(book, disk, false, null, FixedClock.now(), writer(out), writer(err)), text(err));
        assertEquals(List.of("book-daily-20261123.db"), names(disk));
    }

    @Test
    void aMissingFolderOrAWeakPassphraseWritesNothing() throws Exception {
        Path unplugged = folder.resolve("unplugged");
        assertEquals(1, BackupCommand.run(book, unplugged, true, passphrase, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("the folder " + unplugged + " does not exist"), text(err));
        assertFalse(Files.exists(unplugged));
        Path weak = Files.writeString(folder.resolve("weak.txt"), "password1234\n");
        assertEquals(1, BackupCommand.run(book, disk, true, weak, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("one of the commonest passwords"), text(err));
        assertEquals(List.of(), names(disk));
    }

    @Test
    void aFileGpgEncryptedIsRestoredAfterSavingTheWorkbookAsItWas() throws Exception {
        Path other = ExampleWorkbook.createIfMissing(folder.resolve("elsewhere").resolve("other.db"), FixedClock.now());
        renameFirstRelationship(other, "Restored from gpg");
        Path encrypted = disk.resolve("other.db.gpg");
        new Gpg(folder.resolve("gnupg")).encrypt(other, encrypted, passphrase);
        assertEquals(0, RestoreCommand.run(book, encrypted, passphrase, FixedClock.now(), writer(out), writer(err)),
                text(err));
        assertEquals(List.of("backups", "book.db"), names(book.getParent()), "no decrypted copy, no log left behind");
        assertEquals(relationshipNames(other), relationshipNames(book));
        assertTrue(text(out).contains("the workbook as it was is saved as"), text(out));
        try (Stream<Path> saved = Files.list(book.resolveSibling("backups"))) {
            assertTrue(saved.anyMatch(file -> file.getFileName().toString().startsWith("book-before-restore-")));
        }
    }

    @Test
    void aWrongPassphraseADamagedFileOrAPlainNonWorkbookChangeNothing() throws Exception {
        assertEquals(0, BackupCommand.run(book, disk, true, passphrase, FixedClock.now(), writer(out), writer(err)));
        Path backup = disk.resolve("book-daily-20261123.db.gpg");
        renameFirstRelationship(book, "Changed after the backup");
        String before = FileBytes.sha256(book);
        List<String> filesBefore = names(book.getParent());

        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "Seven blue herons 43\n");
        assertEquals(1, RestoreCommand.run(book, backup, wrong, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("The passphrase does not open " + backup), text(err));

        byte[] whole = Files.readAllBytes(backup);
        Path cut = Files.write(disk.resolve("cut.db.gpg"), java.util.Arrays.copyOf(whole, whole.length - 100));
        assertEquals(1, RestoreCommand.run(book, cut, passphrase, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains(cut + " is damaged or incomplete"), text(err));

        Path notes = Files.writeString(disk.resolve("notes.db"), "not a workbook at all");
        assertEquals(1, RestoreCommand.run(book, notes, passphrase, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("cannot restore " + notes), text(err));

        assertEquals(before, FileBytes.sha256(book));
        assertEquals(filesBefore, names(book.getParent()));
    }

    @Test
    void restoreIsRefusedWhileTheWorkbookIsOpenAndMakesAMissingWorkbook() throws Exception {
        assertEquals(0, BackupCommand.run(book, disk, true, passphrase, FixedClock.now(), writer(out), writer(err)));
        Path backup = disk.resolve("book-daily-20261123.db.gpg");
        try (Workbook open = Workbook.open(book, FixedClock.now())) {
            String before = FileBytes.sha256(book);
            assertEquals(1, RestoreCommand.run(book, backup, passphrase, FixedClock.now(), writer(out), writer(err)));
            assertTrue(text(err).contains("open"), text(err));
            assertEquals(before, FileBytes.sha256(book));
        }
        Path newLaptop = Files.createDirectories(folder.resolve("new laptop")).resolve("book.db");
        assertEquals(0, RestoreCommand.run(newLaptop, backup, passphrase, FixedClock.now(), writer(out), writer(err)),
                text(err));
        assertEquals(relationshipNames(book), relationshipNames(newLaptop));
        assertEquals(List.of("book.db"), names(newLaptop.getParent()));
    }

    @Test
    void anEncryptedExportOpensWithGpgAndImports() throws Exception {
        Path export = disk.resolve("all.json.gpg");
        assertEquals(0, ExportCommand.run(book, Optional.empty(), export, Optional.of(passphrase), FixedClock.now(),
                writer(out), writer(err)), text(err));
        assertTrue(EncryptedFiles.looksEncrypted(export));
        assertEquals(List.of("all.json.gpg"), names(disk));
        Path json = folder.resolve("all.json");
        new Gpg(folder.resolve("gnupg")).decrypt(export, json, passphrase);
        assertTrue(Files.readString(json).contains("\"relationships\""), "a JSON export inside");

        Path target = folder.resolve("imported.db");
        Path wrong = Files.writeString(folder.resolve("wrong.txt"), "Seven blue herons 43\n");
        assertEquals(1, ImportCommand.run(target, export, wrong, FixedClock.now(), writer(out), writer(err)));
        assertTrue(text(err).contains("The passphrase does not open"), text(err));
        assertFalse(Files.exists(target), "no workbook made for a wrong passphrase");
        assertEquals(0, ImportCommand.run(target, export, passphrase, FixedClock.now(), writer(out), writer(err)),
                text(err));
        assertEquals(relationshipNames(book), relationshipNames(target));
        assertTrue(text(out).contains("from " + export + " into the new workbook " + target), text(out));
    }

    private static void renameFirstRelationship(Path file, String name) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE relationship SET name = '" + name + "' WHERE id = (SELECT min(id) FROM relationship)");
        }
    }

    private static List<String> relationshipNames(Path file) throws Exception {
        try (Workbook open = Workbook.openReadOnly(file)) {
            return open.relationships().findAll().stream().map(Relationship::name).sorted().toList();
        }
    }

    private static String single(Path file, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.getString(1);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static PrintWriter writer(ByteArrayOutputStream bytes) {
        return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
