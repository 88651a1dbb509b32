package org.bridgework.exchange.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.Preparation;
import org.bridgework.model.repair.RepairCase;
import org.junit.jupiter.api.Test;

/** Which items of a repair become events, under which UID, cancelled or not, and what a shareable export omits. */
class CalendarEventsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final CalendarScope ALL = new CalendarScope(TODAY, OptionalInt.empty(), false);
    private final ExampleCase.Content example = ExampleCase.build(TODAY);
    private final Relationship relationship = withId(example.relationship(), 42);

    @Test
    void everyDatedCommitmentIsAnEventNamingTheRelationshipAndClosedOnesAreCancelled() {
        RepairCase repair = example.repairCase();
        List<CalendarEvent> events = CalendarEvents.of(relationship, repair, ALL);
        List<Commitment> dated = repair.actionPlan().commitments().stream().filter(c -> c.due().isPresent()).toList();
        assertEquals(dated.size(), events.stream().filter(e -> e.uid().startsWith("commitment-42-")).count());
        assertTrue(events.stream().allMatch(e -> e.summary().startsWith(relationship.name() + ": ")), "named");
        long closed = dated.stream().filter(c -> !c.status().isOpen()).count();
        assertTrue(closed > 0, "the example has done commitments");
        assertEquals(closed, events.stream().filter(CalendarEvent::cancelled).count());
        assertEquals(events.stream().map(CalendarEvent::date).sorted().toList(),
                events.stream().map(CalendarEvent::date).toList(), "in date order");
        assertEquals(events.size(), events.stream().map(CalendarEvent::uid).distinct().count(), "UIDs unique");
    }

    @Test
    void aCommitmentKeepsItsUidWhenItsDateAndStatusChangeAndWhenTheListIsSorted() {
        RepairCase repair = example.repairCase();
        Map<String, String> before = uidsByWhat(CalendarEvents.of(relationship, repair, ALL));

        List<Commitment> changed = new ArrayList<>(repair.actionPlan().commitments());
        Collections.reverse(changed);
        Commitment first = changed.get(0);
        changed.set(0, new Commitment(first.what(), first.owner(), Optional.of(TODAY.plusDays(30)),
                first.measureOfSuccess(), CommitmentStatus.MISSED, Optional.empty(), "", false, first.kind()));
        List<CalendarEvent> after = CalendarEvents.of(relationship,
                repair.withActionPlan(new ActionPlan(changed)), ALL);
        assertEquals(before, uidsByWhat(after));
        CalendarEvent moved = after.stream().filter(e -> e.summary().endsWith(first.what().strip())).findFirst()
                .orElseThrow();
        assertEquals(TODAY.plusDays(30), moved.date());
        assertTrue(moved.cancelled(), "missed: cancelled");
    }

    @Test
    void twoCommitmentsPromisingTheSameWordsGetTwoUids() {
        RepairCase repair = example.repairCase().withActionPlan(new ActionPlan(List.of(
                Commitment.planned("Weekly call", "Nadia", TODAY.plusDays(1)),
                Commitment.planned("weekly  CALL ", "Nadia", TODAY.plusDays(8)))));
        List<CalendarEvent> events = CalendarEvents.of(relationship, repair, ALL).stream()
                .filter(e -> e.uid().startsWith("commitment-")).toList();
        assertEquals(2, events.size());
        assertNotEquals(events.get(0).uid(), events.get(1).uid());
    }

    @Test
    void theMeetingAndTheRevisitDateAreEventsWithUidsOfTheRelationship() {
        RepairCase repair = planned(example.repairCase());
        List<CalendarEvent> events = CalendarEvents.of(relationship, repair, ALL);
        CalendarEvent meeting = only(events, "meeting-42@bridgework");
        assertEquals(TODAY.plusDays(3), meeting.date());
        assertTrue(meeting.description().contains("Our key messages"), meeting.description());
        assertTrue(meeting.description().contains("A fictional example"), "the notes, internally");
        assertEquals(TODAY.plusDays(60), only(events, "revisit-42@bridgework").date());
    }

    @Test
    void theShareableExportLeavesOutNotesKeyMessagesEvidenceAndTheRevisitDate() {
        RepairCase repair = planned(example.repairCase());
        List<CalendarEvent> events = CalendarEvents.of(relationship, repair,
                new CalendarScope(TODAY, OptionalInt.empty(), true));
        assertTrue(events.stream().noneMatch(e -> e.uid().startsWith("revisit-")));
        String everything = events.stream().map(e -> e.summary() + "\n" + e.description())
                .collect(Collectors.joining("\n"));
        assertFalse(everything.contains("A fictional example"), "notes");
        assertFalse(everything.contains("Our key messages"), "key messages");
        assertFalse(everything.contains("Evidence:"), "evidence");
        String internal = CalendarEvents.of(relationship, repair, ALL).stream().map(CalendarEvent::description)
                .collect(Collectors.joining("\n"));
        assertTrue(internal.contains("Evidence:"), "the internal export has the evidence of done commitments");
    }

    @Test
    void daysKeepsWhatFallsWithinThemAndOpenCommitmentsStillOwed() {
        RepairCase repair = example.repairCase().withActionPlan(new ActionPlan(List.of(
                Commitment.planned("Owed since last week", "A", TODAY.minusDays(5)),
                Commitment.planned("Done long ago", "A", TODAY.minusDays(40)).doneOn(TODAY.minusDays(41)),
                Commitment.planned("Today", "A", TODAY),
                Commitment.planned("In six days", "A", TODAY.plusDays(6)),
                Commitment.planned("In seven days", "A", TODAY.plusDays(7)))));
        List<String> kept = CalendarEvents.of(relationship, repair, new CalendarScope(TODAY, OptionalInt.of(7), false))
                .stream().map(CalendarEvent::summary).map(s -> s.substring(s.indexOf(": ") + 2)).toList();
        assertEquals(List.of("Owed since last week", "Today", "In six days"), kept);
    }

    private RepairCase planned(RepairCase repair) {
        Preparation p = repair.preparation();
        Preparation withMeeting = new Preparation(p.facts(), p.theirLikelyView(), p.theirInterests(), p.keyMessages(),
                p.apologyWarranted(), new MeetingPlan("Ruth, Tom; Nadia", Optional.of(TODAY.plusDays(3)),
                Optional.of(Channel.MEETING)));
        return repair.withPreparation(withMeeting).withAssessment(repair.assessment()
                .withDecision(ManagerDecision.revisit("Wait for the audit", TODAY.plusDays(60))));
    }

    private static CalendarEvent only(List<CalendarEvent> events, String uid) {
        List<CalendarEvent> found = events.stream().filter(e -> e.uid().equals(uid)).toList();
        assertEquals(1, found.size(), uid);
        return found.get(0);
    }

    private static Map<String, String> uidsByWhat(List<CalendarEvent> events) {
        return events.stream().filter(e -> e.uid().startsWith("commitment-"))
                .collect(Collectors.toMap(CalendarEvent::summary, CalendarEvent::uid));
    }

    private static Relationship withId(Relationship r, long id) {
        return new Relationship(id, r.name(), r.organisation(), r.contactPerson(), r.owner(), r.kind(), r.notes(),
                r.archived(), r.createdAt(), r.updatedAt());
    }

    /** The check-in the rhythm asks for: one event, the same UID as it moves, gone once the repair has ended. */
    @Test
    void theRhythmsNextCheckInIsOneEventThatMovesWithTheLastCheckIn() {
        RepairCase repair = example.repairCase();
        LocalDate last = repair.rebuilding().checkIns().stream().filter(c -> !c.baseline())
                .map(org.bridgework.model.repair.TrustCheckIn::date).max(LocalDate::compareTo).orElseThrow();
        List<CalendarEvent> rhythm = CalendarEvents.of(relationship, repair, ALL).stream()
                .filter(e -> e.uid().equals("check-in-42" + EventUids.DOMAIN)).toList();
        assertEquals(1, rhythm.size());
        assertEquals(last.plusWeeks(org.bridgework.model.week.AgendaRules.DEFAULT_CHECK_IN_WEEKS), rhythm.get(0).date());
        RepairCase monthly = repair.withRebuilding(repair.rebuilding().withCheckInEveryWeeks(OptionalInt.of(4)));
        assertEquals(last.plusWeeks(4), CalendarEvents.of(relationship, monthly, ALL).stream()
                .filter(e -> e.uid().equals("check-in-42" + EventUids.DOMAIN)).findFirst().orElseThrow().date());
        RepairCase none = repair.withRebuilding(repair.rebuilding().withCheckInEveryWeeks(OptionalInt.of(0)));
        assertTrue(CalendarEvents.of(relationship, none, ALL).stream().noneMatch(e -> e.uid().startsWith("check-in-")));
        RepairCase ended = repair.withRebuilding(repair.rebuilding()
                .withOutcome(org.bridgework.model.repair.Outcome.RESTORED));
        assertTrue(CalendarEvents.of(relationship, ended, ALL).stream().noneMatch(e -> e.uid().startsWith("check-in-")));
    }
}
