package org.bridgework.exchange.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes events as one iCalendar object (RFC 5545), UTF-8 with CRLF line ends. Each event lasts the whole day
 * and has an alarm at 09:00 the day before. An item that is done, missed or dropped is written with
 * STATUS:CANCELLED under the same UID, so a calendar that imported it earlier shows it as cancelled.
 */
public final class IcsWriter {
    /** 09:00 on the day before an all-day event, which starts at midnight. */
    static final String ALARM_TRIGGER = "-PT15H";
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(8192);

    private IcsWriter() {
    }

    /**
     * @param name    what the calendar is called in programs that show it (X-WR-CALNAME)
     * @param version the app's version, for PRODID
     * @param now     when the export is made: every event's DTSTAMP
     */
    public static byte[] write(List<CalendarEvent> events, String name, String version, Instant now) {
        IcsWriter writer = new IcsWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Bridgework//Bridgework " + ContentLines.text(version) + "//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("X-WR-CALNAME:" + ContentLines.text(name));
        String stamp = STAMP.format(now.truncatedTo(ChronoUnit.SECONDS));
        for (CalendarEvent event : events) {
            writer.event(event, stamp);
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void event(CalendarEvent event, String stamp) {
        line("BEGIN:VEVENT");
        line("UID:" + ContentLines.text(event.uid()));
        line("DTSTAMP:" + stamp);
        line("DTSTART;VALUE=DATE:" + day(event.date()));
        line("DTEND;VALUE=DATE:" + day(event.date().plusDays(1)));
        line("SUMMARY:" + ContentLines.text(event.summary()));
        if (!event.description().isEmpty()) {
            line("DESCRIPTION:" + ContentLines.text(event.description()));
        }
        line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
        // A whole-day item does not make the day busy.
        line("TRANSP:TRANSPARENT");
        if (!event.cancelled()) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("TRIGGER:" + ALARM_TRIGGER);
            line("DESCRIPTION:" + ContentLines.text(event.summary()));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }

    private void line(String contentLine) {
        out.append(ContentLines.fold(contentLine));
    }
}
