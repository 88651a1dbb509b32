package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.problems.SaveProblemTexts;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team workbook whose server goes away in the middle of the work, on a real server of the test's own that it
 * stops (immediately, as a crash or a cut cable looks to the client) and starts again: a save fails quickly with
 * {@link SaveProblem#SERVER_UNREACHABLE}, nothing half-written, and saving carries on by itself once the server
 * is back, on a new connection.
 */
class TeamServerUnreachableTest {
    private PostgresServer server;
    private TeamWorkbook workbook;

    @BeforeEach
    void start() throws Exception {
        server = PostgresServer.startNew();
        workbook = TeamWorkbook.create(server.freshWorkbookAddress(), null, FixedClock.now());
    }

    @AfterEach
    void stop() {
        workbook.close();
        server.close();
    }

    @Test
    void aSaveWhileTheServerIsDownFailsSaysWhyAndSavingCarriesOnOnceItIsBack() {
        long acme = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
        RepairCase saved = RepairSamples.full(acme);
        workbook.repairCases().save(saved);

        server.stop();
        RepairCase edited = saved.withCurrentStep(RepairStep.REBUILD);
        long begun = System.nanoTime();
        StoreException failure = assertThrows(StoreException.class, () -> workbook.repairCases().save(edited));
        assertEquals(SaveProblem.SERVER_UNREACHABLE, failure.problem(), failure.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - begun).toSeconds() < 10, "noticed within seconds");
        assertEquals("the team workbook’s server cannot be reached", SaveProblemTexts.reason(failure));
        StoreException again = assertThrows(StoreException.class,
                () -> workbook.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)));
        assertEquals(SaveProblem.SERVER_UNREACHABLE, again.problem(), "a retry while it is down fails the same way");

        server.start();
        workbook.repairCases().save(edited);
        assertEquals(edited, workbook.repairCases().load(acme), "the retry after the server came back saved it whole");
        assertEquals(1, workbook.relationships().findAll().size(), "the failed create left nothing behind");
    }
}
