package org.bridgework.model.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bridgework.model.repair.RepairStep;
import org.junit.jupiter.api.Test;

class TimelineRowsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void monthsHeadTheirItemsAndTodaySitsBetweenPastAndPlanned() {
        TimelineItem october = item(LocalDate.of(2026, 10, 30));
        TimelineItem today = item(TODAY);
        TimelineItem tomorrow = item(TODAY.plusDays(1));
        TimelineItem december = item(LocalDate.of(2026, 12, 2));
        List<TimelineRow> rows = TimelineRows.layout(List.of(october, today, tomorrow, december), TODAY);
        assertEquals(List.of(new TimelineRow.Month(YearMonth.of(2026, 10)), new TimelineRow.Item(october),
                new TimelineRow.Month(YearMonth.of(2026, 11)), new TimelineRow.Item(today), new TimelineRow.Today(TODAY),
                new TimelineRow.Item(tomorrow), new TimelineRow.Month(YearMonth.of(2026, 12)),
                new TimelineRow.Item(december)), rows);
    }

    @Test
    void todayIsShownEvenWithNothingOnEitherSide() {
        assertEquals(List.of(new TimelineRow.Today(TODAY)), TimelineRows.layout(List.of(), TODAY));
        TimelineItem planned = item(TODAY.plusDays(3));
        assertEquals(new TimelineRow.Today(TODAY), TimelineRows.layout(List.of(planned), TODAY).get(0));
    }

    private static TimelineItem item(LocalDate date) {
        return TimelineItem.of(date, ItemKind.CONVERSATION, "x", "", RepairStep.TALK, 0);
    }
}
