package org.bridgework.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.testing.RandomRepairs;
import org.junit.jupiter.api.Test;

/** An opening must show exactly the start of the whole timeline: the same rows, in the same order. */
class TimelineOpeningTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Property(tries = 300)
    void theOpeningsRowsAreTheFirstRowsOfTheWholeTimeline(@ForAll long seed,
                                                           @ForAll @IntRange(min = -100, max = 100) int throughFromToday) {
        RepairCase whole = RandomRepairs.repair(1, seed, TODAY);
        List<StepMilestone> milestones = RandomRepairs.milestones(seed, TODAY);
        LocalDate through = TODAY.plusDays(throughFromToday);

        TimelineOpening opening = TimelineOpening.of(whole, milestones, through);
        List<TimelineRow> openingRows = withoutPositions(TimelineRows.layoutOpening(opening.items(TODAY), TODAY, through));
        List<TimelineItem> wholeItems = TimelineAssembler.assemble(whole, milestones, TODAY);
        List<TimelineRow> wholeRows = withoutPositions(TimelineRows.layout(wholeItems, TODAY));

        assertTrue(openingRows.size() <= wholeRows.size());
        assertEquals(wholeRows.subList(0, openingRows.size()), openingRows, "a prefix of the whole timeline");
        assertEquals(wholeItems.stream().filter(item -> !item.date().isAfter(through)).count(), opening.items(TODAY).size(),
                "every item of the whole timeline dated by then");
    }

    @Property(tries = 100)
    void aFilteredOpeningIsTheStartOfTheFilteredTimeline(@ForAll long seed,
                                                         @ForAll @IntRange(min = -60, max = 60) int throughFromToday) {
        RepairCase whole = RandomRepairs.repair(1, seed, TODAY);
        LocalDate through = TODAY.plusDays(throughFromToday);
        TimelineFilter openOnly = new TimelineFilter(java.util.EnumSet.allOf(ItemKind.class), StatusFilter.OPEN_AND_OVERDUE,
                Optional.empty(), Optional.empty(), "");
        List<TimelineItem> shown = TimelineOpening.of(whole, List.of(), through).items(TODAY).stream().filter(openOnly).toList();
        List<TimelineItem> wholeShown = TimelineAssembler.assemble(whole, List.of(), TODAY).stream().filter(openOnly).toList();
        assertEquals(withoutPosition(wholeShown.subList(0, shown.size())), withoutPosition(shown));
    }

    @Test
    void aCommitmentDueLaterButAlreadyDoneShowsOnlyOnItsDueDaySoNotInAnEarlierOpening() {
        LocalDate through = TODAY.minusDays(10);
        Commitment early = Commitment.planned("Refund the freight", "Tom", TODAY.plusDays(5)).doneOn(TODAY.minusDays(20));
        Commitment later = Commitment.planned("Send the schedule", "Priya", TODAY.plusDays(5));
        RepairCase whole = RepairCase.start(1).withActionPlan(new ActionPlan(List.of(early, later)));

        TimelineOpening opening = TimelineOpening.of(whole, List.of(), through);
        assertEquals(List.of(early), opening.repair().actionPlan().commitments());
        assertEquals(List.of(), opening.items(TODAY), "it appears once, on its due day, after the opening");
        assertEquals(List.of(TODAY.plusDays(5), TODAY.plusDays(5)), TimelineAssembler.assemble(whole, List.of(), TODAY)
                .stream().map(TimelineItem::date).toList(), "the whole timeline has it there");
    }

    @Test
    void todayIsMarkedOnlyWhenTheOpeningReachesIt() {
        TimelineItem item = TimelineItem.of(TODAY.minusDays(40), ItemKind.CONVERSATION, "Call", "",
                org.bridgework.model.repair.RepairStep.TALK, 0);
        assertFalse(TimelineRows.layoutOpening(List.of(item), TODAY, TODAY.minusDays(1)).stream()
                .anyMatch(TimelineRow.Today.class::isInstance), "items up to today may still come");
        assertTrue(TimelineRows.layoutOpening(List.of(item), TODAY, TODAY).stream()
                .anyMatch(TimelineRow.Today.class::isInstance));
    }

    /** Opening items point into the cut lists, so positions are not compared. */
    private static List<TimelineRow> withoutPositions(List<TimelineRow> rows) {
        return rows.stream().map(row -> row instanceof TimelineRow.Item item
                ? (TimelineRow) new TimelineRow.Item(withoutPosition(item.item())) : row).toList();
    }

    private static List<TimelineItem> withoutPosition(List<TimelineItem> items) {
        return items.stream().map(TimelineOpeningTest::withoutPosition).toList();
    }

    private static TimelineItem withoutPosition(TimelineItem item) {
        return new TimelineItem(item.date(), item.kind(), item.title(), item.detail(), item.status(), item.step(), -1,
                item.score());
    }
}
