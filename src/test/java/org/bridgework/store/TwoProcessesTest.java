package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FileBytes;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Bridgework processes on one workbook: the second JVM ({@link OtherProcess}) opens it with the real
 * {@link Workbook#open} and keeps writing; this one tries to open it, looks at it read-only, and takes over
 * after the other is killed. Whatever happens, the file stays whole.
 */
class TwoProcessesTest {
    @TempDir
    Path folder;

    @Test
    void whileAnotherProcessEditsItOpeningIsRefusedNamingThatProcessAndTouchesNoFileOfTheWorkbook() throws Exception {
        Path file = workbookWith(folder.resolve("shared.db"), 2);
        try (OtherProcess other = OtherProcess.holding(file, 20)) {
            other.awaitCommit(3);
            other.send("pause");
            other.awaitLine("PAUSED"::equals);
            Map<Path, String> before = snapshot(file);

            WorkbookException refused = assertThrows(WorkbookException.class, () -> Workbook.open(file, FixedClock.now()));

            assertEquals(WorkbookProblem.OPEN_ELSEWHERE, refused.problem());
            WorkbookHolder holder = refused.holder().orElseThrow();
            assertEquals(other.pid(), holder.pid());
            assertTrue(holder.onThisComputer());
            assertFalse(holder.isThisProcess());
            assertTrue(holder.openedAt().isPresent());
            assertEquals(before, snapshot(file), "the workbook, its log and its index are exactly as they were");
            assertFalse(Files.exists(WorkbookBackups.folderOf(file)), "no backup, no upgrade");
            assertEquals(Set.of("shared.db", "shared.db-wal", "shared.db-shm", "shared.db.lock"), names(folder));
            other.send("resume");
            other.awaitCommit(5);
        }
        assertEquals(Set.of("shared.db"), names(folder), "closing removes the lock file with the log");
        assertEquals("ok", quickCheck(file));
    }

    @Test
    void aReadOnlyLookSeesWhatTheOtherProcessCommitsAndCannotWrite() throws Exception {
        Path file = workbookWith(folder.resolve("shared.db"), 1);
        try (OtherProcess other = OtherProcess.holding(file, 20)) {
            other.awaitCommit(2);
            try (Workbook look = Workbook.openReadOnly(file)) {
                assertTrue(look.readOnly());
                Set<String> first = names(look);
                int reported = other.lastCommit();
                for (int n = 1; n <= reported; n++) {
                    assertTrue(first.contains("Commit " + n), "commit " + n + " was reported, so it is seen");
                }
                other.awaitCommit(reported + 5);
                Set<String> later = names(look);
                assertTrue(later.contains("Commit " + (reported + 5)), "each read is up to date: " + later);
                assertTrue(later.containsAll(first));

                Relationship draft = Relationship.draft("Mine", FixedClock.NOW);
                WorkbookReadOnlyException refused = assertThrows(WorkbookReadOnlyException.class,
                        () -> look.relationships().create(draft));
                assertTrue(refused.getMessage().contains("open read-only"), refused.getMessage());
                assertThrows(WorkbookReadOnlyException.class, () -> look.repairCases().save(RepairSamples.full(1)));
                assertThrows(WorkbookReadOnlyException.class, () -> look.relationships().moveToTrash(1));
                assertFalse(names(look).contains("Mine"));
            }
            int reported = other.lastCommit();
            try (Workbook again = Workbook.openReadOnly(file)) {
                assertTrue(names(again).contains("Commit " + reported), "reopened, it shows the newest commits");
            }
            assertTrue(Files.exists(Path.of(file + ".lock")), "a look takes no lock, and leaves the other's alone");
        }
        assertEquals("ok", quickCheck(file));
    }

    @Test
    void whenTheEditingProcessIsKilledItsLockGoesWithItAndEveryCommitItReportedIsThere() throws Exception {
        Path file = workbookWith(folder.resolve("shared.db"), 3);
        OtherProcess other = OtherProcess.holding(file, 5);
        other.awaitCommit(20);
        other.kill();
        int reported = other.lastCommit();
        assertTrue(Files.exists(Path.of(file + ".lock")), "a killed process leaves its lock file, but not its lock");

        try (Workbook mine = Workbook.open(file, FixedClock.now())) {
            Map<String, Long> ids = mine.relationships().findAll().stream()
                    .collect(Collectors.toMap(Relationship::name, Relationship::id));
            for (int n = 1; n <= reported; n++) {
                Long id = ids.get("Commit " + n);
                assertTrue(id != null, "commit " + n + " of " + reported + " is there");
                assertEquals(RepairSamples.realistic(id), mine.repairCases().load(id), "with its repair, whole");
            }
            WorkbookHolder holder = WorkbookLock.holderOf(file).orElseThrow();
            assertTrue(holder.isThisProcess(), "the lock is now this process's");
        }
        assertEquals("ok", quickCheck(file));
        assertEquals(Set.of("shared.db"), names(folder));
    }

    @Test
    void twoProcessesRacingToOpenTheSameWorkbookNeverBothWin() throws Exception {
        String prefix = folder.resolve("race").toString();
        int rounds = 16;
        try (OtherProcess first = OtherProcess.start("race", prefix);
             OtherProcess second = OtherProcess.start("race", prefix)) {
            for (int round = 0; round < rounds; round++) {
                // Even rounds race to create a new workbook as well; odd ones to open the one made before.
                String go = "GO " + round + " " + (round - round % 2);
                first.send(go);
                second.send(go);
                String a = first.awaitLine(answerTo(round));
                String b = second.awaitLine(answerTo(round));
                assertTrue(a.startsWith("WON") ^ b.startsWith("WON"), "exactly one wins round " + round + ": " + a + ", " + b);
                String lost = a.startsWith("LOST") ? a : b;
                assertTrue(lost.endsWith("OPEN_ELSEWHERE"), lost);
                first.send("RELEASE " + round);
                second.send("RELEASE " + round);
                first.awaitLine(("RELEASED " + round)::equals);
                second.awaitLine(("RELEASED " + round)::equals);
            }
        }
        for (int index = 0; index < rounds; index += 2) {
            assertEquals("ok", quickCheck(Path.of(prefix + "-" + index + ".db")));
            assertFalse(Files.exists(Path.of(prefix + "-" + index + ".db.lock")));
        }
    }

    private static java.util.function.Predicate<String> answerTo(int round) {
        return line -> line.equals("WON " + round) || line.startsWith("LOST " + round + " ");
    }

    private static Path workbookWith(Path file, int relationships) throws Exception {
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            workbook.relationships().createAll(IntStream.rangeClosed(1, relationships)
                    .mapToObj(n -> Relationship.draft("Before " + n, FixedClock.NOW)).toList());
        }
        return file;
    }

    private static Set<String> names(Workbook workbook) {
        return workbook.relationships().findAll().stream().map(Relationship::name).collect(Collectors.toSet());
    }

    private static Set<String> names(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
        }
    }

    /** Every file of the workbook (itself, its log and index, and the lock file), with its bytes' hash and time. */
    private static Map<Path, String> snapshot(Path file) throws Exception {
        Map<Path, String> result = new LinkedHashMap<>();
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Path part = Path.of(file + suffix);
            if (Files.exists(part)) {
                result.put(part, FileBytes.sha256(part) + " " + Files.getLastModifiedTime(part).toMillis());
            }
        }
        return result;
    }

    static String quickCheck(Path file) throws Exception {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            List<String> result = new ArrayList<>();
            while (rows.next()) {
                result.add(rows.getString(1));
            }
            return String.join("; ", result);
        }
    }
}
