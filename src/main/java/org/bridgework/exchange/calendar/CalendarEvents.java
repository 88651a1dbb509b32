package org.bridgework.exchange.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.CountingEntries;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.week.AgendaRules;
import org.bridgework.model.week.CheckInRhythm;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentKind;
import org.bridgework.model.repair.ManagerDecision;
import org.bridgework.model.repair.MeetingPlan;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Verdict;
import org.bridgework.text.Texts;

/**
 * What of one repair goes into the calendar: commitments (check-ins among them) on their due dates, the planned
 * meeting, and the date to revisit the decision. The shareable export leaves out what the shareable plan leaves
 * out: the decision (so the revisit date), our key messages, the evidence and the relationship's notes.
 */
public final class CalendarEvents {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
    private final Relationship relationship;
    private final RepairCase repair;
    private final CalendarScope scope;
    private final EventUids uids;
    private final List<CalendarEvent> events = new ArrayList<>();

    private CalendarEvents(Relationship relationship, RepairCase repair, CalendarScope scope) {
        this.relationship = relationship;
        this.repair = repair;
        this.scope = scope;
        this.uids = new EventUids(relationship.id());
    }

    /** The relationship's events in the scope, in date order. */
    public static List<CalendarEvent> of(Relationship relationship, RepairCase repair, CalendarScope scope) {
        CalendarEvents collected = new CalendarEvents(relationship, repair, scope);
        collected.commitments();
        collected.rhythmCheckIn();
        collected.meeting();
        if (!scope.shareable()) {
            collected.revisit();
        }
        return collected.events.stream().sorted(java.util.Comparator.comparing(CalendarEvent::date)).toList();
    }

    private void commitments() {
        for (Commitment c : repair.actionPlan().commitments()) {
            // Every commitment takes its UID in list order, dated or not, so the others' UIDs never depend on it.
            String uid = uids.commitment(c.what());
            if (c.due().isEmpty() || c.what().isBlank() && c.owner().isBlank()) {
                continue;
            }
            LocalDate due = c.due().get();
            boolean checkIn = c.kind().filter(k -> k == CommitmentKind.CHECK_IN).isPresent();
            boolean stillOwed = c.status().isOpen() && due.isBefore(scope.today());
            if (!scope.includes(due) && !stillOwed) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            add(lines, "calendar.owner", c.owner());
            add(lines, "calendar.measure", c.measureOfSuccess());
            lines.add(Texts.get("calendar.status", name(c.status())));
            c.completedOn().ifPresent(d -> lines.add(Texts.get("calendar.doneOn", LONG_DATE.format(d))));
            if (!scope.shareable()) {
                add(lines, "calendar.evidence", c.evidence());
            }
            notes(lines);
            String what = c.what().isBlank() ? Texts.get("calendar.untitled") : c.what().strip();
            events.add(new CalendarEvent(uid, due,
                    Texts.get(checkIn ? "calendar.summary.checkIn" : "calendar.summary.commitment",
                            relationship.name(), what),
                    String.join("\n", lines), !c.status().isOpen()));
        }
    }

    /**
     * The check-in the repair's rhythm asks for next (the default rhythm of This week when the repair has none of
     * its own), while the repair is open. Counted from the day the relationship was added (UTC, as stored) until a
     * check-in is taken.
     */
    private void rhythmCheckIn() {
        if (repair.rebuilding().outcome().isPresent()) {
            return;
        }
        Optional<LocalDate> last = repair.rebuilding().checkIns().stream()
                .filter(c -> !c.baseline() && CountingEntries.counts(c))
                .map(TrustCheckIn::date).max(java.util.Comparator.naturalOrder());
        LocalDate opened = LocalDate.ofInstant(relationship.createdAt(), java.time.ZoneOffset.UTC);
        Optional<LocalDate> next = CheckInRhythm.next(last, opened, repair.rebuilding().checkInEveryWeeks(),
                AgendaRules.DEFAULT_CHECK_IN_WEEKS);
        if (next.isEmpty() || !scope.includes(next.get()) && !next.get().isBefore(scope.today())) {
            return;
        }
        events.add(new CalendarEvent(uids.rhythmCheckIn(), next.get(),
                Texts.get("calendar.summary.rhythmCheckIn", relationship.name()), "", false));
    }

    private void meeting() {
        MeetingPlan plan = repair.preparation().meeting();
        Optional<LocalDate> when = plan.when().filter(scope::includes);
        if (when.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        add(lines, "calendar.who", plan.who());
        plan.channel().ifPresent(ch -> lines.add(Texts.get("calendar.channel", name(ch))));
        if (!scope.shareable()) {
            List<String> messages = repair.preparation().keyMessages().stream().filter(m -> !m.isBlank()).toList();
            if (!messages.isEmpty()) {
                lines.add(Texts.get("calendar.keyMessages"));
                messages.forEach(m -> lines.add("\u2022 " + m.strip()));
            }
        }
        notes(lines);
        events.add(new CalendarEvent(uids.meeting(), when.get(),
                Texts.get("calendar.summary.meeting", relationship.name()), String.join("\n", lines), false));
    }

    private void revisit() {
        Optional<ManagerDecision> decision = repair.assessment().decision();
        Optional<LocalDate> on = decision.filter(d -> d.verdict() == Verdict.REVISIT)
                .flatMap(ManagerDecision::revisitOn).filter(scope::includes);
        if (on.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        add(lines, "calendar.reason", decision.get().reason());
        notes(lines);
        events.add(new CalendarEvent(uids.revisit(), on.get(),
                Texts.get("calendar.summary.revisit", relationship.name()), String.join("\n", lines), false));
    }

    /** The relationship's notes are ours alone. */
    private void notes(List<String> lines) {
        if (!scope.shareable()) {
            add(lines, "calendar.notes", relationship.notes());
        }
    }

    private static void add(List<String> lines, String key, String typed) {
        if (!typed.isBlank()) {
            lines.add(Texts.get(key, typed.strip()));
        }
    }

    private static String name(Enum<?> value) {
        return Texts.get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
