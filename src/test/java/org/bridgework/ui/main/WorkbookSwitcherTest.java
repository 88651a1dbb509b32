package org.bridgework.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bridgework.model.Relationship;
import org.bridgework.store.BackupFixtures;
import org.bridgework.store.OtherProcess;
import org.bridgework.store.Workbook;
import org.bridgework.store.WorkbookBackups;
import org.bridgework.store.WorkbookException;
import org.bridgework.store.WorkbookProblem;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.QueuedTaskRunner;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.common.SlowSteps;
import org.bridgework.ui.common.WorkbookUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the open workbook again, looking at one open elsewhere, and reopening it. */
class WorkbookSwitcherTest {
    @TempDir
    Path folder;
    private final List<org.bridgework.store.WorkbookStore> loaded = new ArrayList<>();
    private final List<WorkbookProblem> asked = new ArrayList<>();
    private final List<Path> remembered = new ArrayList<>();
    private DialogService.ProblemChoice answer = DialogService.ProblemChoice.CANCEL;
    private WorkbookSwitcher switcher;

    @AfterEach
    void close() {
        if (switcher != null) {
            switcher.close(() -> { });
        }
    }

    @Test
    void openingTheOpenWorkbookAgainByAnyNameLeavesItAsItIs() throws Exception {
        Path file = folder.resolve("w.db");
        switcher = switcher();
        switcher.open(file);
        switcher.open(folder.resolve(".").resolve("w.db"));
        switcher.open(file);
        assertEquals(1, loaded.size(), "not opened again");
        assertEquals(List.of(file), remembered);
        assertTrue(asked.isEmpty());
        loaded.get(0).relationships().create(Relationship.draft("Still open", FixedClock.NOW));
        assertEquals(1, loaded.get(0).relationships().findAll().size());
    }

    @Test
    void aWorkbookOpenElsewhereCanBeLookedAtReadOnlyAndReopenedForEditingOnceTheOtherHasClosedIt() throws Exception {
        Path file = folder.resolve("w.db");
        Workbook.open(file, FixedClock.now()).close();
        switcher = switcher();
        try (OtherProcess other = OtherProcess.holding(file, 0)) {
            answer = DialogService.ProblemChoice.OPEN_READ_ONLY;
            switcher.open(file);
            assertEquals(List.of(WorkbookProblem.OPEN_ELSEWHERE), asked);
            assertTrue(loaded.get(0).readOnly());
            assertTrue(switcher.readOnlyProperty().get());

            switcher.open(file);
            assertEquals(2, loaded.size(), "opening it again reopens it");
            assertTrue(loaded.get(1).readOnly(), "still read-only: the other has it");
            assertNotSame(loaded.get(0), loaded.get(1));
            assertEquals(1, asked.size(), "reopening asks nothing");
        }
        switcher.reopen();
        assertEquals(3, loaded.size());
        assertFalse(loaded.get(2).readOnly(), "free now: opened for editing");
        assertFalse(switcher.readOnlyProperty().get());
        assertEquals(ProcessHandle.current().pid(), Workbook.holder(file).orElseThrow().pid());
    }

    @Test
    void todaysBackupWaitsOnItsOwnThreadWhileSavesGoOnAndNoneIsMadeOfAWorkbookClosedFirst() throws Exception {
        Path file = folder.resolve("w.db");
        QueuedTaskRunner backups = new QueuedTaskRunner();
        switcher = switcher(backups);
        switcher.open(file);
        assertEquals(1, backups.waiting(), "today's backup is queued on the backup thread");
        loaded.get(0).relationships().create(Relationship.draft("Saved first", FixedClock.NOW));
        backups.runNext();
        Path daily = WorkbookBackups.folderOf(file).resolve("w-daily-20261123.db");
        assertEquals(List.of("Saved first"), BackupFixtures.names(daily));

        Path other = folder.resolve("other.db");
        switcher.open(other);
        assertEquals(1, backups.waiting());
        switcher.close(() -> { });
        backups.runNext();
        assertEquals(List.of(daily.getFileName().toString()), fileNames(WorkbookBackups.folderOf(file)),
                "the other workbook was closed before its backup's turn came: no copy of a closed file");
    }

    private static List<String> fileNames(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private WorkbookSwitcher switcher() {
        return switcher(new ImmediateTaskRunner());
    }

    private WorkbookSwitcher switcher(org.bridgework.ui.common.TaskRunner backups) {
        WorkbookUser user = new WorkbookUser() {
            @Override
            public void load(org.bridgework.store.WorkbookStore workbook) {
                loaded.add(workbook);
            }

            @Override
            public void flush(Consumer<Boolean> done) {
                done.accept(true);
            }
        };
        return new WorkbookSwitcher(new ImmediateTaskRunner(), backups, SlowSteps.UNSEEN,
                answeringDialogs(), List.of(user), FixedClock.now(), remembered::add, () -> { }, () -> 7);
    }

    /** Answers the problem question; any other dialog would be a mistake here. */
    private DialogService answeringDialogs() {
        return (DialogService) java.lang.reflect.Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("workbookProblem")) {
                        asked.add(((WorkbookException) args[0]).problem());
                        return answer;
                    }
                    throw new AssertionError("unexpected dialog: " + method.getName());
                });
    }
}
