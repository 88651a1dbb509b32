package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.ScratchDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saves that fail for real: a workbook on a small file system of its own that fills up or turns read-only,
 * a workbook file deleted or renamed while open, a workbook locked by another program. Each failure carries
 * the reason the user is told, leaves the stored data exactly as before, and a later retry writes the latest.
 */
class SaveFailureTest {
    @TempDir
    Path folder;

    @Test
    void aFullDiskFailsTheSaveWithDiskFullLeavesTheFileAsItWasAndTheRetryWritesOnceThereIsRoom() throws Exception {
        try (ScratchDisk disk = ScratchDisk.tmpfs("1m")) {
            Path file = disk.folder().resolve("workbook.db");
            try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
                Relationship acme = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW));
                disk.fill();

                Relationship edited = withNotes(acme, "Typed while the disk was full. ".repeat(20));
                StoreException failure = assertThrows(StoreException.class, () -> workbook.relationships().update(edited));
                assertEquals(SaveProblem.DISK_FULL, failure.problem(), failure.getMessage());
                assertEquals(List.of(acme), readRelationships(file), "the file still holds what was there before");
                assertEquals("ok", quickCheck(file));

                disk.free();
                workbook.relationships().update(edited);
                assertEquals(edited.notes(), readRelationships(file).get(0).notes());
            }
        }
    }

    @Test
    void aRepairThatFillsTheDiskHalfwayLeavesEveryWorksheetAsStoredBeforeAndIsWrittenWholeLater() throws Exception {
        try (ScratchDisk disk = ScratchDisk.tmpfs("2m")) {
            Path file = disk.folder().resolve("workbook.db");
            try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
                long id = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
                RepairCase before = RepairSamples.realistic(id);
                workbook.repairCases().save(before);
                String longer = "Written while the disk was nearly full. ".repeat(5_000);
                RepairCase bigger = before.withCurrentStep(RepairStep.ACT)
                        .withOwnership(new Ownership(longer, longer, "Priya"))
                        .withActionPlan(new ActionPlan(before.actionPlan().commitments().subList(0, 3)));
                Path log = Path.of(file + "-wal");
                disk.fillLeaving(160 * 1024);
                long logBefore = Files.size(log);

                StoreException failure = assertThrows(StoreException.class, () -> workbook.repairCases().save(bigger));
                assertEquals(SaveProblem.DISK_FULL, failure.problem(), failure.getMessage());
                assertTrue(Files.size(log) > logBefore,
                        "the failure came in the middle of writing the transaction: part of it reached the log");
                assertEquals(before, readRepair(file, id), "every worksheet exactly as stored before");
                assertEquals(before, workbook.repairCases().load(id), "and so for the open connection too");
                assertEquals("ok", quickCheck(file));

                disk.free();
                workbook.repairCases().save(bigger);
                assertEquals(bigger, readRepair(file, id));
                assertEquals("ok", quickCheck(file));
            }
        }
    }

    @Test
    void aDiskTurnedReadOnlyUnderTheOpenWorkbookFailsTheSaveAsReadOnlyAndACopyElsewhereKeepsEverything() throws Exception {
        try (ScratchDisk disk = ScratchDisk.ext4(8)) {
            Path file = disk.folder().resolve("workbook.db");
            Path copy = folder.resolve("rescued.db");
            Relationship acme;
            try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
                acme = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW));
                disk.failIntoReadOnly();

                StoreException failure = assertThrows(StoreException.class,
                        () -> workbook.relationships().update(withNotes(acme, "after the disk failed")));
                // SQLite itself says only "disk I/O error" (SQLITE_IOERR_WRITE); the file system says why.
                assertEquals(SaveProblem.READ_ONLY, failure.problem(), failure.getMessage());

                workbook.saveCopyTo(copy);
            }
            assertEquals(List.of(acme), readRelationships(copy), "the copy holds everything saved before");
            assertEquals("ok", quickCheck(copy));
            disk.remount();
            assertEquals(List.of(acme), readRelationships(file), "the original is as it was before the failed save");
            assertEquals("ok", quickCheck(file));
        }
    }

    @Test
    void aDeletedWorkbookFileFailsTheSaveAsMovedOrDeletedAndNothingIsWrittenToTheLostFile() throws Exception {
        Path file = folder.resolve("workbook.db");
        Path stillTheInode = folder.resolve("hard-link-to-the-deleted-file");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            Relationship acme = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW));
            Files.createLink(stillTheInode, file);
            Files.delete(file);
            byte[] fileBefore = Files.readAllBytes(stillTheInode);
            byte[] logBefore = Files.readAllBytes(Path.of(file + "-wal"));

            StoreException failure = assertThrows(StoreException.class,
                    () -> workbook.relationships().update(withNotes(acme, "would be lost")));
            assertEquals(SaveProblem.MOVED_OR_DELETED, failure.problem(), failure.getMessage());
            assertThrows(StoreException.class, () -> workbook.repairCases().save(RepairSamples.full(acme.id())));
            assertArrayEquals(fileBefore, Files.readAllBytes(stillTheInode), "nothing written to the deleted file");
            assertArrayEquals(logBefore, Files.readAllBytes(Path.of(file + "-wal")), "nor to its log");

            Path copy = folder.resolve("rescued.db");
            workbook.saveCopyTo(copy);
            assertEquals(List.of(acme), readRelationships(copy), "a copy elsewhere still has all that was saved");
        }
    }

    @Test
    void aRenamedOrReplacedWorkbookFileFailsTheSaveAsMovedOrDeleted() throws Exception {
        Path file = folder.resolve("workbook.db");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            Relationship acme = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW));
            Path moved = folder.resolve("moved.db");
            Files.move(file, moved);
            byte[] movedBefore = Files.readAllBytes(moved);
            StoreException renamed = assertThrows(StoreException.class,
                    () -> workbook.relationships().update(withNotes(acme, "x")));
            assertEquals(SaveProblem.MOVED_OR_DELETED, renamed.problem());
            assertArrayEquals(movedBefore, Files.readAllBytes(moved), "nothing written to the renamed file");

            // Another file put in its place (a sync tool restoring it, say) is not the one that was opened.
            Files.copy(moved, file);
            StoreException replaced = assertThrows(StoreException.class,
                    () -> workbook.relationships().update(withNotes(acme, "x")));
            assertEquals(SaveProblem.MOVED_OR_DELETED, replaced.problem());
        }
    }

    @Test
    void aWorkbookLockedByAnotherProgramFailsAsLockedAndSavesOnceTheLockIsGone() throws Exception {
        Path file = folder.resolve("workbook.db");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            Relationship acme = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW));
            Relationship edited = withNotes(acme, "typed while locked");
            try (Connection other = SqliteConnections.readWrite(file); Statement statement = other.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                StoreException failure = assertThrows(StoreException.class, () -> workbook.relationships().update(edited));
                assertEquals(SaveProblem.LOCKED, failure.problem(), failure.getMessage());
                statement.execute("ROLLBACK");
            }
            workbook.relationships().update(edited);
            assertEquals("typed while locked", readRelationships(file).get(0).notes());
        }
    }

    private static Relationship withNotes(Relationship r, String notes) {
        return new Relationship(r.id(), r.name(), r.organisation(), r.contactPerson(), r.owner(), r.kind(), notes,
                r.archived(), r.createdAt(), r.updatedAt());
    }

    /** What another program reading the file sees: a second connection, read-only. */
    private static List<Relationship> readRelationships(Path file) throws Exception {
        try (Connection connection = SqliteConnections.readOnly(file)) {
            return new RelationshipRepository(connection, null, FixedClock.now()).findAll();
        }
    }

    private static RepairCase readRepair(Path file, long id) throws Exception {
        try (Connection connection = SqliteConnections.readOnly(file)) {
            return new RepairCaseRepository(connection, null).load(id);
        }
    }

    private static String quickCheck(Path file) throws Exception {
        try (Connection connection = SqliteConnections.readOnly(file); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
