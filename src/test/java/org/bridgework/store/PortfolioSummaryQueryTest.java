package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.Assessment;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.FirstResponse;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.SilenceClock;
import org.bridgework.model.repair.Understanding;
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
            PortfolioSummary expected = PortfolioSummary.of(r, today);
            assertEquals(1, summaries.size());
            assertEquals(expected.overdueCount(), summaries.get(id).overdueCount());
            assertEquals(expected.trend(), summaries.get(id).trend());
            assertEquals(expected.nextDue().map(c -> c.due()), summaries.get(id).nextDue().map(c -> c.due()));
            assertEquals(expected.nextDue().map(c -> c.what()), summaries.get(id).nextDue().map(c -> c.what()));
            assertEquals(expected.silence(), summaries.get(id).silence());
        }
    }

    /** The query finds the first word to them as the model does, whichever kind of word it is, blanks ignored. */
    @Test
    void readsTheSilenceClockAsTheModelDoes() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 23);
        LocalDate incident = LocalDate.of(2026, 11, 2);
        try (WorkbookStore workbook = openStore(FixedClock.now())) {
            RepairCase base = RepairCase.start(0).withUnderstanding(Understanding.empty().withIncidents(List.of(
                    Incident.of(incident.plusDays(3), "Second", IncidentKind.MISSED_DEADLINE),
                    Incident.of(incident, "First", IncidentKind.INDIFFERENCE))));
            Conversation blank = new Conversation(incident.plusDays(1), Channel.PHONE, List.of(" \u2003"), " ", "\n",
                    "\t", "\u3000", Optional.empty());
            Conversation spoken = new Conversation(incident.plusDays(6), Channel.PHONE, List.of(), "", "",
                    "", "Call again on Friday", Optional.empty());
            List<RepairCase> cases = List.of(
                    base,
                    base.withDialogue(new Dialogue(List.of(blank))),
                    base.withDialogue(new Dialogue(List.of(blank, spoken))),
                    base.withDialogue(new Dialogue(List.of(spoken))).withAssessment(Assessment.empty()
                            .withFirstResponse(new FirstResponse(Optional.of(incident.plusDays(2)), true,
                                    Optional.empty(), "", ""))),
                    base.withDialogue(new Dialogue(List.of(new Conversation(incident.minusDays(1), Channel.EMAIL,
                            List.of("Ruth"), "", "", "", "", Optional.empty())))),
                    RepairCase.start(0));
            for (RepairCase repair : cases) {
                long id = workbook.relationships().create(Relationship.draft("R" + repair.hashCode(),
                        FixedClock.NOW)).id();
                workbook.repairCases().save(repair.withRelationshipId(id));
                PortfolioSummary read = workbook.summaries().summaries(today).getOrDefault(id, PortfolioSummary.NONE);
                assertEquals(SilenceClock.of(repair, today), read.silence(), repair.toString());
            }
            assertEquals(Optional.of(21L), SilenceClock.of(cases.get(1), today).map(SilenceClock::days),
                    "a blank conversation is no word to them");
            assertEquals(Optional.of(2L), SilenceClock.of(cases.get(3), today).map(SilenceClock::days));
        }
    }
}
