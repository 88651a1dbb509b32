package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays sorted items out as list rows: a heading at each new month, and one "today" marker after the last
 * item dated today or earlier (items due today are still today's business, so they stand above it).
 */
public final class TimelineRows {
    private TimelineRows() {
    }

    public static List<TimelineRow> layout(List<TimelineItem> sortedItems, LocalDate today) {
        return layout(sortedItems, today, true);
    }

    /**
     * Lays out the items of an opening, certain only up to {@code through}: the "today" marker after the
     * last item is left out when today is later, since items between {@code through} and today may still
     * come.
     */
    public static List<TimelineRow> layoutOpening(List<TimelineItem> sortedItems, LocalDate today, LocalDate through) {
        return layout(sortedItems, today, !today.isAfter(through));
    }

    private static List<TimelineRow> layout(List<TimelineItem> sortedItems, LocalDate today, boolean todayAtEnd) {
        List<TimelineRow> rows = new ArrayList<>(sortedItems.size() + sortedItems.size() / 8 + 4);
        YearMonth month = null;
        boolean todayPlaced = false;
        for (TimelineItem item : sortedItems) {
            if (!todayPlaced && item.date().isAfter(today)) {
                rows.add(new TimelineRow.Today(today));
                todayPlaced = true;
            }
            YearMonth itemMonth = YearMonth.from(item.date());
            if (!itemMonth.equals(month)) {
                rows.add(new TimelineRow.Month(itemMonth));
                month = itemMonth;
            }
            rows.add(new TimelineRow.Item(item));
        }
        if (!todayPlaced && todayAtEnd) {
            rows.add(new TimelineRow.Today(today));
        }
        return rows;
    }
}
