package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.bridgework.testing.FixedClock;
import org.bridgework.testing.PostgresServer;
import org.junit.jupiter.api.Test;

/** A team workbook's schema: one script per version, like the file's; a foreign or newer schema left alone. */
class TeamSchemaMigrationsTest {
    @Test
    void everyVersionOfTheWorkbookFileHasItsScriptForTheServer() {
        for (int version = 1; version <= SchemaMigrations.latestVersion(); version++) {
            assertFalse(TeamSchemaMigrations.script(version).isBlank(), "postgresql/ script of version " + version);
        }
    }

    @Test
    void aSchemaOfAnotherProgramIsRefusedUntouched() throws Exception {
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        PostgresServer.shared().execute("CREATE SCHEMA " + address.schema() + "; CREATE TABLE " + address.schema()
                + ".invoices (id INTEGER)");
        WorkbookException refused = assertThrows(WorkbookException.class,
                () -> TeamWorkbook.open(address, null, FixedClock.now()));
        assertEquals(WorkbookProblem.FOREIGN_SCHEMA, refused.problem());
        assertEquals(WorkbookProblem.CANNOT_CREATE, assertThrows(WorkbookException.class,
                () -> TeamWorkbook.create(address, null, FixedClock.now())).problem());
        try (Connection connection = PostgresServer.shared().connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM information_schema.tables"
                     + " WHERE table_schema = '" + address.schema() + "'")) {
            rows.next();
            assertEquals(1, rows.getInt(1), "nothing added");
        }
    }

    @Test
    void anOlderTeamWorkbookIsUpgradedStepByStepOnOpen() throws Exception {
        TeamAddress address = PostgresServer.shared().freshWorkbookAddress();
        try (Connection connection = PostgresServer.shared().connect()) {
            TeamSchemaMigrations.create(connection, address.schema());
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO " + address.schema());
                for (int version = 1; version <= 4; version++) {
                    for (String part : SchemaMigrations.statements(TeamSchemaMigrations.script(version))) {
                        statement.execute(part);
                    }
                }
                statement.execute("UPDATE bridgework_schema SET version = 4");
            }
        }
        try (TeamWorkbook workbook = TeamWorkbook.open(address, null, FixedClock.now())) {
            assertTrue(workbook.relationships().findAll().isEmpty());
        }
        assertEquals(SchemaMigrations.latestVersion(), TeamWorkbook.inspect(address, null));
    }
}
