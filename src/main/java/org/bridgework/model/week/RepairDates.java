package org.bridgework.model.week;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the agenda needs to know of one open repair: the dates in its worksheets. The store reads these for every
 * open repair at once, without loading whole repairs.
 *
 * @param relationshipId    the relationship
 * @param name              its name, shown on every row
 * @param openedOn          when the relationship was added: the start of the quiet clock and of the check-in
 *                          rhythm until there is a conversation or a check-in
 * @param revisitOn         the manager's revisit date, if the decision is to revisit
 * @param meetingOn         the planned meeting's date
 * @param lastConversation  the latest logged conversation
 * @param lastCheckIn       the latest trust check-in taken during the repair (a baseline does not count)
 * @param checkInEveryWeeks the check-in rhythm; empty for the default, 0 for none
 * @param commitments       the open commitments with a due date on or before the end of the week asked for
 */
public record RepairDates(long relationshipId, String name, LocalDate openedOn, Optional<LocalDate> revisitOn,
                          Optional<LocalDate> meetingOn, Optional<LocalDate> lastConversation,
                          Optional<LocalDate> lastCheckIn, OptionalInt checkInEveryWeeks,
                          List<OpenCommitment> commitments) {
    public RepairDates {
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(openedOn, "openedOn");
        revisitOn = Objects.requireNonNullElse(revisitOn, Optional.empty());
        meetingOn = Objects.requireNonNullElse(meetingOn, Optional.empty());
        lastConversation = Objects.requireNonNullElse(lastConversation, Optional.empty());
        lastCheckIn = Objects.requireNonNullElse(lastCheckIn, Optional.empty());
        checkInEveryWeeks = Objects.requireNonNullElse(checkInEveryWeeks, OptionalInt.empty());
        commitments = List.copyOf(commitments);
    }
}
