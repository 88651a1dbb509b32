package org.bridgework.model.timeline;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.bridgework.model.repair.DisplayStatus;
import org.bridgework.model.repair.RepairStep;

/**
 * One dated entry on the timeline.
 *
 * @param date    when it happened, or is due
 * @param kind    what it is
 * @param title   the line shown first (user text, as typed)
 * @param detail  more user text, possibly empty
 * @param status  for commitments: where they stand today (overdue included); empty for the rest
 * @param step    the wizard step where the item is edited
 * @param index   the item's position in its worksheet list (commitment 0, 1 …); -1 when not from a list
 * @param score   for check-ins: the overall trust score; empty for the rest
 */
public record TimelineItem(LocalDate date, ItemKind kind, String title, String detail, Optional<DisplayStatus> status,
                           RepairStep step, int index, java.util.OptionalDouble score) {

    public TimelineItem {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        title = Objects.requireNonNullElse(title, "");
        detail = Objects.requireNonNullElse(detail, "");
        status = Objects.requireNonNullElse(status, Optional.empty());
        Objects.requireNonNull(step, "step");
        score = Objects.requireNonNullElse(score, java.util.OptionalDouble.empty());
    }

    static TimelineItem of(LocalDate date, ItemKind kind, String title, String detail, RepairStep step, int index) {
        return new TimelineItem(date, kind, title, detail, Optional.empty(), step, index, java.util.OptionalDouble.empty());
    }

    /** An item about a commitment, with its status (done included: a commitment appears once). */
    public boolean isCommitment() {
        return kind == ItemKind.COMMITMENT_DUE;
    }

    /** Still to come (after today), as opposed to past or today. */
    public boolean isPlanned(LocalDate today) {
        return date.isAfter(today);
    }
}
