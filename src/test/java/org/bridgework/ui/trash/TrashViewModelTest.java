package org.bridgework.ui.trash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.TrashedRelationship;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trash's commands on a real workbook, on one thread, with the user's answers scripted. */
class TrashViewModelTest {
    @TempDir
    Path folder;
    private Workbook workbook;
    private final Answers dialogs = new Answers();
    private final List<String> backInPortfolio = new ArrayList<>();
    private final List<Long> purged = new ArrayList<>();
    private TrashViewModel model;

    @BeforeEach
    void open() throws Exception {
        workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now());
        model = new TrashViewModel(new ImmediateTaskRunner(), dialogs.service, FixedClock.now());
        model.setPortfolio((relationship, step, summary, select) ->
                backInPortfolio.add(relationship.name() + (select ? " (selected)" : "") + " at " + step));
        model.setOnPurged(purged::add);
        model.load(workbook);
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void undoBringsBackTheDeletesLatestFirst() {
        TrashedRelationship a = trash("A");
        TrashedRelationship b = trash("B");
        model.trashed(a);
        model.trashed(b);
        assertEquals("\u201cB\u201d was moved to the Trash.", model.noticeProperty().get().text());
        assertTrue(model.noticeProperty().get().undoable());

        model.undoDelete();
        assertEquals(List.of("B (selected) at ASSESS"), backInPortfolio);
        assertEquals("\u201cB\u201d is back in the portfolio.", model.noticeProperty().get().text());
        assertFalse(model.noticeProperty().get().lingers());
        assertTrue(model.canUndoProperty().get());
        model.undoDelete();
        assertEquals(List.of("B (selected) at ASSESS", "A (selected) at ASSESS"), backInPortfolio);
        assertFalse(model.canUndoProperty().get());
        model.undoDelete();
        assertEquals(2, backInPortfolio.size(), "nothing more to undo");
    }

    @Test
    void aRestoreWithATakenNameSaysSoAndStaysUntilRead() {
        TrashedRelationship acme = trash("Acme");
        workbook.relationships().create(Relationship.draft("ACME", FixedClock.NOW));
        model.trashed(acme);
        model.undoDelete();
        assertEquals(List.of("Acme (restored) (selected) at ASSESS"), backInPortfolio);
        Notice notice = model.noticeProperty().get();
        assertEquals("\u201cAcme\u201d is back in the portfolio as \u201cAcme (restored)\u201d, because another"
                + " relationship now has its name. Press F2 to rename it.", notice.text());
        assertTrue(notice.lingers());
        model.dismissNotice();
        assertNull(model.noticeProperty().get());
    }

    @Test
    void restoringSeveralSelectsTheFirstAndNamesTheRenamedOnes() {
        TrashedRelationship one = trash("One");
        TrashedRelationship two = trash("Two");
        workbook.relationships().create(Relationship.draft("Two", FixedClock.NOW));
        // Assess complete, Prepare last shown: the portfolio shows the stage, Understand, not the step shown.
        workbook.repairCases().save(workbook.repairCases().load(one.id()).withCurrentStep(RepairStep.PREPARE)
                .withAssessment(org.bridgework.model.repair.Assessment.empty().withDecision(
                        org.bridgework.model.repair.ManagerDecision.of(org.bridgework.model.repair.Verdict.REPAIR, "worth it"))));
        model.refresh();
        assertEquals(2, model.entries().size());

        model.restore(List.of(one, two));
        assertEquals(List.of("One (selected) at UNDERSTAND", "Two (restored) at ASSESS"), backInPortfolio);
        assertEquals("2 relationships are back in the portfolio. Renamed, because other relationships now have"
                + " their names: \u201cTwo\u201d is now \u201cTwo (restored)\u201d.", model.noticeProperty().get().text());
        assertEquals(List.of(), model.entries());
    }

    @Test
    void deletingForGoodAsksAndNoKeepsIt() {
        TrashedRelationship a = trash("A");
        TrashedRelationship b = trash("B");
        model.trashed(a);
        model.refresh();

        dialogs.answer = false;
        assertFalse(model.deleteForGood(List.of(a), dialogs.service));
        assertEquals("Permanently delete \u201cA\u201d and everything recorded about it? This cannot be undone.",
                dialogs.asked.get(0));
        assertEquals(2, workbook.relationships().trash().size());

        dialogs.answer = true;
        assertTrue(model.deleteForGood(List.of(a, b), dialogs.service));
        assertEquals("Permanently delete 2 relationships and everything recorded about them? This cannot be undone.",
                dialogs.asked.get(1));
        assertEquals(List.of(), workbook.relationships().trash());
        assertEquals(List.of(a.id(), b.id()), purged);
        assertEquals(List.of(), model.entries());
        assertFalse(model.canUndoProperty().get(), "a relationship deleted for good cannot be undone");
    }

    @Test
    void emptyingTheTrashAsksWithTheCount() {
        trash("A");
        model.refresh();
        dialogs.answer = false;
        assertFalse(model.emptyTrash(dialogs.service));
        assertEquals("Permanently delete 1 relationship? This cannot be undone.", dialogs.asked.get(0));
        assertEquals(1, workbook.relationships().trash().size());

        trash("B");
        model.refresh();
        dialogs.answer = true;
        assertTrue(model.emptyTrash(dialogs.service));
        assertEquals("Permanently delete 2 relationships? This cannot be undone.", dialogs.asked.get(1));
        assertEquals(List.of(), workbook.relationships().trash());
        assertEquals(2, purged.size());
        assertFalse(model.emptyTrash(dialogs.service), "an empty Trash asks nothing");
        assertEquals(2, dialogs.asked.size());
    }

    @Test
    void anotherWorkbookStartsWithNothingToUndo() throws Exception {
        model.trashed(trash("A"));
        try (Workbook other = Workbook.open(folder.resolve("other.db"), FixedClock.now())) {
            model.load(other);
            assertFalse(model.canUndoProperty().get());
            assertNull(model.noticeProperty().get());
            assertEquals(List.of(), model.entries());
        }
    }

    @Test
    void restoredNamesAreNumberedFromTheSecond() {
        assertEquals("Acme (restored)", TrashViewModel.restoredName("Acme", 1));
        assertEquals("Acme (restored 2)", TrashViewModel.restoredName("Acme", 2));
        assertEquals("Acme (restored 1000)", TrashViewModel.restoredName("Acme", 1000));
    }

    private TrashedRelationship trash(String name) {
        long id = workbook.relationships().create(Relationship.draft(name, FixedClock.NOW)).id();
        return workbook.relationships().moveToTrash(id);
    }

    /**
     * A read that fails is said once (reading again at once would fail and say it again, and again); a read that
     * others' changes caused fails quietly, since the save banner already says the server is away.
     */
    @Test
    void aFailedReadIsSaidOnceAndOneOthersCausedIsNotShown() throws Exception {
        Workbook gone = Workbook.open(folder.resolve("gone.db"), FixedClock.now());
        model.load(gone);
        gone.close();
        model.refreshAfterOthersChanged();
        assertEquals(List.of(), dialogs.errors, "a read others' changes caused is logged, not shown");
        model.refresh();
        assertEquals(1, dialogs.errors.size(), "said once: " + dialogs.errors);
    }

    /**
     * Answers every question the same way and remembers what was asked; any other dialog fails the test. A proxy,
     * so it keeps compiling as the dialog interface grows.
     */
    private static final class Answers {
        boolean answer;
        final List<String> asked = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final DialogService service = (DialogService) java.lang.reflect.Proxy.newProxyInstance(
                DialogService.class.getClassLoader(), new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("confirmDanger")) {
                        asked.add((String) args[1]);
                        return answer;
                    }
                    if (method.getName().equals("showError")) {
                        errors.add((String) args[1]);
                        return null;
                    }
                    throw new AssertionError("unexpected dialog: " + method.getName() + " "
                            + java.util.Arrays.toString(args));
                });
    }
}
