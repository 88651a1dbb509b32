package org.bridgework.ui.week;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.week.Agenda;
import org.bridgework.model.week.AgendaDay;
import org.bridgework.model.week.AgendaItem;

/**
 * One line of the This week list: a day's heading, or an item under it.
 *
 * @param heading the heading's words; for an item, the heading it is listed under (for the screen reader)
 * @param item    the item; empty for a heading
 */
record WeekRow(String heading, Optional<AgendaItem> item) {

    boolean isHeading() {
        return item.isEmpty();
    }

    /** The list's lines: "Overdue" and its items, then each day that has items. */
    static List<WeekRow> of(Agenda agenda) {
        List<WeekRow> rows = new ArrayList<>();
        if (!agenda.overdue().isEmpty()) {
            add(rows, WeekTexts.overdueHeading(), agenda.overdue());
        }
        for (AgendaDay day : agenda.days()) {
            add(rows, WeekTexts.dayHeading(day.date(), agenda.today()), day.items());
        }
        return rows;
    }

    private static void add(List<WeekRow> rows, String heading, List<AgendaItem> items) {
        rows.add(new WeekRow(heading, Optional.empty()));
        items.forEach(item -> rows.add(new WeekRow(heading, Optional.of(item))));
    }
}
