package org.bridgework.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalInt;

/**
 * A team workbook's schema history: the scripts in {@code postgresql/}, named and numbered like the workbook
 * file's ({@link SchemaMigrations#scriptNames()}), so a new version is one more script in each folder. Each is
 * applied in one transaction that also records its number in the {@code bridgework_schema} table. Two
 * Bridgeworks opening an older team workbook at once take turns (an advisory lock), and the second finds the work
 * done.
 */
final class TeamSchemaMigrations {
    /** The one row of this table says which application's tables these are and at which version. */
    static final String VERSION_TABLE = "bridgework_schema";
    /** Any fixed number: the advisory lock that lets one Bridgework at a time change a team workbook's schema. */
    private static final long MIGRATION_LOCK = 0x6272_6964_6765L;

    private TeamSchemaMigrations() {
    }

    static int latestVersion() {
        return SchemaMigrations.latestVersion();
    }

    /** The version of the workbook in {@code schema}; empty if the schema has no Bridgework tables. */
    static OptionalInt version(Connection connection, String schema) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
            exists.setString(1, schema);
            exists.setString(2, VERSION_TABLE);
            try (ResultSet row = exists.executeQuery()) {
                if (!row.next()) {
                    return OptionalInt.empty();
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version FROM " + schema + "." + VERSION_TABLE)) {
            return row.next() ? OptionalInt.of(row.getInt(1)) : OptionalInt.of(0);
        }
    }

    /** True if {@code schema} exists and holds any table or other object. */
    static boolean schemaHoldsAnything(Connection connection, String schema) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? LIMIT 1")) {
            select.setString(1, schema);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Creates the schema (if it is not there) and its version table at version 0, in one transaction. */
    static void create(Connection connection, String schema) throws SQLException {
        Transactions.run(connection, () -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
                statement.execute("CREATE TABLE " + schema + "." + VERSION_TABLE + " (application TEXT NOT NULL"
                        + " CHECK (application = 'bridgework'), version INTEGER NOT NULL)");
                statement.execute("INSERT INTO " + schema + "." + VERSION_TABLE + " VALUES ('bridgework', 0)");
            }
            return null;
        });
    }

    /** Brings the workbook in {@code schema} to the latest version, one script per transaction. */
    static void migrate(Connection connection, String schema) throws SQLException {
        for (int version = 1; version <= latestVersion(); version++) {
            int target = version;
            Transactions.run(connection, () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                    statement.execute("SET LOCAL search_path TO " + schema);
                    if (version(connection, schema).orElse(0) >= target) {
                        return null; // applied already, perhaps by another Bridgework meanwhile
                    }
                    for (String part : SchemaMigrations.statements(script(target))) {
                        statement.execute(part);
                    }
                    statement.executeUpdate("UPDATE " + VERSION_TABLE + " SET version = " + target);
                }
                return null;
            });
        }
    }

    static String script(int version) {
        String name = "postgresql/" + SchemaMigrations.scriptNames().get(version - 1);
        try (InputStream in = TeamSchemaMigrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
