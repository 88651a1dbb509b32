package org.bridgework.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgework.example.ExampleCase;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.DisplayStatus;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.Understanding;
import org.junit.jupiter.api.Test;

class TimelineAssemblerTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theExampleTellsItsStoryItemByItem() {
        RepairCase example = ExampleCase.build(TODAY).repairCase();
        List<TimelineItem> items = TimelineAssembler.assemble(example, List.of(), TODAY);

        assertEquals(2, count(items, ItemKind.INCIDENT));
        assertEquals(3, count(items, ItemKind.CONVERSATION));
        assertEquals(1, count(items, ItemKind.APOLOGY));
        assertEquals(example.actionPlan().commitments().size(), count(items, ItemKind.COMMITMENT_DUE));
        long done = example.actionPlan().commitments().stream().filter(c -> c.status() == CommitmentStatus.DONE).count();
        assertEquals(done, items.stream().filter(i -> i.status().equals(Optional.of(DisplayStatus.DONE))).count(),
                "each done commitment once");
        assertEquals(4, count(items, ItemKind.CHECK_IN));
        assertEquals(TODAY.minusDays(95), items.get(0).date(), "the story starts with the first incident");
        assertEquals(ItemKind.INCIDENT, items.get(0).kind());
        assertEquals(1, items.stream().filter(i -> i.status().equals(Optional.of(DisplayStatus.MISSED))
                && i.kind() == ItemKind.COMMITMENT_DUE).count(), "exactly one missed commitment");
        assertTrue(items.stream().noneMatch(i -> i.status().equals(Optional.of(DisplayStatus.OVERDUE))));
        for (int i = 1; i < items.size(); i++) {
            assertTrue(!items.get(i).date().isBefore(items.get(i - 1).date()), "in date order at " + i);
        }
        assertTrue(items.stream().filter(i -> i.kind() == ItemKind.CHECK_IN).allMatch(i -> i.score().isPresent()));
    }

    @Test
    void anOpenCommitmentPastItsDateIsOverdueAndADoneOneAppearsOnceOnItsDueDay() {
        Commitment late = Commitment.planned("Send the revised schedule", "Priya", TODAY.minusDays(1));
        Commitment kept = Commitment.planned("Refund the freight", "Tom", TODAY.minusDays(10)).doneOn(TODAY.minusDays(12));
        Commitment dueToday = Commitment.planned("Call Nadia", "Ruth", TODAY);
        RepairCase repair = RepairCase.start(1).withActionPlan(new ActionPlan(List.of(late, kept, dueToday)));

        List<TimelineItem> items = TimelineAssembler.assemble(repair, List.of(), TODAY);
        assertEquals(List.of(TODAY.minusDays(10), TODAY.minusDays(1), TODAY),
                items.stream().map(TimelineItem::date).toList());
        assertEquals(Optional.of(DisplayStatus.DONE), items.get(0).status(), "its due row shows it was done");
        assertEquals(Optional.of(DisplayStatus.OVERDUE), items.get(1).status());
        assertEquals(Optional.of(DisplayStatus.PLANNED), items.get(2).status(), "due today is not overdue yet");
        assertEquals(0, items.get(1).index(), "points back to the commitment in Act");
        assertEquals(RepairStep.ACT, items.get(1).step());
        assertTrue(items.stream().allMatch(i -> i.kind() == ItemKind.COMMITMENT_DUE));
    }

    @Test
    void aDoneCommitmentWithoutADueDateShowsOnTheDayItWasDone() {
        Commitment undated = new Commitment("Send flowers", "Tom", Optional.empty(), "", CommitmentStatus.DONE,
                Optional.of(TODAY.minusDays(4)), "", false, Optional.empty());
        List<TimelineItem> items = TimelineAssembler.assemble(
                RepairCase.start(1).withActionPlan(new ActionPlan(List.of(undated))), List.of(), TODAY);
        assertEquals(List.of(TODAY.minusDays(4)), items.stream().map(TimelineItem::date).toList());
    }

    @Test
    void entriesStillBlankAreLeftOff() {
        Commitment noWhat = Commitment.planned(" ", "Tom", TODAY.plusDays(3));
        org.bridgework.model.repair.TrustCheckIn unrated = new org.bridgework.model.repair.TrustCheckIn(TODAY,
                org.bridgework.model.repair.TrustRatings.NOT_RATED, org.bridgework.model.repair.TrustRatings.NOT_RATED, "");
        RepairCase repair = RepairCase.start(1).withActionPlan(new ActionPlan(List.of(noWhat)))
                .withRebuilding(new org.bridgework.model.repair.Rebuilding(List.of(unrated), Optional.empty(), ""));
        assertEquals(List.of(), TimelineAssembler.assemble(repair, List.of(), TODAY));
    }

    @Test
    void undatedIncidentsAreLeftOutAndMilestonesAreIn() {
        Understanding understanding = new Understanding(List.of(
                new Incident(Optional.empty(), "Sometime last spring", IncidentKind.OTHER),
                Incident.of(TODAY.minusDays(3), "Missed the slot", IncidentKind.MISSED_DEADLINE)),
                Optional.empty(), "", "", "", false, "");
        RepairCase repair = RepairCase.start(1).withUnderstanding(understanding);
        List<TimelineItem> items = TimelineAssembler.assemble(repair,
                List.of(new StepMilestone(RepairStep.ASSESS, TODAY.minusDays(5)),
                        new StepMilestone(RepairStep.UNDERSTAND, TODAY.minusDays(2))), TODAY);
        assertEquals(List.of(ItemKind.DECISION, ItemKind.INCIDENT, ItemKind.MILESTONE),
                items.stream().map(TimelineItem::kind).toList());
        assertEquals("Missed the slot", items.get(1).title());
    }

    @Test
    void sameDayItemsFollowTheKindOrder() {
        Commitment due = Commitment.planned("Deliver", "A", TODAY);
        RepairCase repair = RepairCase.start(1).withActionPlan(new ActionPlan(List.of(due)))
                .withUnderstanding(new Understanding(List.of(Incident.of(TODAY, "x", IncidentKind.OTHER)),
                        Optional.empty(), "", "", "", false, ""));
        List<TimelineItem> items = TimelineAssembler.assemble(repair, List.of(), TODAY);
        assertEquals(List.of(ItemKind.INCIDENT, ItemKind.COMMITMENT_DUE), items.stream().map(TimelineItem::kind).toList());
    }

    private static long count(List<TimelineItem> items, ItemKind kind) {
        return items.stream().filter(i -> i.kind() == kind).count();
    }

    @Test
    void anOfferFromTheApologyDroppedByUsShowsAsABrokenOffer() {
        org.bridgework.model.repair.RepairOffer offer = new org.bridgework.model.repair.RepairOffer("Credit the invoice");
        Commitment dropped = offer.toCommitment("Priya", TODAY.minusDays(2))
                .withStatus(org.bridgework.model.repair.CommitmentStatus.DROPPED);
        RepairCase repair = RepairCase.start(1).withActionPlan(new ActionPlan(List.of(dropped)))
                .withReconciliation(new org.bridgework.model.repair.Reconciliation(
                        org.bridgework.model.repair.Apology.none().withOffers(List.of(offer)),
                        org.bridgework.model.repair.Forgiveness.none()));
        List<TimelineItem> items = TimelineAssembler.assemble(repair, List.of(), TODAY);
        assertEquals(List.of(java.util.Optional.of(org.bridgework.model.repair.DisplayStatus.OFFER_DROPPED)),
                items.stream().map(TimelineItem::status).toList());
        assertTrue(StatusFilter.MISSED_OR_DROPPED.accepts(items.get(0)), "found with the missed and dropped");
    }
}
