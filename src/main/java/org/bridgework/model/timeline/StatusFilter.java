package org.bridgework.model.timeline;

import java.util.Set;
import org.bridgework.model.repair.DisplayStatus;

/** Which commitments the timeline shows by status; items that are not commitments pass every filter but the open ones. */
public enum StatusFilter {
    /** Everything. */
    ALL(null),
    /** Commitments still to deliver: planned, in progress, overdue. */
    OPEN_AND_OVERDUE(Set.of(DisplayStatus.PLANNED, DisplayStatus.IN_PROGRESS, DisplayStatus.OVERDUE)),
    /** Only commitments past their due date and not done. */
    OVERDUE(Set.of(DisplayStatus.OVERDUE)),
    /** Commitments kept. */
    DONE(Set.of(DisplayStatus.DONE)),
    /** Commitments missed or dropped. */
    MISSED_OR_DROPPED(Set.of(DisplayStatus.MISSED, DisplayStatus.DROPPED, DisplayStatus.DROPPED_BY_AGREEMENT,
            DisplayStatus.OFFER_DROPPED));

    private final Set<DisplayStatus> statuses;

    StatusFilter(Set<DisplayStatus> statuses) {
        this.statuses = statuses;
    }

    /** With a status filter other than ALL, only commitments with a matching status pass. */
    boolean accepts(TimelineItem item) {
        return statuses == null || item.status().filter(statuses::contains).isPresent();
    }
}
