package org.bridgework.model.week;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The items one repair has due by the end of the week: the rules for each kind, in one place. */
final class DueItems {
    private DueItems() {
    }

    static List<AgendaItem> of(RepairDates repair, LocalDate today, LocalDate lastDay, AgendaRules rules) {
        List<AgendaItem> items = new ArrayList<>();
        for (OpenCommitment commitment : repair.commitments()) {
            if (!commitment.due().isAfter(lastDay)) {
                items.add(item(repair, AgendaKind.COMMITMENT, commitment.due(), commitment.what(),
                        "commitment:" + commitment.due() + ":" + commitment.what()));
            }
        }
        nextCheckIn(repair, rules).filter(next -> !next.isAfter(lastDay))
                .ifPresent(next -> items.add(item(repair, AgendaKind.CHECK_IN, next, "", "check-in:" + next)));
        // A revisit date stays listed until the manager decides again; a meeting only on or ahead of its day.
        repair.revisitOn().filter(day -> !day.isAfter(lastDay))
                .ifPresent(day -> items.add(item(repair, AgendaKind.REVISIT, day, "", "revisit:" + day)));
        repair.meetingOn().filter(day -> !day.isBefore(today) && !day.isAfter(lastDay))
                .ifPresent(day -> items.add(item(repair, AgendaKind.MEETING, day, "", "meeting:" + day)));
        LocalDate heardFrom = repair.lastConversation().orElse(repair.openedOn());
        if (ChronoUnit.DAYS.between(heardFrom, today) >= rules.quietAfterDays()) {
            items.add(item(repair, AgendaKind.GONE_QUIET, heardFrom, "", "quiet:" + heardFrom));
        }
        return items;
    }

    /**
     * The next check-in the rhythm asks for: a rhythm after the last check-in, or after the day the relationship
     * was added if none was taken yet; none with a rhythm of 0 weeks.
     */
    static Optional<LocalDate> nextCheckIn(RepairDates repair, AgendaRules rules) {
        return CheckInRhythm.next(repair.lastCheckIn(), repair.openedOn(), repair.checkInEveryWeeks(),
                rules.defaultCheckInWeeks());
    }

    private static AgendaItem item(RepairDates repair, AgendaKind kind, LocalDate date, String what, String key) {
        return new AgendaItem(repair.relationshipId(), repair.name(), kind, date, what, key);
    }
}
