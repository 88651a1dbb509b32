package org.bridgework.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.team.Sharing;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamLogins;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worksheet header's "Changed by …" line: the login and the time the server recorded, on a team workbook only. */
class ChangedByLineTest {
    @Test
    void saysWhichColleagueLastChangedTheWorksheetShownAndWhen() throws Exception {
        TeamAddress workbook = PostgresServer.shared().freshWorkbookAddress();
        TeamWorkbook.create(workbook, null, FixedClock.now()).close();
        String ruth = TeamLogins.create("ruth");
        String sam = TeamLogins.create("sam");
        TeamLogins.grantTableAccess(workbook, ruth, sam);
        long id;
        long untouched;
        try (TeamWorkbook asRuth = TeamWorkbook.open(TeamLogins.as(workbook, ruth), null, FixedClock.now())) {
            id = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            RepairCase repair = asRuth.repairCases().load(id);
            asRuth.repairCases().save(repair.withUnderstanding(repair.understanding().withRootCause("Ruth's words")));
            untouched = asRuth.relationships().create(Relationship.draft("Brightwater", FixedClock.NOW)).id();
            for (long shared : new long[] {id, untouched}) {
                asRuth.collaboration().orElseThrow().permissions().share(shared, Sharing.privateTo(ruth).withTeamReads(true));
            }
        }
        try (TeamWorkbook asSam = TeamWorkbook.open(TeamLogins.as(workbook, sam), null, FixedClock.now())) {
            Instant recorded = asSam.collaboration().orElseThrow().stamps().lastChange(id, RepairStep.UNDERSTAND)
                    .orElseThrow().at();
            ChangedByLine line = new ChangedByLine(new ImmediateTaskRunner(), Clock.fixed(recorded, ZoneOffset.UTC));
            line.use(asSam);
            line.show(id, RepairStep.UNDERSTAND);
            String time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.getDefault())
                    .format(ZonedDateTime.ofInstant(recorded, ZoneOffset.UTC));
            assertEquals("Changed by " + ruth + " at " + time, line.textProperty().get());

            // The timeline's line: anything of the relationship, read through the same class.
            ChangedByLine relationshipLine = new ChangedByLine(new ImmediateTaskRunner(), Clock.fixed(recorded, ZoneOffset.UTC));
            relationshipLine.load(asSam);
            relationshipLine.show(id);
            assertTrue(relationshipLine.textProperty().get().startsWith("Changed by " + ruth + " at "),
                    relationshipLine.textProperty().get());
            java.util.concurrent.atomic.AtomicReference<java.util.Optional<org.bridgework.model.team.ChangeStamp>> read =
                    new java.util.concurrent.atomic.AtomicReference<>();
            relationshipLine.lastChange(id, read::set);
            assertEquals(ruth, read.get().orElseThrow().by(), "what the internal plan is given");
            relationshipLine.clear();
            assertEquals("", relationshipLine.textProperty().get());

            line.show(untouched, RepairStep.UNDERSTAND);
            assertEquals("", line.textProperty().get(), "no one has written its repair");

            ChangedByLine nextDay = new ChangedByLine(new ImmediateTaskRunner(),
                    Clock.fixed(recorded.plusSeconds(86_400), ZoneOffset.UTC));
            nextDay.use(asSam);
            nextDay.show(id, RepairStep.UNDERSTAND);
            assertEquals("Changed by " + ruth + " on " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                    FormatStyle.SHORT).withLocale(Locale.getDefault()).format(ZonedDateTime.ofInstant(recorded,
                    ZoneOffset.UTC)), nextDay.textProperty().get());
        }
    }

    @Test
    void aWorkbookFileSaysNothing(@TempDir Path folder) throws Exception {
        try (Workbook file = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            long id = file.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            file.repairCases().save(RepairCase.start(id));
            ChangedByLine line = new ChangedByLine(new ImmediateTaskRunner(), FixedClock.now());
            line.use(file);
            line.show(id, RepairStep.ASSESS);
            assertEquals("", line.textProperty().get());
            line.show(id);
            assertEquals("", line.textProperty().get());
            java.util.concurrent.atomic.AtomicReference<java.util.Optional<org.bridgework.model.team.ChangeStamp>> read =
                    new java.util.concurrent.atomic.AtomicReference<>();
            line.lastChange(id, read::set);
            assertEquals(java.util.Optional.empty(), read.get(), "the plan of a workbook file names no one");
        }
    }
}
