package org.bridgework.ui.week;

import java.time.LocalDate;
import java.util.List;
import org.bridgework.model.week.AgendaItem;
import org.bridgework.text.Dates;
import org.bridgework.text.Texts;

/** The words of This week and its reminders, from the resource bundles. */
final class WeekTexts {
    private WeekTexts() {
    }

    static String overdueHeading() {
        return Texts.get("week.heading.overdue");
    }

    static String dayHeading(LocalDate day, LocalDate today) {
        // A day heading as the user's locale writes it: "Wednesday, November 25", "Wednesday 25 November".
        String date = Dates.weekdayAndMonth(day);
        if (day.equals(today)) {
            return Texts.get("week.heading.today", date);
        }
        return day.equals(today.plusDays(1)) ? Texts.get("week.heading.tomorrow", date) : date;
    }

    /** What is due, e.g. "Commitment: Send the revised terms". */
    static String what(AgendaItem item, LocalDate today) {
        return switch (item.kind()) {
            case COMMITMENT -> Texts.get("week.item.commitment", item.what());
            case CHECK_IN -> Texts.get("week.item.checkIn");
            case REVISIT -> Texts.get("week.item.revisit");
            case MEETING -> Texts.get("week.item.meeting");
            case GONE_QUIET -> Texts.get("week.item.quiet", item.daysSince(today));
        };
    }

    /** When, e.g. "due 21 Nov 2026, 2 days late". */
    static String when(AgendaItem item, LocalDate today) {
        long late = item.daysSince(today);
        String date = Dates.of(item.date());
        return switch (item.kind()) {
            case GONE_QUIET -> Texts.get("week.when.lastHeard", date);
            default -> late > 0 ? Texts.get("week.when.late", date, late)
                    : late == 0 ? Texts.get("week.when.today") : Texts.get("week.when.due", date);
        };
    }

    /** Everything a screen reader says of a row: heading, relationship, what and when. */
    static String accessible(WeekRow row, LocalDate today) {
        return row.item().map(item -> Texts.get("week.row.accessible", row.heading(), item.name(),
                what(item, today), when(item, today))).orElse(row.heading());
    }

    /** The digest: how many things are due today, and the first few. */
    static String digest(List<AgendaItem> due, LocalDate today) {
        StringBuilder text = new StringBuilder();
        due.stream().limit(3).forEach(item -> text.append(Texts.get("week.digest.line", item.name(),
                what(item, today))).append('\n'));
        if (due.size() > 3) {
            text.append(Texts.get("week.digest.more", due.size() - 3));
        }
        return text.toString().strip();
    }
}
