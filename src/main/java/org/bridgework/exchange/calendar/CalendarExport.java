package org.bridgework.exchange.calendar;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.files.AtomicFiles;
import org.bridgework.model.Relationship;
import org.bridgework.store.WorkbookStore;
import org.bridgework.text.Texts;

/** Writes the calendar of some relationships of a workbook to an .ics file, whole or not at all. */
public final class CalendarExport {
    private CalendarExport() {
    }

    /** The events of these relationships, read from the workbook; call it on the thread that uses the workbook. */
    public static List<CalendarEvent> events(WorkbookStore book, List<Relationship> relationships, CalendarScope scope) {
        List<CalendarEvent> events = new ArrayList<>();
        for (Relationship r : relationships) {
            events.addAll(CalendarEvents.of(r, book.repairCases().load(r.id()), scope));
        }
        return events;
    }

    /**
     * Writes the file.
     *
     * @param name what the calendar is called: the workbook's or the relationship's name
     * @return how many events it holds
     */
    public static int write(Path target, List<CalendarEvent> events, String name, String version, Instant now)
            throws IOException {
        AtomicFiles.write(target, IcsWriter.write(events, Texts.get("calendar.name", name), version, now));
        return events.size();
    }
}
