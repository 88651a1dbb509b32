package org.bridgework.exchange.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The .ics text itself: folding, escaping, UTF-8, the event's properties, read back by biweekly. */
class IcsWriterTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:30:12.345Z");
    private static final String HOSTILE = "Tür \u00FCber; Preis, \u201cquoted\u201d \\ back\nnew line\r\nCRLF "
            + "\u05E9\u05DC\u05D5\u05DD \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD <b>bold</b> "
            + "\u0007bell " + "\u00E9".repeat(60) + " \uD83D\uDE00".repeat(30);

    @Test
    void noLineIsLongerThan75OctetsAndNoFoldSplitsACharacter() throws Exception {
        byte[] ics = IcsWriter.write(List.of(new CalendarEvent("u1@bridgework", LocalDate.of(2026, 12, 1),
                HOSTILE, HOSTILE.repeat(3), false)), "Calendar " + HOSTILE, "1.2.3", NOW);
        // Every line decodes as UTF-8 on its own: a fold inside a multi-byte character would not.
        int start = 0;
        int lines = 0;
        for (int i = 0; i + 1 < ics.length; i++) {
            if (ics[i] == '\r' && ics[i + 1] == '\n') {
                assertTrue(i - start <= 75, "line " + lines + " has " + (i - start) + " octets");
                strictUtf8(ics, start, i - start);
                start = i + 2;
                lines++;
                i++;
            } else {
                assertFalse(ics[i] == '\n' || ics[i] == '\r' && ics[i + 1] != '\n', "a bare CR or LF at " + i);
            }
        }
        assertEquals(ics.length, start, "ends with CRLF");
        assertTrue(lines > 40, "long values were folded: " + lines);
    }

    @Test
    void anIndependentParserReadsBackEveryPropertyAndTheTextUnchanged() {
        CalendarEvent open = new CalendarEvent("commitment-7-abc@bridgework", LocalDate.of(2026, 12, 1), HOSTILE,
                "Owner: " + HOSTILE, false);
        CalendarEvent done = new CalendarEvent("commitment-7-def@bridgework", LocalDate.of(2026, 11, 2), "Done one",
                "", true);
        String text = new String(IcsWriter.write(List.of(open, done), "Alder", "0.9.0", NOW), StandardCharsets.UTF_8);
        List<ICalendar> calendars = Biweekly.parse(text).all();
        assertEquals(1, calendars.size());
        ICalendar calendar = calendars.get(0);
        assertEquals("-//Bridgework//Bridgework 0.9.0//EN", calendar.getProductId().getValue());
        assertEquals(2, calendar.getEvents().size());

        VEvent first = calendar.getEvents().get(0);
        assertEquals("commitment-7-abc@bridgework", first.getUid().getValue());
        // What the writer could not keep: the bell (a control character) prints as U+FFFD; CRLF is one break.
        String expected = HOSTILE.replace("\r\n", "\n").replace('\u0007', '\uFFFD');
        assertEquals(expected, first.getSummary().getValue());
        assertEquals("Owner: " + expected, first.getDescription().getValue());
        assertFalse(first.getDateStart().getValue().hasTime(), "all day");
        assertEquals(date(2026, 12, 1), first.getDateStart().getValue());
        assertEquals(date(2026, 12, 2), first.getDateEnd().getValue());
        assertEquals(Date.from(Instant.parse("2026-11-23T09:30:12Z")), first.getDateTimeStamp().getValue());
        assertEquals("CONFIRMED", first.getStatus().getValue());
        VAlarm alarm = first.getAlarms().get(0);
        assertEquals("DISPLAY", alarm.getAction().getValue());
        assertEquals(Duration.ofHours(-15).toMillis(), alarm.getTrigger().getDuration().toMillis());

        VEvent second = calendar.getEvents().get(1);
        assertEquals("CANCELLED", second.getStatus().getValue());
        assertTrue(second.getAlarms().isEmpty(), "no reminder for what will not happen");
        assertEquals(null, second.getDescription(), "no empty description");
    }

    @Test
    void escapesTheCharactersTextMustEscape() {
        assertEquals("a\\;b\\,c\\\\d\\ne\\nf", ContentLines.text("a;b,c\\d\r\ne\u2028f"));
        assertEquals("\uFFFD\uFFFD", ContentLines.text("\u0000\uD800"));
    }

    @Test
    void foldsAtExactly75OctetsThen74AfterTheSpace() {
        String folded = ContentLines.fold("X".repeat(75 + 74 + 1));
        assertEquals("X".repeat(75) + "\r\n " + "X".repeat(74) + "\r\n X\r\n", folded);
        assertEquals("X".repeat(75) + "\r\n", ContentLines.fold("X".repeat(75)));
        // A four-octet character that would end at octet 76 moves to the next line whole.
        String emoji = "\uD83D\uDE00";
        assertEquals("X".repeat(72) + "\r\n " + emoji + "\r\n", ContentLines.fold("X".repeat(72) + emoji));
    }

    private static Date date(int year, int month, int day) {
        // biweekly reads a DATE value as midnight in the default time zone.
        return Date.from(LocalDate.of(year, month, day).atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static void strictUtf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, offset, length));
    }
}
