package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Rebuilding;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairCaseRepositoryTest extends StoreContract {
    /** Every table of version 2, each with a {@code relationship_id}. */
    static final List<String> REPAIR_TABLES = List.of("repair_case", "assessment", "understanding", "incident",
            "ownership", "preparation", "fact", "key_message", "conversation", "conversation_participant",
            "reconciliation", "apology_component", "repair_offer", "commitment", "rebuilding", "trust_check_in");

    private Path file;
    private WorkbookStore workbook;
    private RepairCaseRepository repairs;
    private long acme;
    private long harbour;

    @BeforeEach
    void open() throws Exception {
        file = folder.resolve("w.db");
        workbook = openStore(FixedClock.now());
        repairs = workbook.repairCases();
        acme = workbook.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
        harbour = workbook.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)).id();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void aRelationshipWithNothingStoredStartsAtTheFirstStep() {
        assertEquals(RepairCase.start(acme), repairs.load(acme));
        assertEquals(0, rows("repair_case", acme), "loading stores nothing");
    }

    @Test
    void savingAgainReplacesTheListsInsteadOfAppending() throws Exception {
        repairs.save(RepairSamples.full(acme));
        RepairCase smaller = RepairSamples.smaller(acme);
        repairs.save(smaller);

        assertEquals(smaller, repairs.load(acme));
        assertEquals(1, rows("repair_case", acme));
        assertEquals(1, rows("incident", acme));
        assertEquals(1, rows("fact", acme));
        assertEquals(0, rows("key_message", acme));
        assertEquals(1, rows("conversation", acme));
        assertEquals(1, rows("conversation_participant", acme));
        assertEquals(1, rows("apology_component", acme));
        assertEquals(0, rows("repair_offer", acme));
        assertEquals(1, rows("commitment", acme));
        assertEquals(0, rows("trust_check_in", acme));
    }

    @Test
    void listsKeepTheOrderTheUserGaveThem() {
        RepairCase full = RepairSamples.full(acme);
        List<Commitment> reversed = new ArrayList<>(full.actionPlan().commitments());
        Collections.reverse(reversed);
        repairs.save(full.withActionPlan(new ActionPlan(reversed)));
        assertEquals(reversed, repairs.load(acme).actionPlan().commitments());

        // Not by date: the second check-in is the oldest, and two share a date.
        List<TrustCheckIn> checkIns = repairs.load(acme).rebuilding().checkIns();
        assertEquals(full.rebuilding().checkIns(), checkIns);
        assertTrue(checkIns.get(0).date().isAfter(checkIns.get(1).date()));
        assertEquals(List.of("Priya Raman", "Jürgen Weiß", "Name with\nnewline", "", "🤝 Zoë"),
                repairs.load(acme).dialogue().conversations().get(0).participants());
    }

    @Test
    void deletingTheRelationshipForGoodRemovesItsRepairAndOnlyIts() {
        repairs.save(RepairSamples.full(acme));
        repairs.save(RepairSamples.full(harbour));
        for (String table : REPAIR_TABLES) {
            assertTrue(rows(table, acme) > 0, table + " has rows to delete");
        }

        workbook.relationships().moveToTrash(acme);
        workbook.relationships().moveToTrash(harbour);
        assertEquals(RepairSamples.full(acme), repairs.load(acme), "the Trash keeps the whole repair");
        workbook.relationships().deleteForGood(List.of(acme));

        for (String table : REPAIR_TABLES) {
            assertEquals(0, rows(table, acme), table);
        }
        assertEquals(RepairSamples.full(harbour), repairs.load(harbour));
    }

    @Test
    void currentStepsListsEveryStoredRepair() {
        long third = workbook.relationships().create(Relationship.draft("Third", FixedClock.NOW)).id();
        assertEquals(Map.of(), repairs.currentSteps());
        repairs.save(RepairCase.start(acme).withCurrentStep(RepairStep.TALK));
        repairs.save(RepairSamples.full(harbour).withCurrentStep(RepairStep.REBUILD));
        repairs.save(RepairCase.start(harbour).withCurrentStep(RepairStep.ACT));
        assertEquals(Map.of(acme, RepairStep.TALK, harbour, RepairStep.ACT), repairs.currentSteps());
        assertEquals(RepairCase.start(third), repairs.load(third));
    }

    @Test
    void aRepairForAMissingRelationshipIsRefusedAndNothingElseChanges() {
        repairs.save(RepairSamples.full(acme));
        long missing = harbour + 1000;

        StoreException failure = assertThrows(StoreException.class, () -> repairs.save(RepairSamples.full(missing)));

        assertTrue(failure.getMessage().startsWith("Could not save the repair of relationship " + missing),
                failure.getMessage());
        for (String table : REPAIR_TABLES) {
            assertEquals(0, rows(table, missing), table);
        }
        assertEquals(RepairSamples.full(acme), repairs.load(acme));
        assertEquals(Map.of(acme, RepairStep.APOLOGISE), repairs.currentSteps());
    }

    @Test
    void aSaveThatFailsPartWayLeavesThePreviousRepairIntact() throws Exception {
        RepairCase saved = RepairSamples.full(acme);
        repairs.save(saved);
        workbook.close();
        // Fails the last table written, after every other row of the repair has been replaced.
        failCheckInsNotedFail();
        workbook = openStore(FixedClock.now());
        repairs = workbook.repairCases();
        TrustCheckIn failing = new TrustCheckIn(RepairSamples.DAY, new TrustRatings(1, 1, 1),
                new TrustRatings(1, 1, 1), "fail");
        RepairCase changed = RepairSamples.smaller(acme)
                .withRebuilding(new Rebuilding(List.of(failing), Optional.empty(), "changed"));

        StoreException failure = assertThrows(StoreException.class, () -> repairs.save(changed));

        assertTrue(failure.getMessage().contains("failing on purpose"), failure.getMessage());
        assertEquals(saved, repairs.load(acme));
        RepairCase next = RepairSamples.smaller(acme);
        repairs.save(next);
        assertEquals(next, repairs.load(acme), "the workbook still saves after a failed save");
    }

    @Test
    void savesARealisticRepairQuickly() {
        RepairCase realistic = RepairSamples.realistic(acme);
        repairs.save(realistic);
        int saves = 20;
        long start = System.nanoTime();
        for (int i = 0; i < saves; i++) {
            repairs.save(realistic.withCurrentStep(RepairStep.values()[i % RepairStep.values().length]));
        }
        long perSaveMs = (System.nanoTime() - start) / saves / 1_000_000;
        // Generous for a busy shared machine; typical is a few ms. Guards against row-by-row commits.
        assertTrue(perSaveMs < 250, "one save took " + perSaveMs + " ms on average");
    }

    /** Counts a relationship's rows in a table over a connection of its own, as the sqlite3 tool would. */
    private long rows(String table, long relationshipId) {
        String sql = "SELECT count(*) FROM " + table + " WHERE relationship_id = ?";
        try (Connection plain = plainConnection();
             PreparedStatement statement = plain.prepareStatement(sql)) {
            statement.setLong(1, relationshipId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError("could not count " + table, e);
        }
    }
}
