package org.bridgework.store;

import static org.bridgework.store.BackupFixtures.add;
import static org.bridgework.store.BackupFixtures.fileNames;
import static org.bridgework.store.BackupFixtures.names;
import static org.bridgework.store.BackupFixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.bridgework.testing.FileBytes;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring a backup over the open workbook, and every way it can refuse without changing anything. */
class WorkbookRestoreTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Clock LATER = BackupFixtures.at("2026-11-23T16:45:00Z");

    @TempDir
    Path folder;
    private Path file;
    private Path backups;
    private Path mondayBackup;

    /** Monday's backup holds Northwind; since then Harbour Print was added. */
    @BeforeEach
    void workbookWithABackup() throws Exception {
        file = folder.resolve("workbook.db");
        backups = WorkbookBackups.folderOf(file);
        try (Workbook workbook = Workbook.open(file, on(MONDAY))) {
            add(workbook, "Northwind Logistics");
            mondayBackup = WorkbookBackups.daily(workbook, on(MONDAY), 7).orElseThrow();
            add(workbook, "Harbour Print");
        }
    }

    @Test
    void restoringReplacesTheContentAndKeepsTheWorkbookAsItWasAsABackup() throws Exception {
        Workbook current = Workbook.open(file, LATER);
        WorkbookRestore.Restored restored = WorkbookRestore.restore(current, mondayBackup, LATER);
        try (Workbook workbook = restored.workbook()) {
            assertEquals(file, workbook.file());
            assertEquals(List.of("Northwind Logistics"),
                    workbook.relationships().findAll().stream().map(r -> r.name()).toList(), "the open workbook is the backup");
            add(workbook, "Meridian Foods");
        }
        assertEquals(List.of("Meridian Foods", "Northwind Logistics"), names(file), "it works on as usual");
        assertEquals(backups.resolve("workbook-before-restore-20261123-164500.db"), restored.beforeRestore());
        assertEquals(List.of("Harbour Print", "Northwind Logistics"), names(restored.beforeRestore()));
        assertEquals(List.of("Northwind Logistics"), names(mondayBackup), "the backup itself is unchanged");
        assertEquals(List.of("backups", "workbook.db"), fileNames(folder), "no temporary file, no stale -wal or -shm");
        assertEquals(List.of("workbook-before-restore-20261123-164500.db", "workbook-daily-20261123.db"), fileNames(backups));
    }

    @Test
    void theRestoredWorkbookIsForTheOwnerAlone() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(mondayBackup, PosixFilePermissions.fromString("rw-r--r--"));
        Workbook current = Workbook.open(file, LATER);
        WorkbookRestore.Restored restored = WorkbookRestore.restore(current, mondayBackup, LATER);
        restored.workbook().close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "whatever the backup's mode, the workbook stays private");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(restored.beforeRestore())));
    }

    @Test
    void restoringTwiceInOneSecondKeepsBothEarlierStates() throws Exception {
        Workbook current = Workbook.open(file, LATER);
        Workbook once = WorkbookRestore.restore(current, mondayBackup, LATER).workbook();
        add(once, "Meridian Foods");
        WorkbookRestore.Restored twice = WorkbookRestore.restore(once, mondayBackup, LATER);
        twice.workbook().close();
        assertEquals(backups.resolve("workbook-before-restore-20261123-164500-2.db"), twice.beforeRestore());
        assertEquals(List.of("Meridian Foods", "Northwind Logistics"), names(twice.beforeRestore()));
        assertEquals(List.of("Harbour Print", "Northwind Logistics"),
                names(backups.resolve("workbook-before-restore-20261123-164500.db")));
        assertEquals(3, WorkbookBackups.list(file, java.time.ZoneOffset.UTC).size());
    }

    @Test
    void anOlderBackupIsUpgradedWithItsOwnBeforeUpgradeCopy() throws Exception {
        Path old = backups.resolve("workbook-before-v3-20260101-080000.db");
        Files.copy(mondayBackup, old);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = plain.createStatement()) {
            // Back to format 2: without their reading and the verdict's inputs (format 8), the baseline check-in (format 7), the facts and the response instead (format 6), the Trash (format 4) and
            // the milestones (format 3). Format 5 only widened a check, which format 2's data passes.
            // Format 10: the search index, its view and triggers, and This week's further indexes.
            List<String> triggers = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'")) {
                while (rows.next()) {
                    triggers.add(rows.getString(1));
                }
            }
            for (String trigger : triggers) {
                statement.execute("DROP TRIGGER " + trigger);
            }
            statement.execute("DROP VIEW search_source");
            statement.execute("DROP VIEW search_entry_keyed"); // format 16: the index's numbering
            statement.execute("DROP TABLE search_source_code");
            statement.execute("DROP TABLE search_index");
            statement.execute("DROP TABLE search_entry");
            statement.execute("DROP INDEX conversation_held");
            statement.execute("DROP INDEX trust_check_in_taken");
            for (String column : List.of("fault_finding", "facts_for_them", "facts_expected_on")) {
                statement.execute("ALTER TABLE ownership DROP COLUMN " + column);
            }
            statement.execute("ALTER TABLE reconciliation DROP COLUMN response_instead");
            statement.execute("ALTER TABLE trust_check_in DROP COLUMN baseline"); // format 7
            statement.execute("ALTER TABLE rebuilding DROP COLUMN check_in_every_weeks"); // format 9
            statement.execute("DROP TABLE agenda_snooze");
            statement.execute("DROP INDEX commitment_open_due");
            for (String column : List.of("door", "at_fault", "their_trustworthiness", "chance_of_repeat",
                    "first_response_acknowledged_on", "first_response_regret_expressed",
                    "first_response_account_promised_by", "first_response_harm_contained", "first_response_who_calls")) {
                statement.execute("ALTER TABLE assessment DROP COLUMN " + column); // format 8
            }
            statement.execute("ALTER TABLE understanding DROP COLUMN their_reading");
            statement.execute("ALTER TABLE understanding DROP COLUMN repeat_expected");
            statement.execute("DROP INDEX relationship_name_unique");
            statement.execute("ALTER TABLE relationship DROP COLUMN deleted_at");
            statement.execute("CREATE UNIQUE INDEX relationship_name_unique ON relationship (name COLLATE NOCASE)");
            statement.execute("DROP TABLE step_milestone");
            statement.execute("PRAGMA user_version = 2");
        }
        Workbook current = Workbook.open(file, LATER);
        try (Workbook restored = WorkbookRestore.restore(current, old, LATER).workbook()) {
            assertEquals(List.of("Northwind Logistics"),
                    restored.relationships().findAll().stream().map(r -> r.name()).toList());
        }
        assertEquals(Workbook.latestSchemaVersion(), BackupFixtures.pragma(file, "user_version"));
        Path beforeUpgrade = backups.resolve("workbook-before-v" + Workbook.latestSchemaVersion() + "-20261123-164500.db");
        assertEquals(2, BackupFixtures.pragma(beforeUpgrade, "user_version"));
        assertEquals(2, BackupFixtures.pragma(old, "user_version"), "the chosen backup is left as it was");
    }

    @Test
    void aBackupThatPassesTheChecksButCannotBeOpenedIsUndoneByPuttingTheWorkbookBack() throws Exception {
        // Says it is format 2 yet already has format 3's table: it looks fine, but its upgrade fails.
        Path odd = backups.resolve("workbook-daily-20261120.db");
        Files.copy(mondayBackup, odd);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + odd);
             Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA user_version = 2");
        }
        Workbook current = Workbook.open(file, LATER);
        BackupException failure = assertThrows(BackupException.class, () -> WorkbookRestore.restore(current, odd, LATER));
        assertEquals(BackupProblem.RESTORED_UNUSABLE, failure.problem());
        try (Workbook reopened = failure.openNow().orElseThrow()) {
            assertEquals(List.of("Harbour Print", "Northwind Logistics"),
                    reopened.relationships().findAll().stream().map(r -> r.name()).toList(), "the workbook as it was, open");
            add(reopened, "Meridian Foods");
        }
        assertEquals(List.of("Harbour Print", "Meridian Foods", "Northwind Logistics"), names(file));
        assertEquals(Workbook.latestSchemaVersion(), BackupFixtures.pragma(file, "user_version"));
        assertTrue(Files.exists(backups.resolve("workbook-before-restore-20261123-164500.db")), "and its copy is kept");
        assertEquals(List.of("backups", "workbook.db"), fileNames(folder), "no temporary copy left");
    }

    @Test
    void aDamagedBackupIsRefusedAndTheWorkbookIsLeftByteForByte() throws Exception {
        Path damaged = backups.resolve("workbook-daily-20261120.db");
        Files.copy(mondayBackup, damaged);
        try (RandomAccessFile raw = new RandomAccessFile(damaged.toFile(), "rw")) {
            long size = raw.length();
            raw.seek(size - 4096 + 8);
            raw.write(new byte[2000]); // scribble over the last page
            raw.seek(4096);
            raw.write(new byte[] {13, 0, 0, 0, 9, 9, 9, 9}); // and break the first table page's header
        }
        assertRefusedUnchanged(damaged, BackupProblem.BACKUP_UNUSABLE, WorkbookProblem.CORRUPT);
    }

    @Test
    void aBackupFromANewerVersionIsRefused() throws Exception {
        Path newer = backups.resolve("workbook-daily-20261120.db");
        Files.copy(mondayBackup, newer);
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + newer);
             Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Workbook.latestSchemaVersion() + 1));
        }
        assertRefusedUnchanged(newer, BackupProblem.BACKUP_UNUSABLE, WorkbookProblem.NEWER_VERSION);
    }

    @Test
    void anotherProgramsDatabaseOrATruncatedFileIsRefused() throws Exception {
        Path foreign = backups.resolve("workbook-daily-20261119.db");
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + foreign);
             Statement statement = plain.createStatement()) {
            statement.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
        }
        assertRefusedUnchanged(foreign, BackupProblem.BACKUP_UNUSABLE, WorkbookProblem.FOREIGN_DATABASE);

        Path truncated = backups.resolve("workbook-daily-20261118.db");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(mondayBackup), 6000));
        assertRefusedUnchanged(truncated, BackupProblem.BACKUP_UNUSABLE, WorkbookProblem.TRUNCATED);
    }

    @Test
    void whenTheCurrentStateCannotBeSavedFirstNothingIsRestored() throws Exception {
        // The backups folder turns into a file: the before-restore copy cannot be written.
        Path moved = folder.resolve("kept-backups");
        Files.move(backups, moved);
        Files.writeString(backups, "not a folder");
        assertRefusedUnchanged(moved.resolve(mondayBackup.getFileName()), BackupProblem.CANNOT_SAVE_CURRENT, null);
    }

    @Test
    void whileAnotherProgramHasTheWorkbookOpenItIsNotReplaced() throws Exception {
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = other.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.executeQuery("SELECT count(*) FROM relationship").close();
            Workbook current = Workbook.open(file, LATER);
            BackupException refused = assertThrows(BackupException.class,
                    () -> WorkbookRestore.restore(current, mondayBackup, LATER));
            assertEquals(BackupProblem.WORKBOOK_IN_USE, refused.problem());
            try (Workbook reopened = refused.openNow().orElseThrow()) {
                assertEquals(List.of("Harbour Print", "Northwind Logistics"),
                        reopened.relationships().findAll().stream().map(r -> r.name()).toList(), "open again, as it was");
            }
        }
        assertEquals(List.of("Harbour Print", "Northwind Logistics"), names(file));
        assertEquals(List.of("workbook-daily-20261123.db"), fileNames(backups), "no before-restore copy of an unchanged workbook");
        assertEquals(List.of("backups", "workbook.db"), fileNames(folder), "no temporary copy left");
    }

    /** Tries to restore {@code backup}: refused, the workbook still open and usable, its file byte-identical. */
    private void assertRefusedUnchanged(Path backup, BackupProblem problem, WorkbookProblem why) throws Exception {
        String before = FileBytes.sha256(file);
        List<String> backupsBefore = fileNames(backups);
        Workbook current = Workbook.open(file, LATER);
        BackupException refused = assertThrows(BackupException.class, () -> WorkbookRestore.restore(current, backup, LATER));
        assertEquals(problem, refused.problem(), refused.getMessage());
        if (why != null) {
            assertEquals(why, refused.backupProblem().orElseThrow(), refused.getMessage());
            assertEquals(backup, refused.file(), "the message names the backup");
        }
        assertSame(current, refused.openNow().orElseThrow(), "the workbook was never closed");
        assertEquals(List.of("Harbour Print", "Northwind Logistics"),
                current.relationships().findAll().stream().map(r -> r.name()).toList());
        current.close();
        assertEquals(before, FileBytes.sha256(file), "the workbook file is exactly as it was");
        assertEquals(List.of("backups", "workbook.db"), fileNames(folder).stream()
                .filter(name -> !name.equals("kept-backups")).toList(), "no temporary copy left");
        if (Files.isDirectory(backups)) {
            assertEquals(backupsBefore, fileNames(backups), "no before-restore copy: nothing changed");
        }
        assertFalse(Files.exists(Path.of(file + "-wal")));
        assertTrue(Files.exists(backup));
    }
}
