package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editing lock within one process, and the read-only way in. The two-process cases: {@link TwoProcessesTest}. */
class WorkbookLockTest {
    @TempDir
    Path folder;

    @Test
    void whileAWorkbookIsOpenItsLockFileSaysWhoHasItAndIsForTheOwnerOnly() throws Exception {
        Path file = folder.resolve("w.db");
        Path lockFile = folder.resolve("w.db.lock");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertTrue(Files.exists(lockFile));
            WorkbookHolder holder = WorkbookLock.holderOf(file).orElseThrow();
            assertTrue(holder.isThisProcess());
            assertEquals(FixedClock.NOW, holder.since());
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(lockFile)));
            }
            assertFalse(workbook.readOnly());
        }
        assertFalse(Files.exists(lockFile), "closing removes it");
        assertTrue(WorkbookLock.holderOf(file).isEmpty());
    }

    @Test
    void thisProcessMayOpenAWorkbookItHasOpenAlreadyAndKeepsTheLockUntilTheLastIsClosed() throws Exception {
        Path file = folder.resolve("w.db");
        Workbook first = Workbook.open(file, FixedClock.now());
        try (Workbook second = Workbook.open(folder.resolve(".").resolve("w.db"), FixedClock.now())) {
            second.relationships().create(Relationship.draft("Through the second", FixedClock.NOW));
            first.close();
            first.close();
            assertTrue(WorkbookLock.holderOf(file).isPresent(), "the second still holds it");
            assertEquals(List.of("Through the second"), second.relationships().findAll().stream()
                    .map(Relationship::name).toList());
        }
        assertTrue(WorkbookLock.holderOf(file).isEmpty());
        assertFalse(Files.exists(folder.resolve("w.db.lock")));
    }

    @Test
    void aSymbolicLinkToAWorkbookSharesItsLock() throws Exception {
        Path file = folder.resolve("real.db");
        Path link;
        try {
            link = Files.createSymbolicLink(folder.resolve("link.db"), file);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            Assumptions.abort("no symbolic links here");
            return;
        }
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertEquals(WorkbookLock.lockFileOf(file), WorkbookLock.lockFileOf(link));
            assertTrue(WorkbookLock.holderOf(link).isPresent());
        }
    }

    @Test
    void aLockFileLeftByACrashDoesNotStopAnyoneAndIsReplaced() throws Exception {
        Path file = folder.resolve("w.db");
        Workbook.open(file, FixedClock.now()).close();
        Path lockFile = folder.resolve("w.db.lock");
        Files.writeString(lockFile, "pid=999999\nhost=elsewhere\nsince=2020-01-01T00:00:00Z\n" + "x".repeat(9000));
        assertTrue(WorkbookLock.holderOf(file).isEmpty(), "a file without a lock holds nothing");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            WorkbookHolder holder = WorkbookHolder.parse(Files.readString(lockFile));
            assertEquals(ProcessHandle.current().pid(), holder.pid(), "rewritten by its new holder");
        }
    }

    @Test
    void lookingForAHolderNeverMakesALockFile() {
        assertTrue(WorkbookLock.holderOf(folder.resolve("nothing.db")).isEmpty());
        assertFalse(Files.exists(folder.resolve("nothing.db.lock")));
    }

    @Test
    void aRefusedFileLeavesNoLockFileBehind() throws Exception {
        Path bad = Files.writeString(folder.resolve("notes.db"), "not a workbook");
        assertThrows(WorkbookException.class, () -> Workbook.open(bad, FixedClock.now()));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(bad), files.toList());
        }
    }

    @Test
    void theHolderTextReadsBackAndAnythingUnreadableIsUnknown() {
        WorkbookHolder holder = new WorkbookHolder(4242, "desk-7", Instant.parse("2026-11-23T09:14:00Z"));
        assertEquals(holder, WorkbookHolder.parse(holder.toFileText()));
        WorkbookHolder garbage = WorkbookHolder.parse("pid=twelve\nsince=yesterday\n\u0000\u0001");
        assertTrue(garbage.processId().isEmpty());
        assertTrue(garbage.openedAt().isEmpty());
        assertTrue(garbage.hostName().isEmpty());
        assertTrue(WorkbookHolder.parse("").processId().isEmpty());
    }

    @Test
    void aReadOnlyWorkbookTakesNoLockAndRefusesEveryWriteLeavingTheFileAsItWas() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            workbook.relationships().create(Relationship.draft("Kept", FixedClock.NOW));
        }
        String before = FileBytes.sha256(file);
        try (Workbook look = Workbook.openReadOnly(file)) {
            assertTrue(look.readOnly());
            assertTrue(WorkbookLock.holderOf(file).isEmpty(), "no lock");
            Relationship kept = look.relationships().findAll().get(0);
            assertEquals("Kept", kept.name());
            assertThrows(WorkbookReadOnlyException.class, () -> look.relationships().update(kept));
            assertThrows(WorkbookReadOnlyException.class, () -> look.relationships().createAll(List.of(kept)));
            assertThrows(WorkbookReadOnlyException.class, () -> look.relationships().moveToTrash(kept.id()));
            assertThrows(WorkbookReadOnlyException.class, () -> look.relationships().emptyTrash());
            assertThrows(WorkbookReadOnlyException.class, () -> look.repairCases().save(RepairSamples.full(kept.id())));
            assertThrows(WorkbookReadOnlyException.class, () -> look.milestones()
                    .record(kept.id(), org.bridgework.model.repair.RepairStep.ASSESS, RepairSamples.DAY));
            assertEquals(org.bridgework.model.repair.RepairCase.start(kept.id()), look.repairCases().load(kept.id()));
            // Past the guard, SQLite itself refuses: the connection is read-only.
            assertThrows(java.sql.SQLException.class, () -> {
                try (var statement = connectionOf(look).createStatement()) {
                    statement.execute("DELETE FROM relationship");
                }
            });
        }
        assertEquals(before, FileBytes.sha256(file));
    }

    @Test
    void aReadOnlyLookAtAnOlderFormatIsRefusedRatherThanUpgraded() throws Exception {
        Path file = folder.resolve("old.db");
        try (var plain = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = plain.createStatement()) {
            statement.execute("PRAGMA application_id = " + WorkbookInspector.APPLICATION_ID);
            for (String sql : SchemaMigrations.statements(SchemaMigrations.script(1))) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = 1");
        }
        String before = FileBytes.sha256(file);
        WorkbookException refused = assertThrows(WorkbookException.class, () -> Workbook.openReadOnly(file));
        assertEquals(WorkbookProblem.NEEDS_UPGRADE, refused.problem());
        assertEquals(before, FileBytes.sha256(file));
        assertFalse(Files.exists(WorkbookBackups.folderOf(file)));
    }

    @Test
    void aReadOnlyLookAtNothingIsRefusedAndCreatesNothing() {
        Path missing = folder.resolve("missing.db");
        WorkbookException refused = assertThrows(WorkbookException.class, () -> Workbook.openReadOnly(missing));
        assertEquals(WorkbookProblem.UNREADABLE, refused.problem());
        assertFalse(Files.exists(missing));
    }

    private static java.sql.Connection connectionOf(Workbook workbook) throws Exception {
        var field = Workbook.class.getDeclaredField("connection");
        field.setAccessible(true);
        return (java.sql.Connection) field.get(workbook);
    }
}
