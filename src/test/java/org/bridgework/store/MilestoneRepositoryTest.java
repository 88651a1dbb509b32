package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MilestoneRepositoryTest extends StoreContract {

    @Test
    void theFirstDayAStepWasReachedIsKeptAndGoesWithItsRelationship() throws Exception {
        Path file = folder.resolve("w.db");
        long id;
        try (WorkbookStore workbook = openStore(FixedClock.now())) {
            id = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            workbook.milestones().record(id, RepairStep.UNDERSTAND, LocalDate.of(2026, 9, 3));
            workbook.milestones().record(id, RepairStep.ASSESS, LocalDate.of(2026, 9, 1));
            workbook.milestones().record(id, RepairStep.ASSESS, LocalDate.of(2026, 10, 1));
        }
        try (WorkbookStore workbook = openStore(FixedClock.now())) {
            assertEquals(List.of(new StepMilestone(RepairStep.ASSESS, LocalDate.of(2026, 9, 1)),
                    new StepMilestone(RepairStep.UNDERSTAND, LocalDate.of(2026, 9, 3))), workbook.milestones().load(id));
            workbook.relationships().moveToTrash(id);
            assertEquals(2, workbook.milestones().load(id).size(), "kept while in the Trash");
            workbook.relationships().deleteForGood(List.of(id));
            assertEquals(List.of(), workbook.milestones().load(id));
        }
    }
}
