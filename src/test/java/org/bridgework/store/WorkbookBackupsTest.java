package org.bridgework.store;

import static org.bridgework.store.BackupFixtures.add;
import static org.bridgework.store.BackupFixtures.fileNames;
import static org.bridgework.store.BackupFixtures.names;
import static org.bridgework.store.BackupFixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily backups, their retention and their listing, on real files. */
class WorkbookBackupsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path folder;

    @Test
    void theFirstOpenOfADayMakesOneBackupAndLaterOpensThatDayDoNot() throws Exception {
        Path file = folder.resolve("workbook.db");
        Path backups = WorkbookBackups.folderOf(file);
        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            add(workbook, "Northwind Logistics");
            Optional<Path> made = WorkbookBackups.daily(workbook, on(MONDAY), 7);
            assertEquals(Optional.of(backups.resolve("workbook-daily-20261123.db")), made);
            add(workbook, "Harbour Print");
            assertEquals(Optional.empty(), WorkbookBackups.daily(workbook, FixedClock.at(MONDAY.atTime(23, 59)
                    .toInstant(ZoneOffset.UTC)), 7), "later that day: today's backup exists");
            assertEquals(List.of("Northwind Logistics"), names(made.orElseThrow()), "and is not replaced");

            assertEquals(Optional.of(backups.resolve("workbook-daily-20261124.db")),
                    WorkbookBackups.daily(workbook, on(MONDAY.plusDays(1)), 7));
        }
        assertEquals(List.of("Harbour Print", "Northwind Logistics"), names(backups.resolve("workbook-daily-20261124.db")));
        assertEquals(List.of("workbook-daily-20261123.db", "workbook-daily-20261124.db"), fileNames(backups),
                "no temporary file is left behind");
    }

    @Test
    void aBackupIsAHealthyWorkbookReadableByTheOwnerAlone() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("workbook.db");
        Path made;
        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            add(workbook, "Northwind Logistics");
            made = WorkbookBackups.daily(workbook, on(MONDAY), 7).orElseThrow();
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(made.getParent())));
        WorkbookInspection inspection = WorkbookInspector.inspect(made);
        assertEquals(Workbook.latestSchemaVersion(), inspection.schemaVersion());
    }

    @Test
    void onlyTheNewestDailyBackupsOfThisWorkbookAreKept() throws Exception {
        Path file = folder.resolve("workbook.db");
        Path other = folder.resolve("workbook-2.db");
        Path backups = WorkbookBackups.folderOf(file);
        for (Path book : List.of(file, other)) {
            try (Workbook workbook = Workbook.open(book, on(MONDAY))) {
                for (int day = 0; day < 10; day++) {
                    WorkbookBackups.daily(workbook, on(MONDAY.plusDays(day)), 365);
                }
            }
        }
        Files.copy(backups.resolve("workbook-daily-20261123.db"), backups.resolve("workbook-before-v3-20250102-080000.db"));
        Files.copy(backups.resolve("workbook-daily-20261123.db"), backups.resolve("workbook-before-restore-20250103-080000.db"));
        Files.writeString(backups.resolve("workbook-daily-notes.txt"), "mine");

        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            WorkbookBackups.daily(workbook, on(MONDAY.plusDays(10)), 3);
        }

        List<String> left = fileNames(backups);
        assertEquals(List.of("workbook-daily-20261201.db", "workbook-daily-20261202.db", "workbook-daily-20261203.db"),
                left.stream().filter(name -> name.startsWith("workbook-daily-2")).toList(), "the newest three");
        assertEquals(10, left.stream().filter(name -> name.startsWith("workbook-2-daily-")).count(),
                "another workbook's backups are its own");
        assertTrue(left.contains("workbook-before-v3-20250102-080000.db"));
        assertTrue(left.contains("workbook-before-restore-20250103-080000.db"));
        assertTrue(left.contains("workbook-daily-notes.txt"));
    }

    @Test
    void aTemporaryFileLeftByACrashIsNeverTakenForABackupAndIsCleanedUpLater() throws Exception {
        Path file = folder.resolve("workbook.db");
        Path backups = WorkbookBackups.folderOf(file);
        Files.createDirectories(backups);
        // What a crash in the middle of writing Monday's backup leaves behind: a hidden, half-written file.
        Path crashed = Files.writeString(backups.resolve(".workbook-daily-20261123.db-8472611.tmp"), "SQLite format 3\0half");
        Path othersCrash = Files.writeString(backups.resolve(".workbook-2-daily-20261123.db-99.tmp"), "half");
        FileTime yesterday = FileTime.from(FixedClock.NOW.minusSeconds(86_400));
        Files.setLastModifiedTime(crashed, yesterday);
        Files.setLastModifiedTime(othersCrash, yesterday);
        assertEquals(List.of(), WorkbookBackups.list(file, ZoneOffset.UTC));

        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            add(workbook, "Northwind Logistics");
            assertTrue(WorkbookBackups.daily(workbook, on(MONDAY), 7).isPresent(), "a half-written file is not today's backup");
        }
        assertEquals(List.of("Northwind Logistics"), names(backups.resolve("workbook-daily-20261123.db")));
        assertFalse(Files.exists(crashed), "this workbook's stale temporary file is removed");
        assertTrue(Files.exists(othersCrash), "another workbook's is not this one's to remove");
    }

    @Test
    void theListShowsThisWorkbooksBackupsNewestFirstWithKindTimeAndSize() throws Exception {
        Path file = folder.resolve("workbook.db");
        Path backups = WorkbookBackups.folderOf(file);
        Clock mondayMorning = BackupFixtures.at("2026-11-23T09:14:00Z");
        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            add(workbook, "Northwind Logistics");
            WorkbookBackups.daily(workbook, on(MONDAY.minusDays(2)), 7);
            Files.setLastModifiedTime(backups.resolve("workbook-daily-20261121.db"), FileTime.from(mondayMorning.instant()));
            WorkbookBackups.daily(workbook, mondayMorning, 7);
            Files.setLastModifiedTime(backups.resolve("workbook-daily-20261123.db"), FileTime.from(mondayMorning.instant()));
            WorkbookBackups.beforeRestore(workbook, BackupFixtures.at("2026-11-23T11:05:07Z"));
        }
        Files.copy(backups.resolve("workbook-daily-20261123.db"), backups.resolve("workbook-before-v3-20261122-170000.db"));
        Files.copy(backups.resolve("workbook-daily-20261123.db"), backups.resolve("workbook-2-daily-20261124.db"));

        List<Backup> listed = WorkbookBackups.list(file, ZoneOffset.UTC);

        assertEquals(List.of(BackupKind.BEFORE_RESTORE, BackupKind.DAILY, BackupKind.BEFORE_UPGRADE, BackupKind.DAILY),
                listed.stream().map(Backup::kind).toList());
        assertEquals(List.of(LocalDateTime.of(2026, 11, 23, 11, 5, 7), LocalDateTime.of(2026, 11, 23, 9, 14),
                        LocalDateTime.of(2026, 11, 22, 17, 0), LocalDateTime.of(2026, 11, 21, 0, 0)),
                listed.stream().map(Backup::takenAt).toList());
        assertEquals(List.of(true, true, true, false), listed.stream().map(Backup::timeKnown).toList(),
                "a daily backup whose file time is of another day tells only its day");
        for (Backup backup : listed) {
            assertEquals(Files.size(backup.file()), backup.size());
            assertTrue(backup.size() >= 4096, backup.size() + " bytes");
        }
    }

    @Test
    void aBackupThatCannotBeWrittenIsReportedAndTheWorkbookWorksOn() throws Exception {
        Path file = folder.resolve("workbook.db");
        Files.writeString(folder.resolve("backups"), "a file where the backups folder should be");
        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            BackupException failure = assertThrows(BackupException.class, () -> WorkbookBackups.daily(workbook, on(MONDAY), 7));
            assertEquals(BackupProblem.CANNOT_WRITE_BACKUP, failure.problem());
            add(workbook, "Northwind Logistics");
        }
        assertEquals(List.of("Northwind Logistics"), names(file));
        assertEquals(List.of("backups", "workbook.db"), fileNames(folder));
    }

    @Test
    void theCopyIsConsistentWhileAnotherConnectionWrites() throws Exception {
        Path file = folder.resolve("workbook.db");
        Workbook.open(file, on(MONDAY)).close();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger pairs = new AtomicInteger();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        // Another connection writes relationships in pairs, each pair in one transaction: a consistent
        // copy always holds an even number of them.
        Thread writer = new Thread(() -> {
            try (Workbook other = Workbook.open(file, on(MONDAY))) {
                while (!stop.get()) {
                    int n = pairs.incrementAndGet();
                    other.relationships().createAll(List.of(Relationship.draft("Pair " + n + " a", FixedClock.NOW),
                            Relationship.draft("Pair " + n + " b", FixedClock.NOW)));
                }
            } catch (Throwable e) {
                writerFailure.set(e);
            }
        });
        List<Integer> counts = new ArrayList<>();
        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            writer.start();
            while (pairs.get() < 5 && writer.isAlive()) {
                Thread.onSpinWait();
            }
            for (int day = 0; day < 12; day++) {
                Path copy = WorkbookBackups.daily(workbook, on(MONDAY.plusDays(day)), 365).orElseThrow();
                assertEquals(Workbook.latestSchemaVersion(), WorkbookInspector.inspect(copy).schemaVersion(), "quick_check passes");
                int count = names(copy).size();
                assertEquals(0, count % 2, "a whole number of pairs: " + count);
                counts.add(count);
            }
        } finally {
            stop.set(true);
            writer.join(10_000);
        }
        assertEquals(null, writerFailure.get());
        assertTrue(counts.get(counts.size() - 1) > counts.get(0), "the copies were taken while writes went on: " + counts);
    }
}
