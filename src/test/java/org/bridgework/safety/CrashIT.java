package org.bridgework.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.bridgework.safety.CrashLog.Entry;
import org.bridgework.safety.CrashModel.InFlight;
import org.bridgework.store.Workbook;
import org.bridgework.testing.TestSeed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook survives its writer being killed at any moment: 30 times a {@link CrashWriter} JVM writes through
 * the app's store without pause, and is killed with SIGKILL at a random moment after its first reported commit.
 * After every kill the workbook must open with the app's own {@link Workbook#open}, pass SQLite's
 * {@code quick_check} and {@code foreign_key_check}, and hold exactly every write the writer reported committed
 * (plus, wholly or not at all, the one it was making). All 30 rounds work on the same file, so each recovers
 * from the one before. Then a few fresh workbooks are killed at any moment from launch, creation included.
 * Figures go to {@code target/crash-test-report.txt}. The seed of the random kill times is fixed in CI, new on a
 * developer's machine, and printed ({@link TestSeed}); {@code -Dbridgework.seed=N} repeats a run's choices.
 */
class CrashIT {
    private static final int ROUNDS = 30;
    private static final int FRESH_ROUNDS = 5;
    private static final int MIN_KILL_MS = 100;
    private static final int MAX_KILL_MS = 1500;

    @TempDir
    Path folder;

    @Test
    void everyReportedWriteSurvivesSigkill() throws Exception {
        long seed = TestSeed.seed();
        System.out.println("CrashIT seed " + seed + " (" + TestSeed.howToRepeat(seed) + ")");
        try {
            killAndCheck(seed);
        } catch (AssertionError e) {
            // The kill times and the writers' choices come from the seed; when each kill lands depends on timing.
            throw new AssertionError("seed " + seed + " (" + TestSeed.howToRepeat(seed) + "): " + e.getMessage(), e);
        }
    }

    private void killAndCheck(long seed) throws Exception {
        Random random = new Random(seed);
        CrashFigures figures = new CrashFigures(seed);
        long started = System.nanoTime();

        Path workbook = folder.resolve("crash.db");
        CrashModel model = new CrashModel();
        for (int round = 1; round <= ROUNDS; round++) {
            int killAfter = MIN_KILL_MS + random.nextInt(MAX_KILL_MS - MIN_KILL_MS + 1);
            WriterProcess writer = WriterProcess.start(workbook, round, random.nextLong(), folder);
            byte[] output;
            try {
                writer.awaitFirstCommit();
                Thread.sleep(killAfter);
                output = writer.kill();
            } finally {
                writer.destroy();
            }
            figures.add(check(round, false, killAfter, workbook, model, output), false);
        }
        for (int i = 1; i <= FRESH_ROUNDS; i++) {
            int killAfter = random.nextInt(MAX_KILL_MS + 1);
            Path fresh = Files.createDirectories(folder.resolve("fresh-" + i)).resolve("workbook.db");
            WriterProcess writer = WriterProcess.start(fresh, ROUNDS + i, random.nextLong(), folder);
            byte[] output;
            try {
                Thread.sleep(killAfter);
                output = writer.kill();
            } finally {
                writer.destroy();
            }
            // A kill while the workbook was being made leaves the hidden temporary file, never a half-made workbook.
            boolean halfMade;
            try (var files = Files.list(fresh.getParent())) {
                halfMade = files.anyMatch(f -> f.getFileName().toString().startsWith(".bridgework-new-"));
            }
            figures.add(check(i, true, killAfter, fresh, new CrashModel(), output), halfMade);
        }

        String report = figures.report((System.nanoTime() - started) / 1e9, WorkbookIntegrity.toolInstalled());
        figures.write(Path.of(System.getProperty("crash.report", "target/crash-test-report.txt")), report);
        System.out.println(report);
    }

    /** Everything that must hold after a kill; returns the round's figures. */
    private CrashFigures.Round check(int round, boolean fresh, int killAfter, Path file, CrashModel model, byte[] output)
            throws Exception {
        String where = (fresh ? "fresh workbook " : "round ") + round + ": ";
        long fileBytes = sizeOf(file);
        long logBytes = sizeOf(Path.of(file + "-wal"));
        List<Entry> entries = CrashLog.parse(output);
        Map<Long, Entry> underWay = new LinkedHashMap<>();
        int reported = 0;
        for (Entry entry : entries) {
            if (entry.done()) {
                assertTrue(underWay.remove(entry.seq()) != null, where + "DONE without BEGIN: " + entry);
                model.apply(entry);
                reported++;
            } else {
                underWay.put(entry.seq(), entry);
            }
        }
        assertTrue(underWay.size() <= 1, where + "more than one write under way: " + underWay.values());
        Optional<Entry> inFlight = underWay.values().stream().findFirst();

        // The app's own way in after a crash: the write-ahead log left by the killed writer is recovered here.
        try (Workbook workbook = Workbook.open(file, Clock.systemUTC())) {
            CrashSnapshot found = CrashSnapshot.read(workbook);
            InFlight outcome = model.resolve(inFlight, found);
            assertEquals(List.of(), model.differences(found), where + "the workbook is not what the writer reported"
                    + " (under way at the kill: " + inFlight.map(Entry::toString).orElse("nothing") + "; last lines: "
                    + entries.subList(Math.max(0, entries.size() - 4), entries.size()) + ")");
            assertEquals(List.of("ok"), WorkbookIntegrity.quickCheck(file), where + "quick_check");
            assertEquals(List.of(), WorkbookIntegrity.foreignKeyCheck(file), where + "foreign_key_check");
            WorkbookIntegrity.quickCheckWithTool(file).ifPresent(result ->
                    assertEquals("ok", result, where + "sqlite3 quick_check"));
            return new CrashFigures.Round(round, fresh, killAfter, reported, inFlight, outcome, fileBytes, logBytes,
                    model.size());
        }
    }

    private static long sizeOf(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }
}
