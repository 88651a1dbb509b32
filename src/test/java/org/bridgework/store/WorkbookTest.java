package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.bridgework.model.Relationship;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookTest {
    @TempDir
    Path folder;

    @Test
    void createsANewWorkbookWithTheLatestSchemaAndItsSettings() throws Exception {
        Path file = folder.resolve("data").resolve("workbook.db");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertEquals(file, workbook.file());
            assertTrue(workbook.relationships().findAll().isEmpty());
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            assertEquals(Workbook.latestSchemaVersion(), pragma(statement, "user_version"));
            assertEquals(WorkbookInspector.APPLICATION_ID, pragma(statement, "application_id"));
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertEquals("wal", mode.getString(1));
            }
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "the temporary file it was built in is gone");
        }
    }

    @Test
    void foreignKeysAndFullSyncAreOnForTheWorkingConnection() throws Exception {
        Path file = folder.resolve("w.db");
        Workbook.open(file, FixedClock.now()).close();
        try (Connection connection = SqliteConnections.readWrite(file); Statement statement = connection.createStatement()) {
            assertEquals(1, pragma(statement, "foreign_keys"));
            assertEquals(2, pragma(statement, "synchronous"), "2 is FULL");
            assertEquals(5000, pragma(statement, "busy_timeout"));
        }
    }

    @Test
    void newFilesAndFoldersAreForTheOwnerOnly() throws Exception {
        Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = folder.resolve("new-folder").resolve("workbook.db");
        Workbook.open(file, FixedClock.now()).close();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void reopeningKeepsWhatWasStored() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            workbook.relationships().create(Relationship.draft("Northwind Logistics", FixedClock.NOW));
        }
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertEquals(List.of("Northwind Logistics"),
                    workbook.relationships().findAll().stream().map(Relationship::name).toList());
        }
    }

    @Test
    void aBlankSqliteFileBecomesAWorkbook() throws Exception {
        Path file = folder.resolve("blank.db");
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            statement.execute("VACUUM");
        }
        assertTrue(Files.size(file) >= 0);
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertTrue(workbook.relationships().findAll().isEmpty());
        }
        assertEquals(Workbook.latestSchemaVersion(), WorkbookInspector.inspect(file).schemaVersion());
        assertFalse(WorkbookInspector.inspect(file).blank());
    }

    static int pragma(Statement statement, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
