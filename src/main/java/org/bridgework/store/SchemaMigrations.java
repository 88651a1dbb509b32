package org.bridgework.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The workbook's schema history: numbered SQL scripts, applied in order, each in one transaction that
 * also sets {@code PRAGMA user_version} to its number. Scripts are never edited once released; a change
 * is a new script.
 */
final class SchemaMigrations {
    /** In order: the script at index i brings a workbook from version i to version i + 1. */
    private static final List<String> SCRIPTS = List.of(
            "0001-relationships.sql",
            "0002-repair.sql",
            "0003-milestones.sql",
            "0004-trash.sql",
            "0005-dropped-by-agreement.sql",
            "0006-facts-and-response.sql",
            "0007-baseline-check-in.sql",
            "0008-their-reading-and-verdict.sql",
            "0009-week.sql",
            "0010-search.sql",
            "0011-who-and-when.sql",
            "0012-text-history.sql",
            "0013-permissions.sql",
            "0014-row-versions.sql",
            "0015-live-updates.sql",
            "0016-search-keys.sql");

    private SchemaMigrations() {
    }

    /** The scripts' file names, in order; a team workbook's scripts have the same names (TeamSchemaMigrations). */
    static List<String> scriptNames() {
        return SCRIPTS;
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Applies every script after {@code fromVersion}; each either applies whole or not at all. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        for (int version = fromVersion + 1; version <= latestVersion(); version++) {
            applyOne(connection, version, script(version));
        }
    }

    private static void applyOne(Connection connection, int version, String sql) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String part : statements(sql)) {
                statement.execute(part);
            }
            statement.execute("PRAGMA user_version = " + version);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static String script(int version) {
        String name = "migrations/" + SCRIPTS.get(version - 1);
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits a script at semicolons that end a line. Our scripts keep one statement per such
     * semicolon; comment lines are dropped. A trigger's body (CREATE TRIGGER … BEGIN … END;) and a
     * dollar-quoted function body ($$ … $$) hold semicolons of their own: they end at the line that closes them.
     */
    static List<String> statements(String sql) {
        StringBuilder current = new StringBuilder();
        List<String> result = new java.util.ArrayList<>();
        for (String line : sql.split("\n")) {
            String trimmed = line.strip();
            boolean blank = trimmed.startsWith("--") || trimmed.isEmpty();
            if (blank && (current.length() == 0 || !insideBody(current.toString(), ""))) {
                continue; // a body's own comments and blank lines stay in it
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";") && !insideBody(current.toString(), trimmed)) {
                result.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    /** Whether the statement so far is still inside a trigger's BEGIN … END or a $$-quoted body. */
    private static boolean insideBody(String statement, String lastLine) {
        if (statement.split("\\$\\$", -1).length % 2 == 0) {
            return true;
        }
        String upper = statement.stripLeading().toUpperCase(java.util.Locale.ROOT);
        boolean triggerBody = upper.startsWith("CREATE TRIGGER") && upper.matches("(?s).*\\bBEGIN\\b.*");
        return triggerBody && !lastLine.toUpperCase(java.util.Locale.ROOT).endsWith("END;");
    }
}
