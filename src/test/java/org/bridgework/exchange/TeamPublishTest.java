package org.bridgework.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.bridgework.model.Relationship;
import org.bridgework.model.WholeRelationship;
import org.bridgework.store.RepairSamples;
import org.bridgework.store.TeamAddress;
import org.bridgework.store.TeamWorkbook;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Publish to a team workbook…'s work, on a real PostgreSQL server: the chosen relationships arrive whole
 * (a name already used there renamed as an import renames it), and it is all or nothing: a relationship the
 * server refuses, or the user cancelling halfway through the writing, leaves the team workbook as it was.
 */
class TeamPublishTest {
    @TempDir
    Path folder;

    @Test
    void theChosenRelationshipsArriveWholeAndATakenNameIsRenamedAsAnImportWould() throws Exception {
        Path local = ExchangeSamples.richWorkbook(folder);
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        try (TeamWorkbook team = TeamWorkbook.create(address, null, FixedClock.now())) {
            team.relationships().create(Relationship.draft(ExchangeSamples.REALISTIC, FixedClock.NOW));
        }
        List<WholeRelationship> chosen;
        byte[] export;
        Counting progress = new Counting(Integer.MAX_VALUE);
        try (Workbook book = Workbook.open(local, FixedClock.now())) {
            List<Relationship> all = book.relationships().findAll();
            Set<Long> ids = all.stream().filter(r -> !r.name().equals(ExchangeSamples.UNTOUCHED))
                    .map(Relationship::id).collect(Collectors.toSet());
            chosen = wholes(book, all.stream().filter(r -> ids.contains(r.id())).toList());
            export = TeamPublish.export(book, ids, "9.9.9", progress);
        }

        ImportResult result = TeamPublish.publish(export, address, null, FixedClock.now(), progress);

        assertEquals(List.of(new ImportResult.Rename(ExchangeSamples.REALISTIC, ExchangeSamples.REALISTIC + " (imported)")),
                result.renamed());
        assertEquals(chosen.size(), progress.exported, "each relationship read is counted");
        assertEquals(chosen.size(), progress.written, "each relationship written is counted");
        try (TeamWorkbook team = TeamWorkbook.open(address, null, FixedClock.now())) {
            List<WholeRelationship> arrived = wholes(team.relationships().findAll().stream()
                    .filter(r -> !r.name().equals(ExchangeSamples.REALISTIC)).toList(), team);
            assertEquals(chosen.size() + 1, team.relationships().findAll().size(), "the untouched one stayed home");
            for (WholeRelationship sent : chosen) {
                String name = sent.relationship().name().equals(ExchangeSamples.REALISTIC)
                        ? ExchangeSamples.REALISTIC + " (imported)" : sent.relationship().name();
                WholeRelationship got = arrived.stream().filter(w -> w.relationship().name().equals(name))
                        .findFirst().orElseThrow();
                assertEquals(sent.repair().withRelationshipId(0), got.repair().withRelationshipId(0), name);
                assertEquals(sent.milestones(), got.milestones(), name);
                assertEquals(sent.relationship().updatedAt(), got.relationship().updatedAt(), "times kept: " + name);
            }
        }
    }

    @Test
    void aRelationshipTheServerRefusesLeavesTheTeamWorkbookAsItWas() throws Exception {
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        TeamWorkbook.create(address, null, FixedClock.now()).close();
        failCheckInsNotedFail(address);
        byte[] export = exportOf(3, 2);

        ExchangeException refused = assertThrows(ExchangeException.class,
                () -> TeamPublish.publish(export, address, null, FixedClock.now(), new Counting(Integer.MAX_VALUE)));

        assertTrue(refused.getCause() instanceof org.bridgework.store.StoreException, String.valueOf(refused.getCause()));
        assertEquals(0, relationshipsOn(address), "nothing of it was written, not even those before the failing one");
    }

    @Test
    void cancellingWhileWritingLeavesTheTeamWorkbookAsItWas() throws Exception {
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        TeamWorkbook.create(address, null, FixedClock.now()).close();
        byte[] export = exportOf(4, -1);
        Counting cancelsAfterTwo = new Counting(2);

        assertThrows(CancellationException.class,
                () -> TeamPublish.publish(export, address, null, FixedClock.now(), cancelsAfterTwo));

        assertEquals(2, cancelsAfterTwo.written, "two were written inside the transaction before the cancel");
        assertEquals(0, relationshipsOn(address), "and rolled back with it");
    }

    /** {@code count} relationships with repairs; the one at {@code failing} has a check-in noted 'fail'. */
    private byte[] exportOf(int count, int failing) throws Exception {
        try (Workbook book = Workbook.open(folder.resolve("local-" + count + ".db"), FixedClock.now())) {
            for (int i = 0; i < count; i++) {
                long id = book.relationships().create(Relationship.draft("Publish " + i, FixedClock.NOW)).id();
                var repair = RepairSamples.realistic(id);
                if (i == failing) {
                    var checkIns = new ArrayList<>(repair.rebuilding().checkIns());
                    checkIns.set(0, new org.bridgework.model.repair.TrustCheckIn(checkIns.get(0).date(),
                            checkIns.get(0).ourTrust(), checkIns.get(0).theirTrust(), "fail"));
                    repair = repair.withRebuilding(new org.bridgework.model.repair.Rebuilding(checkIns,
                            repair.rebuilding().outcome(), repair.rebuilding().lessonsLearned()));
                }
                book.repairCases().save(repair);
            }
            Set<Long> all = book.relationships().findAll().stream().map(Relationship::id).collect(Collectors.toSet());
            return TeamPublish.export(book, all, "9.9.9", new Counting(Integer.MAX_VALUE));
        }
    }

    private static int relationshipsOn(TeamAddress address) throws Exception {
        try (TeamWorkbook team = TeamWorkbook.open(address, null, FixedClock.now())) {
            return team.relationships().findAll().size();
        }
    }

    /** Makes the server refuse a trust check-in noted 'fail' in this team workbook. */
    private static void failCheckInsNotedFail(TeamAddress address) throws Exception {
        try (Connection plain = PostgresServer.shared().connect(); Statement statement = plain.createStatement()) {
            statement.execute("SET search_path TO " + address.schema());
            statement.execute("CREATE FUNCTION test_failure() RETURNS trigger LANGUAGE plpgsql AS"
                    + " $$ BEGIN RAISE EXCEPTION 'failing on purpose'; END $$");
            statement.execute("CREATE TRIGGER test_failure BEFORE INSERT ON trust_check_in FOR EACH ROW"
                    + " WHEN (NEW.note = 'fail') EXECUTE FUNCTION test_failure()");
        }
    }

    private static List<WholeRelationship> wholes(Workbook book, List<Relationship> relationships) {
        return relationships.stream().map(r -> new WholeRelationship(r, book.repairCases().load(r.id()),
                book.milestones().load(r.id()))).toList();
    }

    private static List<WholeRelationship> wholes(List<Relationship> relationships, TeamWorkbook team) {
        return relationships.stream().map(r -> new WholeRelationship(r, team.repairCases().load(r.id()),
                team.milestones().load(r.id()))).toList();
    }

    /** Counts what it is told, and cancels once {@code cancelAfter} relationships are written. */
    private static final class Counting implements TeamPublish.Progress {
        private final int cancelAfter;
        int exported;
        int written;

        Counting(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void exported(int done, int total) {
            exported = done;
        }

        @Override
        public void written(int done, int total) {
            written = done;
        }

        @Override
        public boolean cancelled() {
            return written >= cancelAfter;
        }
    }
}
