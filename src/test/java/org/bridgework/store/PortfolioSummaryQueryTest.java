package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.timeline.PortfolioSummary;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioSummaryQueryTest extends StoreContract {

    @Test
    void summarisesEveryRepairAsTheModelDoes() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        try (WorkbookStore workbook = openStore(FixedClock.now())) {
            ExampleCase.Content example = ExampleCase.build(today);
            long id = workbook.relationships().create(example.relationship()).id();
            RepairCase r = example.repairCase();
            RepairCase stored = r.withRelationshipId(id);
            workbook.repairCases().save(stored);
            workbook.relationships().create(Relationship.draft("No repair yet", FixedClock.NOW));

            Map<Long, PortfolioSummary> summaries = workbook.summaries().summaries(today);
            PortfolioSummary expected = PortfolioSummary.of(r.actionPlan().commitments(), r.rebuilding().checkIns(), today);
            assertEquals(1, summaries.size());
            assertEquals(expected.overdueCount(), summaries.get(id).overdueCount());
            assertEquals(expected.trend(), summaries.get(id).trend());
            assertEquals(expected.nextDue().map(c -> c.due()), summaries.get(id).nextDue().map(c -> c.due()));
            assertEquals(expected.nextDue().map(c -> c.what()), summaries.get(id).nextDue().map(c -> c.what()));
        }
    }
}
