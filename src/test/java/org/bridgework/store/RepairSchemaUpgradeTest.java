package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook written by the version before the repair worksheets, opened by this one. */
class RepairSchemaUpgradeTest {
    private static final Instant CREATED = Instant.parse("2026-10-01T08:15:00Z");

    @TempDir
    Path folder;

    @Test
    void aVersion1WorkbookIsBackedUpThenGainsTheRepairTablesWithItsRelationshipsUnchanged() throws Exception {
        Path file = folder.resolve("old.db");
        writeVersion1Workbook(file);
        List<Relationship> expected = List.of(
                new Relationship(1, "Harbour & Sons", "Harbour Freight GmbH", "Jürgen Weiß", "Priya Raman",
                        RelationshipKind.SUPPLIER, "Late twice.\n'Quoted' \"notes\" 🤝", false, CREATED, CREATED),
                new Relationship(2, "Northwind", "", "", "", RelationshipKind.CLIENT, "", true, CREATED, CREATED));

        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertEquals(expected, workbook.relationships().findAll());
            assertEquals(RepairCase.start(1), workbook.repairCases().load(1));
            workbook.repairCases().save(RepairSamples.full(2));
            assertEquals(RepairSamples.full(2), workbook.repairCases().load(2));
        }

        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            assertEquals(SchemaMigrations.latestVersion(), WorkbookTest.pragma(statement, "user_version"));
            List<String> tables = tables(statement);
            for (String table : RepairCaseRepositoryTest.REPAIR_TABLES) {
                assertTrue(tables.contains(table), table + " in " + tables);
            }
            try (ResultSet problems = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertFalse(problems.next(), "no dangling references");
            }
        }
        try (Stream<Path> backups = Files.list(WorkbookBackups.folderOf(file))) {
            List<Path> copies = backups.toList();
            assertEquals(List.of("old-before-v" + SchemaMigrations.latestVersion() + "-20261123-093000.db"),
                    copies.stream().map(p -> p.getFileName().toString()).toList());
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + copies.get(0));
                 Statement statement = copy.createStatement()) {
                assertEquals(1, WorkbookTest.pragma(statement, "user_version"), "the copy is of version 1");
                assertEquals(List.of("relationship"), tables(statement));
            }
        }
    }

    /** What the foundation release wrote: its header, script 0001 and nothing more, with two relationships. */
    private static void writeVersion1Workbook(Path file) throws Exception {
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            statement.execute("PRAGMA application_id = " + WorkbookInspector.APPLICATION_ID);
            for (String sql : SchemaMigrations.statements(SchemaMigrations.script(1))) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = 1");
            statement.execute("INSERT INTO relationship (id, name, organisation, contact_person, owner, kind, notes,"
                    + " archived, created_at, updated_at) VALUES (1, 'Harbour & Sons', 'Harbour Freight GmbH',"
                    + " 'Jürgen Weiß', 'Priya Raman', 'supplier', 'Late twice.' || char(10) || '''Quoted'' \"notes\" 🤝',"
                    + " 0, '" + CREATED + "', '" + CREATED + "')");
            statement.execute("INSERT INTO relationship (id, name, kind, archived, created_at, updated_at)"
                    + " VALUES (2, 'Northwind', 'client', 1, '" + CREATED + "', '" + CREATED + "')");
        }
    }

    private static List<String> tables(Statement statement) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
