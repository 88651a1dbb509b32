package org.bridgework.model.week;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What is due across every open repair from today to six days ahead: what is overdue first, then each day that
 * has something. Items put aside by a {@link Snooze} are left out until the snooze ends.
 *
 * @param today       the first day
 * @param overdue     due before today and still open, oldest first
 * @param days        the days from today on that have items, in order (today also lists repairs gone quiet)
 * @param snoozed     how many items a snooze hides
 * @param openRepairs how many open repairs were looked at
 */
public record Agenda(LocalDate today, List<AgendaItem> overdue, List<AgendaDay> days, int snoozed, int openRepairs) {
    /** By date, kind, name, relationship, text: one method, not a chain of lambdas (measured: sorting 19,000 cost more). */
    private static final Comparator<AgendaItem> ORDER = Agenda::inOrder;

    public Agenda {
        Objects.requireNonNull(today, "today");
        overdue = List.copyOf(overdue);
        days = List.copyOf(days);
    }

    /** The agenda of {@code repairs} for the week that starts {@code today}. */
    public static Agenda of(List<RepairDates> repairs, LocalDate today, AgendaRules rules, List<Snooze> snoozes) {
        LocalDate lastDay = lastDay(today);
        Map<String, Snooze> byKey = new HashMap<>();
        for (Snooze snooze : snoozes) {
            byKey.put(snooze.relationshipId() + "\n" + snooze.key(), snooze);
        }
        List<AgendaItem> overdue = new ArrayList<>();
        TreeMap<LocalDate, List<AgendaItem>> days = new TreeMap<>();
        int snoozed = 0;
        for (RepairDates repair : repairs) {
            for (AgendaItem item : DueItems.of(repair, today, lastDay, rules)) {
                Snooze snooze = byKey.get(item.relationshipId() + "\n" + item.key());
                if (snooze != null && snooze.hides(item, today)) {
                    snoozed++;
                } else if (item.overdue(today)) {
                    overdue.add(item);
                } else {
                    days.computeIfAbsent(item.listedOn(today), d -> new ArrayList<>()).add(item);
                }
            }
        }
        overdue.sort(ORDER);
        List<AgendaDay> listed = new ArrayList<>();
        days.forEach((day, items) -> {
            items.sort(ORDER);
            listed.add(new AgendaDay(day, items));
        });
        return new Agenda(today, overdue, listed, snoozed, repairs.size());
    }

    private static int inOrder(AgendaItem a, AgendaItem b) {
        int order = a.date().compareTo(b.date());
        if (order == 0) {
            order = a.kind().compareTo(b.kind());
        }
        if (order == 0) {
            order = String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name());
        }
        if (order == 0) {
            order = Long.compare(a.relationshipId(), b.relationshipId());
        }
        return order == 0 ? a.what().compareTo(b.what()) : order;
    }

    /** The last day of the week that starts {@code today}: what the store must read commitments up to. */
    public static LocalDate lastDay(LocalDate today) {
        return today.plusDays(AgendaRules.WEEK_DAYS - 1L);
    }

    /** True when nothing is due this week (snoozed items aside). */
    public boolean isEmpty() {
        return overdue.isEmpty() && days.isEmpty();
    }

    /** What the daily digest tells: everything overdue, and what is listed today. */
    public List<AgendaItem> dueToday() {
        List<AgendaItem> due = new ArrayList<>(overdue);
        days.stream().filter(day -> day.date().equals(today)).findFirst().ifPresent(day -> due.addAll(day.items()));
        return due;
    }

    /** Every item, overdue first, in the order shown. */
    public List<AgendaItem> items() {
        List<AgendaItem> all = new ArrayList<>(overdue);
        days.forEach(day -> all.addAll(day.items()));
        return all;
    }
}
