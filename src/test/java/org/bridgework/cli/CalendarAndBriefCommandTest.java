package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bridgework calendar} and {@code bridgework brief} on the example workbook, in this process. */
class CalendarAndBriefCommandTest {
    @TempDir
    Path folder;
    private Path workbook;

    @BeforeEach
    void example() throws Exception {
        workbook = ExampleWorkbook.createIfMissing(folder.resolve("example.db"), FixedClock.now());
    }

    @Test
    void calendarWritesEveryDatedItemThatAParserReadsBack() throws Exception {
        Path ics = folder.resolve("all.ics");
        Run run = run("calendar", "--workbook", workbook.toString(), "--out", ics.toString());
        assertEquals(0, run.code(), run.err());
        ICalendar calendar = Biweekly.parse(Files.readString(ics)).first();
        assertTrue(run.out().startsWith("Wrote " + calendar.getEvents().size() + " calendar events to "), run.out());
        assertTrue(calendar.getEvents().size() >= 8, "commitments and the meeting: " + calendar.getEvents().size());

        Path shareable = folder.resolve("shareable.ics");
        assertEquals(0, run("calendar", "--workbook", workbook.toString(), "--relationship", "ALDER & finch home",
                "--out", shareable.toString(), "--shareable", "--days", "3650").code());
        assertFalse(Files.readString(shareable).contains("fictional example"), "no notes in the shareable one");
    }

    @Test
    void badInputSaysWhatIsWrongAndWritesNothing() {
        Path ics = folder.resolve("none.ics");
        Run unknown = run("calendar", "--workbook", workbook.toString(), "--relationship", "Nobody", "--out",
                ics.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no relationship called \u201cNobody\u201d"), unknown.err());
        Run zero = run("calendar", "--workbook", workbook.toString(), "--out", ics.toString(), "--days", "0");
        assertEquals(2, zero.code());
        assertTrue(zero.err().startsWith("bridgework: --days needs a whole number of days, 1 or more, not 0"),
                zero.err());
        assertFalse(Files.exists(ics));
        Run missing = run("brief", "--workbook", folder.resolve("missing.db").toString(), "--relationship", "X",
                "--out", folder.resolve("b.pdf").toString());
        assertEquals(1, missing.code(), missing.err());
        assertFalse(Files.exists(folder.resolve("missing.db")), "never made just to find it empty");
    }

    @Test
    void briefWritesOnePage() throws Exception {
        Path pdf = folder.resolve("brief.pdf");
        Run run = run("brief", "--workbook", workbook.toString(), "--relationship", "Alder & Finch Home", "--out",
                pdf.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), file -> 0);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
