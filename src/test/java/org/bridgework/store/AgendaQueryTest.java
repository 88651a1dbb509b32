package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Outcome;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.model.week.AgendaKind;
import org.bridgework.model.week.AgendaRules;
import org.bridgework.model.week.OpenCommitment;
import org.bridgework.model.week.RepairDates;
import org.bridgework.model.week.Snooze;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This week's reading of a real workbook: which repairs are open, their dates, and the snoozes kept in it. */
class AgendaQueryTest {
    private static final Clock CLOCK = FixedClock.now();
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    @TempDir
    Path folder;

    @Test
    void readsTheDatesOfOpenRepairsOnly() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), CLOCK)) {
            long harbour = add(workbook, "Harbour Logistics");
            RepairCase repair = RepairCase.start(harbour)
                    .withActionPlan(new ActionPlan(List.of(
                            Commitment.planned("Send the revised terms", "Ana", TODAY.minusDays(2)),
                            Commitment.planned("Done already", "Ana", TODAY.minusDays(3)).doneOn(TODAY),
                            Commitment.planned("Next month", "Ana", TODAY.plusDays(30)),
                            Commitment.planned("No date", "Ana", null))))
                    .withDialogue(new Dialogue(List.of(Conversation.on(TODAY.minusDays(20), Channel.PHONE),
                            Conversation.on(TODAY.minusDays(5), Channel.EMAIL))))
                    .withPreparation(new Preparation(List.of(), "", "", List.of(), null, new MeetingPlan("Ana, Tom",
                            Optional.of(TODAY.plusDays(2)), Optional.of(Channel.MEETING))))
                    .withAssessment(org.bridgework.model.repair.Assessment.empty().withDecision(
                            ManagerDecision.revisit("After their audit", TODAY.plusDays(4))))
                    .withRebuilding(new Rebuilding(List.of(checkIn(TODAY.minusDays(10), false),
                            checkIn(TODAY.minusDays(1), true)), Optional.empty(), "", OptionalInt.of(3)));
            workbook.repairCases().save(repair);
            long closed = add(workbook, "Closed Ltd");
            workbook.repairCases().save(RepairCase.start(closed).withRebuilding(Rebuilding.empty().withOutcome(Outcome.RESTORED)));
            long letGo = add(workbook, "Let Go plc");
            workbook.repairCases().save(RepairCase.start(letGo).withAssessment(
                    org.bridgework.model.repair.Assessment.empty().withDecision(ManagerDecision.of(
                            org.bridgework.model.repair.Verdict.LET_GO, "Not worth it"))));
            long archived = add(workbook, "Archived");
            workbook.relationships().update(workbook.relationships().findAll().stream()
                    .filter(r -> r.id() == archived).findFirst().orElseThrow().withArchived(true));
            long trashed = add(workbook, "Trashed");
            workbook.relationships().moveToTrash(trashed);
            long fresh = add(workbook, "Fresh, no repair started");

            List<RepairDates> open = workbook.agenda().openRepairs(Agenda.lastDay(TODAY));

            assertEquals(List.of("Harbour Logistics"), open.stream().map(RepairDates::name).toList());
            RepairDates dates = open.get(0);
            assertEquals(new RepairDates(harbour, "Harbour Logistics", TODAY, Optional.of(TODAY.plusDays(4)),
                    Optional.of(TODAY.plusDays(2)), Optional.of(TODAY.minusDays(5)), Optional.of(TODAY.minusDays(10)),
                    OptionalInt.of(3), List.of(new OpenCommitment("Send the revised terms", TODAY.minusDays(2)))), dates,
                    "the baseline check-in does not restart the rhythm; only open commitments due this week");
            workbook.repairCases().save(RepairCase.start(fresh));
            assertEquals(List.of("Harbour Logistics", "Fresh, no repair started"), workbook.agenda()
                    .openRepairs(Agenda.lastDay(TODAY)).stream().map(RepairDates::name).toList(), "once started");
        }
    }

    @Test
    void snoozesAreKeptInTheWorkbookUntilTheirDay() throws Exception {
        Path file = folder.resolve("s.db");
        try (Workbook workbook = Workbook.open(file, CLOCK)) {
            long id = add(workbook, "Harbour");
            workbook.repairCases().save(RepairCase.start(id).withActionPlan(new ActionPlan(List.of(
                    Commitment.planned("Terms", "Ana", TODAY)))));
            AgendaItem item = agenda(workbook).items().stream().filter(i -> i.kind() == AgendaKind.COMMITMENT)
                    .findFirst().orElseThrow();
            workbook.snoozes().snooze(new Snooze(id, item.key(), TODAY.plusDays(3), "Waiting for their legal team"));
        }
        try (Workbook workbook = Workbook.open(file, CLOCK)) {
            assertEquals(List.of(new Snooze(1, "commitment:" + TODAY + ":Terms", TODAY.plusDays(3),
                    "Waiting for their legal team")), workbook.snoozes().inForce(TODAY));
            assertEquals(List.of(), workbook.snoozes().inForce(TODAY.plusDays(3)), "over on its day");
            Agenda agenda = agenda(workbook);
            assertEquals(1, agenda.snoozed());
            assertTrue(agenda.items().stream().noneMatch(i -> i.kind() == AgendaKind.COMMITMENT));
            workbook.snoozes().wake(1, "commitment:" + TODAY + ":Terms");
            assertEquals(List.of(), workbook.snoozes().inForce(TODAY));
        }
    }

    @Test
    void aVersion7WorkbookIsUpgradedWithTheDefaultRhythm() throws Exception {
        Path file = folder.resolve("v7.db");
        Instant created = Instant.parse("2026-10-01T08:15:00Z");
        OldWorkbook.write(file, 7, (plain, writes) -> {
            try (Statement statement = plain.createStatement()) {
                statement.execute("INSERT INTO relationship (id, name, kind, archived, created_at, updated_at)"
                        + " VALUES (1, 'Northwind', 'client', 0, '" + created + "', '" + created + "')");
                statement.execute("INSERT INTO repair_case (relationship_id) VALUES (1)");
                statement.execute("INSERT INTO rebuilding (relationship_id, lessons_learned) VALUES (1, 'Listen')");
            }
        });
        try (Workbook workbook = Workbook.open(file, CLOCK)) {
            assertEquals(OptionalInt.empty(), workbook.repairCases().load(1).rebuilding().checkInEveryWeeks());
            RepairDates dates = workbook.agenda().openRepairs(Agenda.lastDay(TODAY)).get(0);
            assertEquals(LocalDate.of(2026, 10, 1), dates.openedOn());
            Agenda agenda = Agenda.of(List.of(dates), TODAY, AgendaRules.DEFAULT, List.of());
            assertEquals(List.of(AgendaKind.CHECK_IN), agenda.overdue().stream().map(AgendaItem::kind).toList(),
                    "two weeks after it was added, never checked in");
            RepairCase withRhythm = workbook.repairCases().load(1).withRebuilding(new Rebuilding(List.of(),
                    Optional.empty(), "Listen", OptionalInt.of(0)));
            workbook.repairCases().save(withRhythm);
            assertEquals(withRhythm, workbook.repairCases().load(1));
        }
    }

    private static Agenda agenda(Workbook workbook) {
        return Agenda.of(workbook.agenda().openRepairs(Agenda.lastDay(TODAY)), TODAY, AgendaRules.DEFAULT,
                workbook.snoozes().inForce(TODAY));
    }

    private static long add(Workbook workbook, String name) {
        Relationship created = workbook.relationships().create(Relationship.draft(name, CLOCK.instant()));
        return created.id();
    }

    private static TrustCheckIn checkIn(LocalDate day, boolean baseline) {
        return new TrustCheckIn(day, new TrustRatings(3, 3, 3), new TrustRatings(3, 3, 3), "", baseline);
    }
}
