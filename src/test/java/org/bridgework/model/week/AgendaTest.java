package org.bridgework.model.week;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;

class AgendaTest {
    /** Monday 23 November 2026, from the fixed clock. */
    private static final LocalDate TODAY = LocalDate.now(FixedClock.now());

    @Test
    void listsOverdueFirstThenEachDayOfTheWeek() {
        RepairDates harbour = repair(1, "Harbour", TODAY.minusDays(3), List.of(
                new OpenCommitment("Send the revised terms", TODAY.minusDays(2)),
                new OpenCommitment("Call the warehouse", TODAY.plusDays(1)),
                new OpenCommitment("Next month's review", TODAY.plusDays(7))));
        Agenda agenda = Agenda.of(List.of(harbour), TODAY, AgendaRules.DEFAULT, List.of());

        assertEquals(List.of("Send the revised terms"), agenda.overdue().stream().map(AgendaItem::what).toList());
        assertEquals(1, agenda.days().size(), "the day after the week's last is not listed");
        assertEquals(TODAY.plusDays(1), agenda.days().get(0).date());
        assertEquals("Call the warehouse", agenda.days().get(0).items().get(0).what());
        assertEquals(RepairStep.ACT, agenda.overdue().get(0).step());
        assertEquals(2, agenda.overdue().get(0).daysSince(TODAY));
        assertFalse(agenda.isEmpty());
    }

    @Test
    void checkInRhythmRestartsFromTheLastCheckIn() {
        RepairDates due = new RepairDates(1, "A", TODAY.minusDays(60), Optional.empty(), Optional.empty(),
                Optional.of(TODAY), Optional.of(TODAY.minusDays(11)), OptionalInt.of(2), List.of());
        Agenda agenda = Agenda.of(List.of(due), TODAY, AgendaRules.DEFAULT, List.of());
        AgendaItem checkIn = agenda.days().get(0).items().get(0);
        assertEquals(AgendaKind.CHECK_IN, checkIn.kind());
        assertEquals(TODAY.plusDays(3), checkIn.date(), "two weeks after the last check-in");

        RepairDates justTaken = new RepairDates(1, "A", TODAY.minusDays(60), Optional.empty(), Optional.empty(),
                Optional.of(TODAY), Optional.of(TODAY), OptionalInt.of(2), List.of());
        assertTrue(Agenda.of(List.of(justTaken), TODAY, AgendaRules.DEFAULT, List.of()).isEmpty());

        RepairDates none = new RepairDates(1, "A", TODAY.minusDays(60), Optional.empty(), Optional.empty(),
                Optional.of(TODAY), Optional.empty(), OptionalInt.of(0), List.of());
        assertTrue(Agenda.of(List.of(none), TODAY, AgendaRules.DEFAULT, List.of()).isEmpty(), "a rhythm of 0: none");
    }

    @Test
    void withNoCheckInYetTheRhythmStartsWhenTheRelationshipWasAdded() {
        RepairDates fresh = new RepairDates(1, "A", TODAY.minusDays(20), Optional.empty(), Optional.empty(),
                Optional.of(TODAY), Optional.empty(), OptionalInt.empty(), List.of());
        Agenda agenda = Agenda.of(List.of(fresh), TODAY, AgendaRules.DEFAULT, List.of());
        assertEquals(TODAY.minusDays(6), agenda.overdue().get(0).date(), "the default rhythm, two weeks");
    }

    @Test
    void aRepairGoneQuietIsListedTodayOnceTheChosenDaysHavePassed() {
        RepairDates quiet = new RepairDates(1, "A", TODAY.minusDays(90), Optional.empty(), Optional.empty(),
                Optional.of(TODAY.minusDays(10)), Optional.of(TODAY), OptionalInt.empty(), List.of());
        assertTrue(Agenda.of(List.of(quiet), TODAY, new AgendaRules(11, 2), List.of()).isEmpty());
        Agenda agenda = Agenda.of(List.of(quiet), TODAY, new AgendaRules(10, 2), List.of());
        AgendaItem item = agenda.days().get(0).items().get(0);
        assertEquals(AgendaKind.GONE_QUIET, item.kind());
        assertEquals(TODAY, agenda.days().get(0).date());
        assertEquals(10, item.daysSince(TODAY));
        assertEquals(List.of(item), agenda.dueToday());
    }

    @Test
    void revisitDatesStayUntilDecidedAgainButPastMeetingsGo() {
        RepairDates repair = new RepairDates(1, "A", TODAY.minusDays(3), Optional.of(TODAY.minusDays(1)),
                Optional.of(TODAY.minusDays(1)), Optional.empty(), Optional.empty(), OptionalInt.of(0), List.of());
        Agenda agenda = Agenda.of(List.of(repair), TODAY, AgendaRules.DEFAULT, List.of());
        assertEquals(List.of(AgendaKind.REVISIT), agenda.overdue().stream().map(AgendaItem::kind).toList());
        assertTrue(agenda.days().isEmpty());

        RepairDates ahead = new RepairDates(1, "A", TODAY.minusDays(3), Optional.empty(), Optional.of(TODAY.plusDays(6)),
                Optional.empty(), Optional.empty(), OptionalInt.of(0), List.of());
        AgendaItem meeting = Agenda.of(List.of(ahead), TODAY, AgendaRules.DEFAULT, List.of()).days().get(0).items().get(0);
        assertEquals(AgendaKind.MEETING, meeting.kind());
        assertEquals(RepairStep.PREPARE, meeting.step());
    }

    @Test
    void aSnoozeHidesItsItemUntilItsDayAndNeverTheNextOne() {
        RepairDates harbour = repair(1, "Harbour", TODAY, List.of(new OpenCommitment("Terms", TODAY.minusDays(1))));
        AgendaItem item = Agenda.of(List.of(harbour), TODAY, AgendaRules.DEFAULT, List.of()).overdue().get(0);
        Snooze snooze = new Snooze(1, item.key(), TODAY.plusDays(2), "They are on holiday");

        Agenda snoozed = Agenda.of(List.of(harbour), TODAY, AgendaRules.DEFAULT, List.of(snooze));
        assertTrue(snoozed.isEmpty());
        assertEquals(1, snoozed.snoozed());
        assertFalse(Agenda.of(List.of(harbour), TODAY.plusDays(2), AgendaRules.DEFAULT, List.of(snooze)).isEmpty(),
                "listed again on the day the snooze ends");

        RepairDates moved = repair(1, "Harbour", TODAY, List.of(new OpenCommitment("Terms", TODAY.plusDays(1))));
        assertEquals(0, Agenda.of(List.of(moved), TODAY, AgendaRules.DEFAULT, List.of(snooze)).snoozed(),
                "a new due date is a new item");
        Snooze otherRelationship = new Snooze(2, item.key(), TODAY.plusDays(2), "");
        assertFalse(Agenda.of(List.of(harbour), TODAY, AgendaRules.DEFAULT, List.of(otherRelationship)).isEmpty());
    }

    @Test
    void itemsOfADayAreInAStableOrder() {
        RepairDates b = repair(2, "beta", TODAY, List.of(new OpenCommitment("x", TODAY.plusDays(2))));
        RepairDates a = repair(1, "Alpha", TODAY, List.of(new OpenCommitment("y", TODAY.plusDays(2))));
        Agenda agenda = Agenda.of(List.of(b, a), TODAY, AgendaRules.DEFAULT, List.of());
        assertEquals(List.of("Alpha", "beta"), agenda.items().stream().map(AgendaItem::name).toList());
    }

    @Test
    void anEmptyWeekIsEmpty() {
        Agenda agenda = Agenda.of(List.of(), TODAY, AgendaRules.DEFAULT, List.of());
        assertTrue(agenda.isEmpty());
        assertEquals(List.of(), agenda.dueToday());
        assertEquals(TODAY.plusDays(6), Agenda.lastDay(TODAY));
    }

    /** A repair with only commitments due: talked to today, no check-in rhythm. */
    private static RepairDates repair(long id, String name, LocalDate opened, List<OpenCommitment> commitments) {
        return new RepairDates(id, name, opened, Optional.empty(), Optional.empty(), Optional.of(TODAY),
                Optional.empty(), OptionalInt.of(0), commitments);
    }
}
