package org.bridgework.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * SQLite's own checks of a workbook file, independent of the app's code: {@code PRAGMA quick_check} and
 * {@code PRAGMA foreign_key_check} through sqlite-jdbc, and {@code quick_check} again through the
 * {@code sqlite3} tool when it is installed.
 */
final class WorkbookIntegrity {
    private WorkbookIntegrity() {
    }

    /** The rows {@code PRAGMA quick_check} gives: just "ok" for a sound file. */
    static List<String> quickCheck(Path file) throws SQLException {
        return rows(file, "PRAGMA quick_check");
    }

    /** Rows that break a foreign key (a list entry of a deleted relationship, say): none for a sound file. */
    static List<String> foreignKeyCheck(Path file) throws SQLException {
        return rows(file, "PRAGMA foreign_key_check");
    }

    /** What {@code sqlite3 FILE 'PRAGMA quick_check'} prints, or empty when the tool is not installed. */
    static Optional<String> quickCheckWithTool(Path file) throws IOException, InterruptedException {
        Optional<Path> tool = onPath("sqlite3");
        if (tool.isEmpty()) {
            return Optional.empty();
        }
        Process process = new ProcessBuilder(tool.get().toString(), file.toString(), "PRAGMA quick_check;")
                .redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sqlite3 took more than a minute to check " + file);
        }
        return Optional.of(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    static boolean toolInstalled() {
        return onPath("sqlite3").isPresent();
    }

    private static List<String> rows(Path file, String pragma) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(pragma)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(String.join(" ", row));
            }
            return result;
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
