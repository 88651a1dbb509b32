package org.bridgework.store;

import static org.bridgework.store.BackupFixtures.add;
import static org.bridgework.store.BackupFixtures.fileNames;
import static org.bridgework.store.BackupFixtures.names;
import static org.bridgework.store.BackupFixtures.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Today's backup runs on a thread and a connection of its own: a save made while it is half done is not held up,
 * the copy is the workbook as it was when the copy began, and closing (or restoring) stops it cleanly.
 */
class BackupBesideSavesTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path folder;
    private Path file;
    private Workbook workbook;
    /** Counted down the first time the copy reaches its hook: the copy is under way and holds its snapshot. */
    private final CountDownLatch copying = new CountDownLatch(1);
    /** The copy waits at its hook until this is counted down. */
    private final CountDownLatch letGo = new CountDownLatch(1);

    @BeforeEach
    void aWorkbookWithEnoughToCopy() throws Exception {
        file = folder.resolve("workbook.db");
        workbook = Workbook.open(file, on(MONDAY));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add("Relationship " + i);
        }
        add(workbook, names.toArray(String[]::new));
    }

    @AfterEach
    void close() {
        letGo.countDown();
        workbook.close();
    }

    @Test
    void aSaveCompletesWhileTheBackupIsHalfDoneAndTheBackupHoldsTheWorkbookAsItWasWhenItBegan() throws Exception {
        // The copy starts with a few steps of its own (attaching the new file) before it reads the workbook: how
        // many steps a whole copy takes is counted first, and the copy is then held halfway through its rows.
        AtomicInteger looks = new AtomicInteger();
        WorkbookBackups.daily(workbook, on(MONDAY.minusDays(1)), 7, looks::incrementAndGet);
        assertTrue(looks.get() >= 10, "the copy looks back often enough to be held halfway: " + looks.get());
        CompletableFuture<Optional<Path>> backup = heldBackup(MONDAY, looks.get() / 2);
        await(copying);

        // Another thread saves through the workbook's own connection while the copy holds its snapshot.
        CompletableFuture<Void> save = CompletableFuture.runAsync(() -> add(workbook, "Saved meanwhile"));
        save.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertFalse(backup.isDone(), "the backup is still held half made");
        assertTrue(names(file).contains("Saved meanwhile"), "the save is in the file (read by a third connection)");

        letGo.countDown();
        Path made = backup.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).orElseThrow();
        List<String> copied = names(made);
        assertEquals(300, copied.size(), "every relationship there when the copy began");
        assertFalse(copied.contains("Saved meanwhile"), "one consistent snapshot: nothing saved after it began");
    }

    @Test
    void closingStopsABackupHalfMadeLeavesNoFileAndNoLog() throws Exception {
        CompletableFuture<Optional<Path>> backup = heldBackup();
        await(copying);
        CompletableFuture<Void> closing = CompletableFuture.runAsync(workbook::close);
        waitUntil(() -> workbook.readers().closing());
        letGo.countDown();

        closing.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertEquals(Optional.empty(), backup.get(PATIENCE.toSeconds(), TimeUnit.SECONDS), "stopped, not made");
        assertEquals(List.of(), fileNames(WorkbookBackups.folderOf(file)), "no backup and no half-written file");
        assertEquals(List.of("backups", "workbook.db"), fileNames(folder), "no -wal or -shm left: closed everywhere");
        assertEquals(Optional.empty(), WorkbookBackups.daily(workbook, on(MONDAY), 7),
                "a backup asked for after closing never reads the file");
        assertEquals(List.of(), fileNames(WorkbookBackups.folderOf(file)));
    }

    @Test
    void aRestoreStopsABackupHalfMadeAndReplacesTheFileSafely() throws Exception {
        Path monday = WorkbookBackups.daily(workbook, on(MONDAY), 7).orElseThrow();
        add(workbook, "After Monday");
        CompletableFuture<Optional<Path>> backup = heldBackup(MONDAY.plusDays(1), 1);
        await(copying);
        CompletableFuture<WorkbookRestore.Restored> restore =
                CompletableFuture.supplyAsync(() -> restore(monday));
        waitUntil(() -> workbook.readers().closing());
        letGo.countDown();

        WorkbookRestore.Restored restored = restore.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        workbook = restored.workbook();
        assertEquals(Optional.empty(), backup.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        assertEquals(300, workbook.relationships().findAll().size(), "Monday's workbook is open");
        assertTrue(names(restored.beforeRestore()).contains("After Monday"), "the workbook as it was is kept");
        assertFalse(Files.exists(WorkbookBackups.folderOf(file).resolve("workbook-daily-20261124.db")),
                "the stopped backup left nothing");
    }

    // ---- Helpers

    private CompletableFuture<Optional<Path>> heldBackup() {
        return heldBackup(MONDAY, 1);
    }

    /** The backup of {@code day} on a thread of its own, held at the {@code at}-th look of its hook until {@link #letGo}. */
    private CompletableFuture<Optional<Path>> heldBackup(LocalDate day, int at) {
        Workbook book = workbook;
        AtomicInteger looks = new AtomicInteger();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return WorkbookBackups.daily(book, on(day), 7, () -> {
                    if (looks.incrementAndGet() == at) {
                        copying.countDown();
                        await(letGo);
                    }
                });
            } catch (BackupException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private WorkbookRestore.Restored restore(Path backup) {
        try {
            return WorkbookRestore.restore(workbook, backup, on(MONDAY.plusDays(1)));
        } catch (BackupException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("waited in vain");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited in vain");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
        }
    }
}
