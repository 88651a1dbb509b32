package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.time.YearMonth;

/** A row of the timeline list: a month heading, the "today" marker, or an item. */
public sealed interface TimelineRow {
    /** The heading of the items of one month. */
    record Month(YearMonth month) implements TimelineRow {
    }

    /** The line between what happened and what is planned. */
    record Today(LocalDate date) implements TimelineRow {
    }

    /** An item. */
    record Item(TimelineItem item) implements TimelineRow {
    }
}
