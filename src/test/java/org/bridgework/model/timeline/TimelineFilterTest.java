package org.bridgework.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.bridgework.model.repair.DisplayStatus;
import org.bridgework.model.repair.RepairStep;
import org.junit.jupiter.api.Test;

class TimelineFilterTest {
    private static final LocalDate D = LocalDate.of(2026, 10, 1);
    private static final TimelineItem TALK = TimelineItem.of(D, ItemKind.CONVERSATION, "Nadia Brook", "Wants a named planner",
            RepairStep.TALK, 0);
    private static final TimelineItem LATE = commitment(D.plusDays(5), "Revise the schedule", DisplayStatus.OVERDUE);
    private static final TimelineItem KEPT = commitment(D.plusDays(9), "Refund the freight", DisplayStatus.DONE);
    private static final TimelineItem NEXT = commitment(D.plusDays(40), "Société visit", DisplayStatus.PLANNED);
    private static final List<TimelineItem> ALL = List.of(TALK, LATE, KEPT, NEXT);

    @Test
    void everythingPassesTheEmptyFilter() {
        assertEquals(ALL, shown(TimelineFilter.all()));
    }

    @Test
    void kindsStatusDatesAndTextCombine() {
        TimelineFilter commitmentsOnly = new TimelineFilter(EnumSet.of(ItemKind.COMMITMENT_DUE), StatusFilter.ALL,
                Optional.empty(), Optional.empty(), "");
        assertEquals(List.of(LATE, KEPT, NEXT), shown(commitmentsOnly));
        TimelineFilter openAndOverdue = new TimelineFilter(EnumSet.allOf(ItemKind.class), StatusFilter.OPEN_AND_OVERDUE,
                Optional.empty(), Optional.empty(), "");
        assertEquals(List.of(LATE, NEXT), shown(openAndOverdue), "a status filter keeps only commitments");
        TimelineFilter inRange = new TimelineFilter(EnumSet.allOf(ItemKind.class), StatusFilter.ALL,
                Optional.of(D.plusDays(5)), Optional.of(D.plusDays(9)), "");
        assertEquals(List.of(LATE, KEPT), shown(inRange), "both ends inclusive");
        TimelineFilter text = new TimelineFilter(EnumSet.allOf(ItemKind.class), StatusFilter.ALL,
                Optional.empty(), Optional.empty(), "societe");
        assertEquals(List.of(NEXT), shown(text), "accents ignored");
        TimelineFilter everything = new TimelineFilter(EnumSet.of(ItemKind.COMMITMENT_DUE), StatusFilter.OVERDUE,
                Optional.of(D), Optional.of(D.plusDays(30)), "SCHEDULE");
        assertEquals(List.of(LATE), shown(everything));
    }

    private static List<TimelineItem> shown(TimelineFilter filter) {
        return ALL.stream().filter(filter).toList();
    }

    @Test
    void onlyAFilterThatCanLeaveSomethingOutNarrows() {
        org.junit.jupiter.api.Assertions.assertFalse(TimelineFilter.all().narrows());
        org.junit.jupiter.api.Assertions.assertFalse(new TimelineFilter(java.util.EnumSet.allOf(ItemKind.class),
                StatusFilter.ALL, Optional.empty(), Optional.empty(), "  ").narrows(), "spaces search for nothing");
        org.junit.jupiter.api.Assertions.assertTrue(new TimelineFilter(java.util.EnumSet.allOf(ItemKind.class),
                StatusFilter.ALL, Optional.empty(), Optional.empty(), "refund").narrows());
        org.junit.jupiter.api.Assertions.assertTrue(new TimelineFilter(java.util.EnumSet.of(ItemKind.CHECK_IN),
                StatusFilter.ALL, Optional.empty(), Optional.empty(), "").narrows());
        org.junit.jupiter.api.Assertions.assertTrue(new TimelineFilter(java.util.EnumSet.allOf(ItemKind.class),
                StatusFilter.OPEN_AND_OVERDUE, Optional.empty(), Optional.empty(), "").narrows());
    }

    private static TimelineItem commitment(LocalDate due, String what, DisplayStatus status) {
        return new TimelineItem(due, ItemKind.COMMITMENT_DUE, what, "", Optional.of(status), RepairStep.ACT, 0,
                OptionalDouble.empty());
    }
}
