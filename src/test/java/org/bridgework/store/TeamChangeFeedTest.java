package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live updates between two Bridgeworks on one team workbook, on a real server of the test's own: what one commits
 * reaches the other's feed as the ids of the relationships changed (once per save, however many rows it wrote),
 * nothing from another team workbook on the same server, and after the server restarts the feed comes back by
 * itself and says everything may have changed.
 */
class TeamChangeFeedTest {
    /** Generous bounds for a loaded build machine; the latency itself is measured in a benchmark, not here. */
    private static final long WAIT_S = 20;

    @TempDir
    java.nio.file.Path folder;
    /** The test JVM's shared server, or one of this test's own when it must be stopped. */
    private PostgresServer server;
    private boolean ownServer;
    private TeamAddress address;
    private TeamWorkbook mine;
    private TeamWorkbook theirs;
    private final LinkedBlockingQueue<WorkbookChange> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void start(org.junit.jupiter.api.TestInfo test) throws Exception {
        ownServer = test.getTestMethod().orElseThrow().getName().contains("Restarts");
        server = ownServer ? PostgresServer.startNew() : PostgresServer.shared();
        address = server.freshWorkbookAddress();
        mine = TeamWorkbook.create(address, null, FixedClock.now());
        theirs = TeamWorkbook.open(address, null, FixedClock.now());
    }

    @AfterEach
    void stop() {
        theirs.close();
        mine.close();
        if (ownServer) {
            server.close();
        }
    }

    @Test
    void theirSavesReachMyFeedAsIdsOncePerSave() throws Exception {
        mine.watch(heard::add);
        assertEquals(WorkbookChange.everything(), next(), "listening starts by saying anything may have changed");

        long acme = theirs.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
        assertEquals(WorkbookChange.of(Set.of(acme)), next());

        RepairCase full = RepairSamples.full(acme);
        theirs.repairCases().save(full);
        assertEquals(WorkbookChange.of(Set.of(acme)), next(), "one save of many rows is one change");

        long harbour = theirs.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)).id();
        assertEquals(WorkbookChange.of(Set.of(harbour)), next());
        theirs.relationships().moveToTrash(harbour);
        assertEquals(WorkbookChange.of(Set.of(harbour)), next(), "a move to the Trash is a change too");
        assertNull(heard.poll(300, TimeUnit.MILLISECONDS), "nothing more: " + heard);
    }

    @Test
    void anotherTeamWorkbookOnTheServerIsNotHeard() throws Exception {
        mine.watch(heard::add);
        next();
        try (TeamWorkbook elsewhere = TeamWorkbook.create(server.freshWorkbookAddress(), null, FixedClock.now())) {
            elsewhere.relationships().create(Relationship.draft("Elsewhere", FixedClock.NOW));
        }
        long acme = theirs.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
        assertEquals(WorkbookChange.of(Set.of(acme)), next(), "only this workbook's change, the other one's not");
    }

    @Test
    void afterTheServerRestartsTheFeedComesBackAndSaysEverythingMayHaveChanged() throws Exception {
        mine.watch(heard::add);
        next();
        server.stop();
        server.start();
        assertEquals(WorkbookChange.everything(), next(), "back, and what was missed is read again");
        theirs.close(); // its connection was cut too: another Bridgework, opened now
        theirs = TeamWorkbook.open(address, null, FixedClock.now());
        long acme = theirs.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
        assertEquals(WorkbookChange.of(Set.of(acme)), next(), "and changes are heard again");
    }

    @Test
    void closingTheWorkbookStopsItsFeeds() throws Exception {
        TeamChangeFeed feed = (TeamChangeFeed) mine.watch(heard::add);
        next();
        mine.close();
        feed.thread().join(TimeUnit.SECONDS.toMillis(WAIT_S));
        assertFalse(feed.running());
        assertTrue(mine.watch(heard::add) == ChangeFeed.NONE, "a closed workbook starts no feed");
    }

    @Test
    void aWorkbookFileHasNoOneElseToHearFrom() throws Exception {
        try (Workbook file = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            assertEquals(ChangeFeed.NONE, file.watch(heard::add));
        }
    }

    private WorkbookChange next() throws InterruptedException {
        WorkbookChange change = heard.poll(WAIT_S, TimeUnit.SECONDS);
        assertNotNull(change, "a change was heard within " + WAIT_S + " s");
        return change;
    }
}
