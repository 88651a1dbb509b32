package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.RandomRepairs;
import org.junit.jupiter.api.Test;

/**
 * The portfolio's stages, read for all repairs at once ({@link PortfolioStages}), are the stages of the repairs
 * read whole one by one: for repairs with every combination of worksheets filled in, on both stores.
 */
class PortfolioStagesTest extends StoreContract {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theStagesReadAtOnceAreThoseOfEachWholeRepair() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            Random random = new Random(16);
            Map<Long, RepairStep> expected = new HashMap<>();
            for (int i = 0; i < 60; i++) {
                long id = store.relationships().create(Relationship.draft("R" + i, FixedClock.NOW)).id();
                RepairCase repair = someWorksheets(id, random, i % 2 == 0 ? RepairSamples.full(id)
                        : RandomRepairs.repair(id, i, TODAY));
                store.repairCases().save(repair);
                expected.put(id, store.repairCases().load(id).stage());
            }
            long trashed = expected.keySet().iterator().next();
            store.relationships().moveToTrash(trashed);
            expected.remove(trashed);
            long neverStarted = store.relationships().create(Relationship.draft("Blank", FixedClock.NOW)).id();

            Map<Long, RepairStep> stages = store.repairCases().stages();

            assertEquals(expected, stages, "every stage as the whole repair gives it; none in the Trash");
            assertFalse(stages.containsKey(neverStarted), "a repair never saved has no stage stored");
            assertTrue(expected.values().stream().distinct().count() >= 6,
                    "the repairs stop at many different stages: " + expected.values());
        }
    }

    /** {@code whole} with each worksheet kept or left blank at random, so repairs stop at any step. */
    private static RepairCase someWorksheets(long id, Random random, RepairCase whole) {
        RepairCase r = RepairCase.start(id).withCurrentStep(RepairStep.values()[random.nextInt(8)]);
        int keep = random.nextInt(9);
        boolean gaps = random.nextInt(3) == 0;
        for (int step = 0; step < 8; step++) {
            if (step >= keep && !(gaps && random.nextBoolean())) {
                continue;
            }
            r = switch (step) {
                case 0 -> r.withAssessment(whole.assessment());
                case 1 -> r.withUnderstanding(whole.understanding());
                case 2 -> r.withOwnership(whole.ownership());
                case 3 -> r.withPreparation(whole.preparation());
                case 4 -> r.withDialogue(whole.dialogue());
                case 5 -> r.withReconciliation(whole.reconciliation());
                case 6 -> r.withActionPlan(whole.actionPlan());
                default -> r.withRebuilding(whole.rebuilding());
            };
        }
        return r;
    }
}
