package org.bridgework.offsite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bridgework.backup.crypto.EncryptedFileException;
import org.bridgework.backup.crypto.Passphrase;
import org.bridgework.model.Relationship;
import org.bridgework.store.Backup;
import org.bridgework.store.BackupFixtures;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookBackups;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.ScratchDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encrypted copies in a second folder, opened again with the real gpg, and what a missing or full folder does. */
class OffsiteBackupsTest {
    private static final String SECRET = "walnut harbour seven lanterns";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    @Test
    void theDailyCopyIsEncryptedAndGpgOpensItWithEveryRelationship() throws Exception {
        Path workbook = workbookWith("Acme", "Globex", "Initech");
        Path usb = Files.createDirectory(folder.resolve("usb"));

        OffsiteResult result = dailyBackupThenCopy(workbook, usb, on(DAY), 7);

        Path copy = usb.resolve("workbook-daily-20261123.db.gpg");
        assertEquals(Optional.of(copy), result.made());
        assertTrue(result.ok());
        assertEquals(Optional.of(on(DAY).instant()), result.copiedAt());
        byte[] start = Arrays.copyOf(Files.readAllBytes(copy), 16);
        assertFalse(new String(start, StandardCharsets.ISO_8859_1).startsWith("SQLite format 3"), "not plain SQLite");
        assertFalse(Files.readString(copy, StandardCharsets.ISO_8859_1).contains("Globex"), "no name readable in it");

        Gpg gpg = Gpg.with(folder, SECRET);
        Path opened = folder.resolve("opened.db");
        assertEquals(0, gpg.decrypt(copy, opened), gpg.log());
        assertEquals("ok", quickCheck(opened));
        assertEquals(List.of("Acme", "Globex", "Initech"), BackupFixtures.names(opened));
        assertEquals(List.of("workbook-daily-20261123.db.gpg"), names(usb), "nothing else left in the folder");
    }

    @Test
    void aSecondRunOnTheSameDayLeavesTodaysCopyAsItIs() throws Exception {
        Path workbook = workbookWith("Acme");
        Path usb = Files.createDirectory(folder.resolve("usb"));
        dailyBackupThenCopy(workbook, usb, on(DAY), 7);
        byte[] first = Files.readAllBytes(usb.resolve("workbook-daily-20261123.db.gpg"));

        OffsiteResult again = dailyBackupThenCopy(workbook, usb, on(DAY), 7);

        assertTrue(again.ok());
        assertEquals(Optional.empty(), again.made());
        assertEquals(Optional.of(Files.getLastModifiedTime(usb.resolve("workbook-daily-20261123.db.gpg")).toInstant()),
                again.copiedAt(), "when today's copy was written, for the status bar");
        assertArrayEquals(first, Files.readAllBytes(usb.resolve("workbook-daily-20261123.db.gpg")));
    }

    @Test
    void onlyTheNewestDailyCopiesOfThisWorkbookAreKeptAndNothingElseIsTouched() throws Exception {
        Path workbook = workbookWith("Acme");
        Path usb = Files.createDirectory(folder.resolve("usb"));
        List<String> foreign = List.of("other-daily-20200101.db.gpg", "workbook-2-daily-20200101.db.gpg",
                "holiday photos.txt", "workbook-copy-20200101-120000.db.gpg");
        for (String name : foreign) {
            Files.writeString(usb.resolve(name), "not ours to remove");
        }
        for (int day = 0; day < 5; day++) {
            assertTrue(dailyBackupThenCopy(workbook, usb, on(DAY.plusDays(day)), 3).ok());
        }

        List<String> expected = Stream.concat(foreign.stream(), Stream.of("workbook-daily-20261125.db.gpg",
                "workbook-daily-20261126.db.gpg", "workbook-daily-20261127.db.gpg")).sorted().toList();
        assertEquals(expected, names(usb));
    }

    @Test
    void aMissingFolderIsReportedNotThrown() throws Exception {
        Path workbook = workbookWith("Acme");
        Path unplugged = folder.resolve("media").resolve("usb");

        OffsiteResult result = dailyBackupThenCopy(workbook, unplugged, on(DAY), 7);

        assertEquals(Optional.of(OffsiteProblem.FOLDER_MISSING), result.problem());
        assertTrue(result.detail().contains(unplugged.toString()), result.detail());
        assertFalse(Files.exists(unplugged), "no folder made where the disk should be");
    }

    @Test
    void aFullDiskIsReportedAndLeavesNoHalfCopy() throws Exception {
        Path workbook = workbookWith("Acme", "Globex");
        try (ScratchDisk disk = ScratchDisk.tmpfs("1m")) {
            Path usb = disk.folder();
            assertTrue(dailyBackupThenCopy(workbook, usb, on(DAY), 7).ok());
            disk.fill();
            List<String> before = names(usb);

            OffsiteResult result = dailyBackupThenCopy(workbook, usb, on(DAY.plusDays(1)), 7);

            assertEquals(Optional.of(OffsiteProblem.CANNOT_WRITE), result.problem(), result.detail());
            assertEquals(before, names(usb), "yesterday's copy stays and no partial file is left");
            disk.free();
        }
    }

    @Test
    void aFolderThatTurnedReadOnlyIsReported() throws Exception {
        Path workbook = workbookWith("Acme");
        try (ScratchDisk disk = ScratchDisk.ext4(8)) {
            disk.failIntoReadOnly();

            OffsiteResult result = dailyBackupThenCopy(workbook, disk.folder(), on(DAY), 7);

            assertEquals(Optional.of(OffsiteProblem.CANNOT_WRITE), result.problem(), result.detail());
        }
    }

    @Test
    void aCopyMadeNowHoldsWhatWasSavedSinceTheDailyBackup() throws Exception {
        Path workbook = workbookWith("Acme");
        Path usb = Files.createDirectory(folder.resolve("usb"));
        Clock clock = FixedClock.at(Instant.parse("2026-11-23T15:45:10Z"));
        OffsiteResult result;
        try (Workbook open = Workbook.open(workbook, clock)) {
            WorkbookBackups.daily(open, clock, 7);
            open.relationships().create(Relationship.draft("Added after the backup", FixedClock.NOW));
            result = OffsiteBackups.copyNow(open, usb, passphrase(), clock);
        }

        Path copy = usb.resolve("workbook-copy-20261123-154510.db.gpg");
        assertEquals(Optional.of(copy), result.made(), result.detail());
        Path opened = OffsiteBackups.decryptForRestore(copy, workbook, passphrase());
        assertEquals(List.of("Acme", "Added after the backup"), BackupFixtures.names(opened));
        OffsiteBackups.discard(opened);
        assertFalse(Files.exists(opened));
        assertEquals(List.of("workbook-daily-20261123.db"), names(WorkbookBackups.folderOf(workbook)),
                "the plain copy it was made from is gone");
    }

    @Test
    void theListHoldsThisWorkbooksCopiesNewestFirst() throws Exception {
        Path workbook = workbookWith("Acme");
        Path usb = Files.createDirectory(folder.resolve("usb"));
        dailyBackupThenCopy(workbook, usb, on(DAY), 7);
        dailyBackupThenCopy(workbook, usb, on(DAY.plusDays(1)), 7);
        Files.writeString(usb.resolve("other-daily-20261130.db.gpg"), "another workbook's");

        List<Backup> copies = OffsiteBackups.list(workbook, usb, ZoneOffset.UTC);

        assertEquals(List.of("workbook-daily-20261124.db.gpg", "workbook-daily-20261123.db.gpg"),
                copies.stream().map(copy -> copy.file().getFileName().toString()).toList());
        assertTrue(copies.stream().allMatch(OffsiteBackups::isEncrypted));
        assertEquals(List.of(), OffsiteBackups.list(workbook, folder.resolve("unplugged"), ZoneOffset.UTC));
    }

    @Test
    void aWrongPassphraseOrADamagedCopyIsRefusedAndLeavesNothingBehind() throws Exception {
        Path workbook = workbookWith("Acme");
        Path usb = Files.createDirectory(folder.resolve("usb"));
        dailyBackupThenCopy(workbook, usb, on(DAY), 7);
        Path copy = usb.resolve("workbook-daily-20261123.db.gpg");
        List<String> beside = names(folder);

        EncryptedFileException wrong = assertThrows(EncryptedFileException.class, () ->
                OffsiteBackups.decryptForRestore(copy, workbook, Passphrase.of("not the passphrase".toCharArray())));
        assertEquals(EncryptedFileException.Kind.WRONG_PASSPHRASE, wrong.kind(), () -> wrong.getMessage() + " / " + wrong.getCause());

        byte[] whole = Files.readAllBytes(copy);
        Path truncated = usb.resolve("truncated.gpg");
        Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
        EncryptedFileException damaged = assertThrows(EncryptedFileException.class, () ->
                OffsiteBackups.decryptForRestore(truncated, workbook, passphrase()));
        assertEquals(EncryptedFileException.Kind.DAMAGED, damaged.kind());
        assertEquals(beside, names(folder), "no decrypted file left beside the workbook");
    }

    @Test
    void aCopyMadeByHandWithGpgIsListedAndOpens() throws Exception {
        Path workbook = workbookWith("Acme", "Globex");
        Path usb = Files.createDirectory(folder.resolve("usb"));
        Path byHand = usb.resolve("workbook-daily-20261120.db.gpg");
        Gpg gpg = Gpg.with(folder, SECRET);
        assertEquals(0, gpg.encrypt(workbook, byHand), gpg.log());

        assertEquals(1, OffsiteBackups.list(workbook, usb, ZoneOffset.UTC).size());
        Path opened = OffsiteBackups.decryptForRestore(byHand, workbook, passphrase());
        assertEquals(List.of("Acme", "Globex"), BackupFixtures.names(opened));
        OffsiteBackups.discard(opened);
    }

    private Path workbookWith(String... names) throws Exception {
        Path file = folder.resolve("workbook.db");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            for (String name : names) {
                workbook.relationships().create(Relationship.draft(name, FixedClock.NOW));
            }
        }
        return file;
    }

    /** Today's daily backup beside the workbook, then its encrypted copy, as the window does after opening it. */
    private static OffsiteResult dailyBackupThenCopy(Path workbook, Path usb, Clock clock, int keep) throws Exception {
        try (Workbook open = Workbook.open(workbook, clock)) {
            WorkbookBackups.daily(open, clock, keep);
        }
        return OffsiteBackups.copyDaily(workbook, usb, passphrase(), keep, clock);
    }

    private static Passphrase passphrase() {
        return Passphrase.of(SECRET.toCharArray());
    }

    private static Clock on(LocalDate day) {
        return FixedClock.at(day.atTime(9, 30).toInstant(ZoneOffset.UTC));
    }

    private static String quickCheck(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA quick_check")) {
            row.next();
            return row.getString(1);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
