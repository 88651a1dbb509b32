package org.bridgework.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A workbook exactly as an older version wrote it, filled by today's code: the rows are written into a scratch
 * workbook of the latest version, then every column the old schema knows is copied into a workbook made by the
 * old version's scripts alone. Today's store code cannot write an old schema directly once a later script has
 * added a column, so this keeps the upgrade tests honest about the old schema without hand-written rows.
 */
final class OldWorkbook {
    /** What fills the workbook: raw SQL and the store's own classes, on a connection to the latest schema. */
    interface Fill {
        void into(Connection connection, WorkbookWrites writes) throws Exception;
    }

    private OldWorkbook() {
    }

    static void write(Path file, int version, Fill fill) throws Exception {
        // Beside the file, so it goes with the test's own temporary folder whatever happens.
        Path scratch = file.resolveSibling("latest-" + file.getFileName());
        try {
            try (Connection latest = DriverManager.getConnection("jdbc:sqlite:" + scratch)) {
                schema(latest, SchemaMigrations.latestVersion());
                fill.into(latest, new WorkbookWrites(latest, WorkbookFile.at(scratch), WriteAccess.WRITABLE));
            }
            try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = old.createStatement()) {
                schema(old, version);
                statement.execute("ATTACH DATABASE '" + scratch.toString().replace("'", "''") + "' AS latest");
                for (String table : tables(statement)) {
                    Set<String> columns = columns(statement, "main", table);
                    columns.retainAll(columns(statement, "latest", table));
                    String list = String.join(", ", columns);
                    statement.execute("INSERT INTO main." + table + " (" + list + ") SELECT " + list + " FROM latest." + table);
                }
                statement.execute("DETACH DATABASE latest");
            }
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static void schema(Connection connection, int version) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.execute("PRAGMA application_id = " + WorkbookInspector.APPLICATION_ID);
            for (int v = 1; v <= version; v++) {
                for (String sql : SchemaMigrations.statements(SchemaMigrations.script(v))) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = " + version);
        }
    }

    /** The old schema's tables in the order they were made, so a table's parents are filled before it. */
    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Set<String> columns(Statement statement, String schema, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA " + schema + ".table_info(" + table + ")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }
}
