package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bridgework.example.ExampleWorkbook;
import org.bridgework.plan.PlanRequest;
import org.bridgework.store.TeamAddress;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands given a team workbook's address for --workbook, against a real PostgreSQL server. */
class TeamCommandsTest {
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void newCheckImportExportPlanBriefAndCalendarWorkOnATeamWorkbook() throws Exception {
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        Path team = Path.of(address.toString());

        assertEquals(1, CheckCommand.run(team, writer(out), writer(err)), "nothing there yet");
        assertTrue(err.toString().contains("no team workbook in this database yet"), err.toString());
        assertEquals(0, NewCommand.run(team, FixedClock.now(), writer(out), writer(err)), err.toString());
        assertEquals(1, NewCommand.run(team, FixedClock.now(), writer(out), writer(err)), "never made twice");
        assertEquals(0, CheckCommand.run(team, writer(out), writer(err)), err.toString());
        assertTrue(out.toString().matches("(?s).*a healthy Bridgework team workbook \\(format \\d+\\).*"), out.toString());

        Path local = folder.resolve("example.db");
        ExampleWorkbook.createIfMissing(local, FixedClock.now());
        Path exported = folder.resolve("example.json");
        assertEquals(0, ExportCommand.run(local, Optional.empty(), exported, FixedClock.now(), writer(out), writer(err)));
        assertEquals(0, ImportCommand.run(team, exported, FixedClock.now(), writer(out), writer(err)), err.toString());

        Path again = folder.resolve("again.json");
        assertEquals(0, ExportCommand.run(team, Optional.empty(), again, FixedClock.now(), writer(out), writer(err)),
                err.toString());
        assertEquals(Files.readString(exported), Files.readString(again), "published and exported back unchanged");

        String name = org.bridgework.store.Workbook.open(local, FixedClock.now()).relationships().findAll().get(0).name();
        PlanRequest plan = PlanSource.load(team, new PlanOptions(Optional.of(name), Optional.empty(),
                org.bridgework.plan.PlanVersion.INTERNAL, Optional.empty(), Optional.empty()), FixedClock.now());
        assertEquals(name, plan.relationship().name());
        // Issue 17: the server's record of who last changed it reaches the plan (the import wrote it just now).
        assertEquals(address.user(), plan.lastChange().orElseThrow().by());
        assertTrue(plan.lastChange().orElseThrow().at().isAfter(java.time.Instant.now().minusSeconds(600)),
                "the server's own time of the import, not the fixed clock's");
        assertTrue(PlanSource.load(local, new PlanOptions(Optional.of(name), Optional.empty(),
                org.bridgework.plan.PlanVersion.INTERNAL, Optional.empty(), Optional.empty()), FixedClock.now())
                .lastChange().isEmpty(), "a workbook file records no names");

        Path brief = folder.resolve("brief.pdf");
        assertEquals(0, BriefCommand.run(team, name, brief, FixedClock.now(), writer(out), writer(err)), err.toString());
        assertTrue(Files.readString(brief, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path calendar = folder.resolve("repairs.ics");
        assertEquals(0, CalendarCommand.run(team, Optional.empty(), calendar, java.util.OptionalInt.empty(), false,
                FixedClock.now(), writer(out), writer(err)), err.toString());
        assertTrue(Files.readString(calendar).contains("BEGIN:VEVENT"), "the example's commitments are in it");
    }

    @Test
    void aNewerTeamWorkbookIsRefusedAndLeftAlone() throws Exception {
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        Path team = Path.of(address.toString());
        assertEquals(0, NewCommand.run(team, FixedClock.now(), writer(out), writer(err)), err.toString());
        PostgresServer.shared().execute("UPDATE " + address.schema() + ".bridgework_schema SET version = 99");

        assertEquals(1, CheckCommand.run(team, writer(out), writer(err)));
        assertTrue(err.toString().contains("newer version of Bridgework"), err.toString());
        assertEquals(1, ExportCommand.run(team, Optional.empty(), folder.resolve("x.json"), FixedClock.now(),
                writer(out), writer(err)));
        try (var connection = PostgresServer.shared().connect(); var statement = connection.createStatement();
             var row = statement.executeQuery("SELECT version FROM " + address.schema() + ".bridgework_schema")) {
            row.next();
            assertEquals(99, row.getInt(1), "never altered");
        }
    }

    @Test
    void anAddressWithAPasswordIsRefusedInPlainWords() {
        Path team = Path.of("postgresql://ana:secret@db.example.org/bridgework");
        assertEquals(1, CheckCommand.run(team, writer(out), writer(err)));
        assertTrue(err.toString().contains("must not hold a password: use PGPASSWORD or ~/.pgpass"), err.toString());
    }

    private static PrintWriter writer(StringWriter target) {
        return new PrintWriter(target, true);
    }
}
