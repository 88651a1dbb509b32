package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.model.team.Sharing;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who made and who last changed a team workbook's rows, and when: recorded by the server under each person's
 * own login, for Bridgework's saves and for psql's alike, and a name a client writes itself is not believed.
 */
class TeamChangeStampsTest {
    private TeamAddress workbook;
    private String ruth;
    private String sam;

    @BeforeEach
    void twoColleagues() throws Exception {
        workbook = PostgresServer.shared().freshWorkbookAddress();
        TeamWorkbook.create(workbook, null, FixedClock.now()).close();
        ruth = TeamLogins.create("ruth");
        sam = TeamLogins.create("sam");
        TeamLogins.grantTableAccess(workbook, ruth, sam);
    }

    @Test
    void eachRowSaysWhoMadeItAndWhoChangedItLastByTheirOwnLogins() throws Exception {
        Instant before = Instant.now();
        long id;
        try (TeamWorkbook asRuth = TeamWorkbook.open(TeamLogins.as(workbook, ruth), null, FixedClock.now())) {
            id = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            asRuth.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(ruth).withEditors(List.of(sam)));
            asRuth.repairCases().save(RepairCase.start(id).withUnderstanding(
                    RepairCase.start(id).understanding().withRootCause("Ruth's reading")));
        }
        try (TeamWorkbook asSam = TeamWorkbook.open(TeamLogins.as(workbook, sam), null, FixedClock.now())) {
            RepairCase repair = asSam.repairCases().load(id);
            asSam.repairCases().save(repair.withOwnership(new org.bridgework.model.repair.Ownership("Sam's account", "", "")));
        }
        Instant after = Instant.now();

        try (TeamWorkbook asRuth = TeamWorkbook.open(TeamLogins.as(workbook, ruth), null, FixedClock.now())) {
            TeamChangeStamps stamps = asRuth.collaboration().orElseThrow().stamps();
            ChangeStamp created = stamps.created(id).orElseThrow();
            assertEquals(ruth, created.by());
            assertBetween(before, after, created.at());
            assertEquals(sam, stamps.lastChange(id).orElseThrow().by());
            assertEquals(sam, stamps.lastChange(id, RepairStep.OWN).orElseThrow().by());
            assertEquals(ruth, stamps.lastChange(id, RepairStep.UNDERSTAND).orElseThrow().by());
            assertTrue(stamps.lastChange(id, RepairStep.OWN).orElseThrow().at()
                    .isAfter(stamps.lastChange(id, RepairStep.UNDERSTAND).orElseThrow().at()));
        }
    }

    @Test
    void aChangeMadeOutsideBridgeworkIsRecordedUnderItsLoginWhateverNameItWrites() throws Exception {
        long id;
        try (TeamWorkbook asRuth = TeamWorkbook.open(TeamLogins.as(workbook, ruth), null, FixedClock.now())) {
            id = asRuth.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            asRuth.collaboration().orElseThrow().permissions().share(id, Sharing.privateTo(ruth).withEditors(List.of(sam)));
        }
        try (Connection psql = TeamLogins.plain(workbook, sam); Statement statement = psql.createStatement()) {
            assertEquals(1, statement.executeUpdate("UPDATE relationship SET notes = 'typed in psql',"
                    + " row_changed_by = '" + ruth + "', row_changed_at = '2001-01-01', row_created_by = 'nobody'"
                    + " WHERE id = " + id));
        }
        try (TeamWorkbook asRuth = TeamWorkbook.open(TeamLogins.as(workbook, ruth), null, FixedClock.now())) {
            TeamChangeStamps stamps = asRuth.collaboration().orElseThrow().stamps();
            ChangeStamp changed = stamps.lastChange(id).orElseThrow();
            assertEquals(sam, changed.by(), "the server's login, not the name written");
            assertTrue(changed.at().isAfter(Instant.parse("2020-01-01T00:00:00Z")));
            assertEquals(ruth, stamps.created(id).orElseThrow().by(), "who made it cannot be rewritten");
        }
    }

    @Test
    void aWorkbookFileRecordsNoNames(@TempDir Path folder) throws Exception {
        try (Workbook file = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            assertFalse(file.collaboration().isPresent());
        }
    }

    private static void assertBetween(Instant from, Instant to, Instant at) {
        Duration slack = Duration.ofSeconds(2); // the server's clock is this machine's; allow for rounding
        assertTrue(!at.isBefore(from.minus(slack)) && !at.isAfter(to.plus(slack)), at + " not in " + from + ".." + to);
    }
}
