package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationsTest {
    @TempDir
    Path folder;

    @Test
    void everyScriptExistsAndSplitsIntoStatements() {
        for (int version = 1; version <= SchemaMigrations.latestVersion(); version++) {
            String script = SchemaMigrations.script(version);
            // A version that changes nothing in a workbook file (only a team workbook's) says why, in comments.
            boolean saysWhyItIsEmpty = !script.isBlank()
                    && script.lines().allMatch(line -> line.isBlank() || line.strip().startsWith("--"));
            assertTrue(!SchemaMigrations.statements(script).isEmpty() || saysWhyItIsEmpty, "version " + version);
        }
    }

    @Test
    void aDollarQuotedBodyStaysOneStatement() {
        String sql = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    -- not a comment line"
                + " of the script\n    PERFORM 1;\n    RETURN NULL;\nEND\n$$;\nDO $$ BEGIN PERFORM 2; END $$;\nSELECT 3;\n";
        assertEquals(List.of(
                "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    -- not a comment line of the"
                        + " script\n    PERFORM 1;\n    RETURN NULL;\nEND\n$$;",
                "DO $$ BEGIN PERFORM 2; END $$;", "SELECT 3;"), SchemaMigrations.statements(sql));
    }

    @Test
    void splitsAtLineEndingSemicolonsAndDropsComments() {
        String sql = "-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT ';');\n\nCREATE TABLE b (\n  y INTEGER\n);\n";
        assertEquals(List.of("CREATE TABLE a (x TEXT DEFAULT ';');", "CREATE TABLE b (\n  y INTEGER\n);"),
                SchemaMigrations.statements(sql));
    }

    @Test
    void aDollarQuotedBodyIsOneStatementWhateverItsLinesEndWith() {
        String sql = "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    -- kept\n\n"
                + "    NEW.x := 1;\n    RETURN NEW;\nEND\n$$;\nSELECT 1;\n";
        assertEquals(List.of("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    -- kept\n\n"
                + "    NEW.x := 1;\n    RETURN NEW;\nEND\n$$;", "SELECT 1;"), SchemaMigrations.statements(sql));
    }

    @Test
    void anOlderWorkbookIsBackedUpThenUpgraded() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            // A version-0 workbook: ours by its application id, no tables yet.
            statement.execute("PRAGMA application_id = " + WorkbookInspector.APPLICATION_ID);
        }
        Workbook.open(file, FixedClock.now()).close();

        assertEquals(SchemaMigrations.latestVersion(), WorkbookInspector.inspect(file).schemaVersion());
        try (Stream<Path> backups = Files.list(WorkbookBackups.folderOf(file))) {
            List<Path> copies = backups.toList();
            assertEquals(1, copies.size());
            assertEquals("old-before-v" + SchemaMigrations.latestVersion() + "-20261123-093000.db",
                    copies.get(0).getFileName().toString());
            try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + copies.get(0));
                 Statement statement = copy.createStatement()) {
                assertEquals(0, WorkbookTest.pragma(statement, "user_version"), "the copy is of the old version");
                assertEquals(WorkbookInspector.APPLICATION_ID, WorkbookTest.pragma(statement, "application_id"));
            }
        }
    }

    @Test
    void aFailingScriptLeavesNothingBehind() throws Exception {
        Path file = folder.resolve("w.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            // The table the first script creates already exists, so the script fails part-way.
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE marker (x)");
                statement.execute("CREATE TABLE relationship (x)");
            }
            assertThrows(SQLException.class, () -> SchemaMigrations.migrate(connection, 0));
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
                assertTrue(!rows.next(), "the unique index of the failed script was rolled back");
            }
            try (Statement statement = connection.createStatement()) {
                assertEquals(0, WorkbookTest.pragma(statement, "user_version"));
            }
        }
    }
}
