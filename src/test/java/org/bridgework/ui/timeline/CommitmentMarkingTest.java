package org.bridgework.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.store.Workbook;
import org.bridgework.ui.common.DialogService;
import org.bridgework.ui.common.ImmediateTaskRunner;
import org.bridgework.ui.common.UndoHistory;
import org.bridgework.ui.portfolio.RelationshipItem;
import org.bridgework.ui.wizard.WizardViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Marking a commitment done or missed from the timeline: missed before its day asks first, and either can be
 * undone; what the workbook holds is read through a second connection.
 */
class CommitmentMarkingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    private Workbook workbook;
    private final UndoHistory history = new UndoHistory();
    private final List<String> asked = new ArrayList<>();
    private boolean answer;
    private WizardViewModel wizard;
    private TimelineViewModel timeline;
    private long id;

    @BeforeEach
    void open() throws Exception {
        workbook = Workbook.open(folder.resolve("w.db"), CLOCK);
        DialogService dialogs = (DialogService) java.lang.reflect.Proxy.newProxyInstance(
                DialogService.class.getClassLoader(), new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("confirmUnlikely")) {
                        asked.add((String) args[1]);
                        return answer;
                    }
                    throw new AssertionError("unexpected dialog: " + method.getName());
                });
        // Saves at once (no typing pause), on this thread.
        wizard = new WizardViewModel(new ImmediateTaskRunner(), dialogs, Duration.ZERO, CLOCK, history);
        timeline = new TimelineViewModel(wizard, new ImmediateTaskRunner());
        wizard.load(workbook);
        Relationship relationship = workbook.relationships().create(Relationship.draft("Acme", CLOCK.instant()));
        id = relationship.id();
        workbook.repairCases().save(RepairCase.start(id).withActionPlan(new ActionPlan(List.of(
                Commitment.planned("Send the revised contract", "Tom", TODAY.minusDays(2)),
                Commitment.planned("Quarterly review", "Ana", TODAY.plusMonths(1))))));
        wizard.show(new RelationshipItem(relationship));
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void missedBeforeItsDayIsAskedAndNothingChangesWhenTheAnswerIsNo() throws Exception {
        answer = false;
        assertFalse(timeline.markMissed(1));
        assertEquals(1, asked.size());
        String due = org.bridgework.ui.form.DateText.of(java.time.LocalDate.of(2026, 12, 23));
        assertTrue(asked.get(0).contains("Quarterly review") && asked.get(0).contains(due), asked.get(0));
        assertEquals(CommitmentStatus.PLANNED, stored().get(1).status());
        assertFalse(history.canUndoProperty().get(), "nothing was done, so nothing to undo");
    }

    @Test
    void missedBeforeItsDayWhenConfirmedIsSavedAndCanBeUndone() throws Exception {
        answer = true;
        assertTrue(timeline.markMissed(1));
        assertEquals(CommitmentStatus.MISSED, stored().get(1).status());
        assertEquals("Commitment \u201cQuarterly review\u201d marked missed.", history.noticeProperty().get().text());

        history.undo();
        assertEquals(CommitmentStatus.PLANNED, stored().get(1).status(), "undo is saved like any edit");
        assertFalse(history.canUndoProperty().get());
    }

    @Test
    void missedAfterItsDayIsNotAsked() throws Exception {
        assertTrue(timeline.markMissed(0));
        assertTrue(asked.isEmpty());
        assertEquals(CommitmentStatus.MISSED, stored().get(0).status());
    }

    @Test
    void doneCanBeUndoneWithItsEvidenceAndDate() throws Exception {
        timeline.markDone(0, "Signed copy in the shared folder");
        Commitment done = stored().get(0);
        assertEquals(CommitmentStatus.DONE, done.status());
        assertEquals(Optional.of(TODAY), done.completedOn());

        history.undo();
        Commitment back = stored().get(0);
        assertEquals(Commitment.planned("Send the revised contract", "Tom", TODAY.minusDays(2)), back);
        assertEquals("Commitment \u201cSend the revised contract\u201d is back as it was.",
                history.noticeProperty().get().text());
    }

    @Test
    void undoOfAnotherRelationshipsChangeDoesNotTouchTheOneShown() throws Exception {
        timeline.markDone(0, "");
        Relationship other = workbook.relationships().create(Relationship.draft("Other", CLOCK.instant()));
        wizard.show(new RelationshipItem(other));
        history.undo();
        assertEquals("That can no longer be undone here: the relationship it was done in is not open.",
                history.noticeProperty().get().text());
        assertEquals(CommitmentStatus.DONE, stored().get(0).status());
    }

    /** The commitments the workbook holds, read through a second connection. */
    private List<Commitment> stored() throws Exception {
        try (Workbook second = Workbook.open(folder.resolve("w.db"), CLOCK)) {
            return second.repairCases().load(id).actionPlan().commitments();
        }
    }
}
