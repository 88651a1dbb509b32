package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import org.bridgework.model.Relationship;
import org.bridgework.model.RestoredRelationship;
import org.bridgework.model.TrashedRelationship;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Trash on real workbook files: what goes in, what comes back, what is deleted for good. */
class TrashTest extends StoreContract {
    private static final BiFunction<String, Integer, String> RESTORED =
            (name, n) -> n == 1 ? name + " (restored)" : name + " (restored " + n + ")";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);


    private Path file() {
        return folder.resolve("w.db");
    }

    /** The workbook as it is at {@code minutes} past the fixed test time, so deletes happen one after another. */
    private WorkbookStore openAt(int minutes) throws Exception {
        return openStore(FixedClock.at(FixedClock.NOW.plusSeconds(60L * minutes)));
    }

    @Test
    void aTrashedRelationshipLeavesThePortfolioButKeepsEverythingRecordedAboutIt() throws Exception {
        long acme;
        long harbour;
        try (WorkbookStore workbook = openAt(0)) {
            acme = workbook.relationships().create(new Relationship(0, "Acme Ltd", "Acme Holdings", "Zoë", "Priya",
                    org.bridgework.model.RelationshipKind.SUPPLIER, "notes", true, FixedClock.NOW, FixedClock.NOW)).id();
            harbour = workbook.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)).id();
            workbook.repairCases().save(RepairSamples.full(acme).withCurrentStep(RepairStep.TALK));
            workbook.repairCases().save(RepairSamples.full(harbour));
            workbook.milestones().record(acme, RepairStep.ASSESS, TODAY);
        }
        Relationship before;
        try (WorkbookStore workbook = openAt(5)) {
            before = workbook.relationships().findAll().get(0);
            TrashedRelationship trashed = workbook.relationships().moveToTrash(acme);
            assertEquals(new TrashedRelationship(acme, "Acme Ltd", "Acme Holdings",
                    FixedClock.NOW.plusSeconds(300)), trashed);
        }
        try (WorkbookStore workbook = openAt(6)) {
            assertEquals(List.of("Harbour"), workbook.relationships().findAll().stream().map(Relationship::name).toList());
            assertEquals(List.of(new TrashedRelationship(acme, "Acme Ltd", "Acme Holdings",
                    FixedClock.NOW.plusSeconds(300))), workbook.relationships().trash());
            assertFalse(workbook.repairCases().currentSteps().containsKey(acme), "no step for a trashed one");
            assertTrue(workbook.repairCases().currentSteps().containsKey(harbour));
            assertFalse(workbook.summaries().summaries(TODAY).containsKey(acme), "no summary for a trashed one");
            assertTrue(workbook.summaries().summaries(TODAY).containsKey(harbour));

            List<RestoredRelationship> back = workbook.relationships().restore(List.of(acme), RESTORED);
            Relationship restored = back.get(0).relationship();
            assertFalse(back.get(0).renamed());
            assertEquals(before.withUpdatedAt(FixedClock.NOW.plusSeconds(360)), restored, "every field comes back");
            assertEquals(List.of(), workbook.relationships().trash());
        }
        try (WorkbookStore workbook = openAt(7)) {
            assertEquals(List.of("Acme Ltd", "Harbour"),
                    workbook.relationships().findAll().stream().map(Relationship::name).toList());
            assertEquals(RepairSamples.full(acme).withCurrentStep(RepairStep.TALK), workbook.repairCases().load(acme));
            assertEquals(List.of(new StepMilestone(RepairStep.ASSESS, TODAY)), workbook.milestones().load(acme));
            assertEquals(RepairStep.TALK, workbook.repairCases().currentSteps().get(acme));
        }
    }

    @Test
    void theTrashListsTheMostRecentlyDeletedFirst() throws Exception {
        long[] ids = new long[3];
        try (WorkbookStore workbook = openAt(0)) {
            for (int i = 0; i < 3; i++) {
                ids[i] = workbook.relationships().create(Relationship.draft("R" + i, FixedClock.NOW)).id();
            }
        }
        // Deleted in the order 1, 0, 2, a minute apart; a second-precise time would tie within one minute's deletes.
        int minute = 1;
        for (int index : new int[] {1, 0, 2}) {
            try (WorkbookStore workbook = openAt(minute++)) {
                workbook.relationships().moveToTrash(ids[index]);
            }
        }
        try (WorkbookStore workbook = openAt(10)) {
            assertEquals(List.of("R2", "R0", "R1"),
                    workbook.relationships().trash().stream().map(TrashedRelationship::name).toList());
        }
    }

    @Test
    void deletesWithinTheSameSecondStillSortByTime() throws Exception {
        try (WorkbookStore workbook = openStore(FixedClock.at(Instant.parse("2026-11-23T09:30:00Z")))) {
            workbook.relationships().create(Relationship.draft("First", FixedClock.NOW));
            workbook.relationships().create(Relationship.draft("Second", FixedClock.NOW));
        }
        try (WorkbookStore workbook = openStore(FixedClock.at(Instant.parse("2026-11-23T09:30:00.900Z")))) {
            workbook.relationships().moveToTrash(2);
        }
        try (WorkbookStore workbook = openStore(FixedClock.at(Instant.parse("2026-11-23T09:30:01Z")))) {
            workbook.relationships().moveToTrash(1);
            assertEquals(List.of("First", "Second"),
                    workbook.relationships().trash().stream().map(TrashedRelationship::name).toList());
        }
        assertEquals(List.of("2026-11-23T09:30:00.900Z", "2026-11-23T09:30:01.000Z"),
                column("SELECT deleted_at FROM relationship ORDER BY deleted_at"));
    }

    @Test
    void aNewRelationshipMayTakeATrashedOnesNameAndTheRestoredOneGetsAFreeName() throws Exception {
        try (WorkbookStore workbook = openAt(0)) {
            RelationshipRepository relationships = workbook.relationships();
            long first = relationships.create(Relationship.draft("Acme", FixedClock.NOW)).id();
            relationships.moveToTrash(first);
            long second = relationships.create(Relationship.draft("ACME", FixedClock.NOW)).id();
            relationships.moveToTrash(second);
            relationships.create(Relationship.draft("acme", FixedClock.NOW));
            relationships.create(Relationship.draft("Acme (restored)", FixedClock.NOW));
            assertEquals(2, relationships.trash().size(), "two of the same name can wait in the Trash");

            List<RestoredRelationship> back = relationships.restore(List.of(first, second), RESTORED);
            assertEquals(List.of("Acme (restored 2)", "ACME (restored 3)"),
                    back.stream().map(r -> r.relationship().name()).toList());
            assertEquals(List.of("Acme", "ACME"), back.stream().map(RestoredRelationship::nameInTrash).toList());
            assertTrue(back.stream().allMatch(RestoredRelationship::renamed));
            assertEquals(List.of("acme", "Acme (restored 2)", "ACME (restored 3)", "Acme (restored)"),
                    relationships.findAll().stream().map(Relationship::name).toList(), "by name, as SQLite sorts");
        }
    }

    @Test
    void theUniqueNameIndexCoversOnlyRelationshipsNotInTheTrash() throws Exception {
        openStore(FixedClock.now()).close();
        try (Connection plain = plainConnection();
             Statement statement = plain.createStatement()) {
            insert(statement, 1, "Acme", "'2026-11-01T10:00:00.000Z'");
            insert(statement, 2, "ACME", "'2026-11-02T10:00:00.000Z'");
            insert(statement, 3, "acme", "NULL");
            assertThrows(SQLException.class, () -> insert(statement, 4, "Acme", "NULL"),
                    "two relationships in the portfolio cannot share a name");
            assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE relationship SET deleted_at = NULL WHERE id = 1"),
                    "nor can a restore that skips the free name");
            try (ResultSet index = statement.executeQuery(kind() == Kind.FILE
                    ? "SELECT sql FROM sqlite_master WHERE name = 'relationship_name_unique'"
                    : "SELECT indexdef FROM pg_indexes WHERE indexname = 'relationship_name_unique'"
                            + " AND schemaname = current_schema()")) {
                assertTrue(index.next());
                assertTrue(index.getString(1).contains("deleted_at IS NULL"), index.getString(1));
            }
        }
    }

    @Test
    void emptyingTheTrashDeletesTheTrashedRelationshipsAndTheirRepairsOnly() throws Exception {
        long acme;
        long harbour;
        long kept;
        try (WorkbookStore workbook = openAt(0)) {
            RelationshipRepository relationships = workbook.relationships();
            acme = relationships.create(Relationship.draft("Acme", FixedClock.NOW)).id();
            harbour = relationships.create(Relationship.draft("Harbour", FixedClock.NOW)).id();
            kept = relationships.create(Relationship.draft("Kept", FixedClock.NOW)).id();
            for (long id : new long[] {acme, harbour, kept}) {
                workbook.repairCases().save(RepairSamples.full(id));
                workbook.milestones().record(id, RepairStep.ASSESS, TODAY);
            }
            relationships.moveToTrash(acme);
            relationships.moveToTrash(harbour);

            assertEquals(2, relationships.emptyTrash());
            assertEquals(List.of(), relationships.trash());
            assertEquals(List.of("Kept"), relationships.findAll().stream().map(Relationship::name).toList());
            assertEquals(RepairSamples.full(kept), workbook.repairCases().load(kept));
            assertEquals(0, relationships.emptyTrash(), "an empty Trash empties to nothing");
        }
        for (String table : childTables()) {
            assertEquals(List.of(String.valueOf(kept)),
                    column("SELECT DISTINCT relationship_id FROM " + table), table + " keeps only the rows of Kept");
        }
        if (kind() == Kind.FILE) {
            assertEquals(List.of(), column("PRAGMA foreign_key_check")); // PostgreSQL checks every reference always
        }
    }

    @Test
    void deletingForGoodTouchesOnlyTheChosenRelationshipsInTheTrash() throws Exception {
        try (WorkbookStore workbook = openAt(0)) {
            RelationshipRepository relationships = workbook.relationships();
            long a = relationships.create(Relationship.draft("A", FixedClock.NOW)).id();
            long b = relationships.create(Relationship.draft("B", FixedClock.NOW)).id();
            long live = relationships.create(Relationship.draft("Live", FixedClock.NOW)).id();
            workbook.repairCases().save(RepairSamples.full(a));
            relationships.moveToTrash(a);
            relationships.moveToTrash(b);

            assertEquals(1, relationships.deleteForGood(List.of(a, live)), "one in the portfolio is never deleted");
            assertEquals(List.of("B"), relationships.trash().stream().map(TrashedRelationship::name).toList());
            assertEquals(List.of("Live"), relationships.findAll().stream().map(Relationship::name).toList());
            assertEquals(RepairCase.start(a), workbook.repairCases().load(a), "its repair went with it");
        }
    }

    @Test
    void aRestoreIsAllOrNothing() throws Exception {
        try (WorkbookStore workbook = openAt(0)) {
            RelationshipRepository relationships = workbook.relationships();
            long a = relationships.create(Relationship.draft("A", FixedClock.NOW)).id();
            long gone = relationships.create(Relationship.draft("Gone", FixedClock.NOW)).id();
            relationships.moveToTrash(a);
            relationships.moveToTrash(gone);
            relationships.deleteForGood(List.of(gone));

            StoreException failure = assertThrows(StoreException.class,
                    () -> relationships.restore(List.of(a, gone), RESTORED));
            assertTrue(failure.getMessage().contains("no longer in the Trash"), failure.getMessage());
            assertEquals(List.of("A"), relationships.trash().stream().map(TrashedRelationship::name).toList());
            assertEquals(List.of(), relationships.findAll());
        }
    }

    @Test
    void aRelationshipCannotGoToTheTrashTwice() throws Exception {
        try (WorkbookStore workbook = openAt(0)) {
            long a = workbook.relationships().create(Relationship.draft("A", FixedClock.NOW)).id();
            workbook.relationships().moveToTrash(a);
            StoreException failure = assertThrows(StoreException.class, () -> workbook.relationships().moveToTrash(a));
            assertTrue(failure.getMessage().contains("no longer in the portfolio"), failure.getMessage());
            assertEquals(1, workbook.relationships().trash().size());
        }
    }

    @Test
    void anEditThatArrivesAfterTheDeleteIsKeptForTheRestore() throws Exception {
        try (WorkbookStore workbook = openAt(0)) {
            Relationship a = workbook.relationships().create(Relationship.draft("A", FixedClock.NOW));
            workbook.relationships().moveToTrash(a.id());
            workbook.relationships().update(new Relationship(a.id(), "A", "Typed late", "", "", a.kind(), "", false,
                    a.createdAt(), a.updatedAt()));
            workbook.repairCases().save(RepairSamples.full(a.id()));
            Relationship back = workbook.relationships().restore(List.of(a.id()), RESTORED).get(0).relationship();
            assertEquals("Typed late", back.organisation());
            assertEquals(RepairSamples.full(a.id()), workbook.repairCases().load(a.id()));
        }
    }

    private static void insert(Statement statement, long id, String name, String deletedAt) throws SQLException {
        statement.executeUpdate("INSERT INTO relationship (id, name, created_at, updated_at, deleted_at) VALUES ("
                + id + ", '" + name + "', '2026-10-01T08:00:00Z', '2026-10-01T08:00:00Z', " + deletedAt + ")");
    }

    /** Every table that refers to a relationship. */
    private static List<String> childTables() {
        List<String> tables = new java.util.ArrayList<>(RepairCaseRepositoryTest.REPAIR_TABLES);
        tables.add("step_milestone");
        return tables;
    }

    private List<String> column(String sql) throws SQLException {
        try (Connection plain = plainConnection();
             PreparedStatement statement = plain.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
