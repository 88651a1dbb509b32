package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.timeline.StepMilestone;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook written by the version before the Trash (format 3), opened by this one. */
class TrashSchemaUpgradeTest {
    private static final Instant CREATED = Instant.parse("2026-10-01T08:15:00Z");
    private static final LocalDate REACHED = LocalDate.of(2026, 10, 2);

    @TempDir
    Path folder;

    @Test
    void aVersion3WorkbookIsBackedUpThenGainsTheTrashWithNothingLost() throws Exception {
        Path file = folder.resolve("v3.db");
        writeVersion3Workbook(file);
        List<Relationship> expected = List.of(
                new Relationship(1, "Harbour & Sons", "Harbour Freight GmbH", "Jürgen Weiß", "Priya Raman",
                        RelationshipKind.SUPPLIER, "Late twice.\n🤝", false, CREATED, CREATED),
                new Relationship(2, "Northwind", "", "", "", RelationshipKind.CLIENT, "", true, CREATED, CREATED));

        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertEquals(expected, workbook.relationships().findAll());
            assertEquals(List.of(), workbook.relationships().trash(), "nothing is in the Trash after the upgrade");
            assertEquals(RepairSamples.fullBeforeVersion5(1).withCurrentStep(RepairStep.ACT), workbook.repairCases().load(1));
            assertEquals(RepairSamples.fullBeforeVersion5(2), workbook.repairCases().load(2));
            assertEquals(List.of(new StepMilestone(RepairStep.ASSESS, REACHED)), workbook.milestones().load(1));
            assertEquals(RepairStep.ACT, workbook.repairCases().currentSteps().get(1L));

            // The upgraded workbook has a working Trash, with the name index now only over the portfolio.
            workbook.relationships().moveToTrash(1);
            workbook.relationships().create(Relationship.draft("HARBOUR & SONS", FixedClock.NOW));
            assertThrows(StoreException.class,
                    () -> workbook.relationships().create(Relationship.draft("northwind", FixedClock.NOW)));
            assertEquals("Harbour & Sons (restored)", workbook.relationships()
                    .restore(List.of(1L), (name, n) -> name + " (restored)").get(0).relationship().name());
            assertEquals(RepairSamples.fullBeforeVersion5(1).withCurrentStep(RepairStep.ACT), workbook.repairCases().load(1));
        }

        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            assertEquals(SchemaMigrations.latestVersion(), WorkbookTest.pragma(statement, "user_version"));
            try (ResultSet problems = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertFalse(problems.next(), "no dangling references");
            }
            try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                check.next();
                assertEquals("ok", check.getString(1));
            }
        }
        try (Stream<Path> backups = Files.list(WorkbookBackups.folderOf(file))) {
            List<Path> copies = backups.toList();
            assertEquals(List.of("v3-before-v" + SchemaMigrations.latestVersion() + "-20261123-093000.db"),
                    copies.stream().map(p -> p.getFileName().toString()).toList());
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + copies.get(0));
                 Statement statement = copy.createStatement()) {
                assertEquals(3, WorkbookTest.pragma(statement, "user_version"), "the copy is of version 3");
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM relationship")) {
                    rows.next();
                    assertEquals(2, rows.getInt(1));
                }
                try (ResultSet columns = statement.executeQuery("SELECT name FROM pragma_table_info('relationship')"
                        + " WHERE name = 'deleted_at'")) {
                    assertFalse(columns.next(), "the copy is untouched by the upgrade");
                }
            }
        }
    }

    @Test
    void aFailedUpgradeIsUndoneAndTheVersion3WorkbookStaysAsItWas() throws Exception {
        Path file = folder.resolve("v3.db");
        writeVersion3Workbook(file);
        // Someone added a column of that name by hand: script 4 fails at its first statement.
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            statement.execute("ALTER TABLE relationship ADD COLUMN deleted_at TEXT");
        }
        WorkbookException refused = assertThrows(WorkbookException.class, () -> Workbook.open(file, FixedClock.now()));
        assertEquals(WorkbookProblem.UPGRADE_FAILED, refused.problem());
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            assertEquals(3, WorkbookTest.pragma(statement, "user_version"));
            try (ResultSet index = statement.executeQuery(
                    "SELECT sql FROM sqlite_master WHERE name = 'relationship_name_unique'")) {
                assertTrue(index.next(), "the name index of version 3 is still there");
                assertFalse(index.getString(1).contains("WHERE"), index.getString(1));
            }
        }
    }

    /**
     * What the version before the Trash wrote: its header, scripts 0001 to 0003, two relationships with full
     * repairs and a milestone, filled by today's store code and copied into the version-3 schema.
     */
    private static void writeVersion3Workbook(Path file) throws Exception {
        OldWorkbook.write(file, 3, (plain, writes) -> {
            try (Statement statement = plain.createStatement()) {
                statement.execute("INSERT INTO relationship (id, name, organisation, contact_person, owner, kind, notes,"
                        + " archived, created_at, updated_at) VALUES (1, 'Harbour & Sons', 'Harbour Freight GmbH',"
                        + " 'Jürgen Weiß', 'Priya Raman', 'supplier', 'Late twice.' || char(10) || '🤝',"
                        + " 0, '" + CREATED + "', '" + CREATED + "')");
                statement.execute("INSERT INTO relationship (id, name, kind, archived, created_at, updated_at)"
                        + " VALUES (2, 'Northwind', 'client', 1, '" + CREATED + "', '" + CREATED + "')");
            }
            RepairCaseRepository repairs = new RepairCaseRepository(plain, writes);
            repairs.save(RepairSamples.fullBeforeVersion5(1).withCurrentStep(RepairStep.ACT));
            repairs.save(RepairSamples.fullBeforeVersion5(2));
            new MilestoneRepository(plain, writes).record(1, RepairStep.ASSESS, REACHED);
        });
    }
}
