package org.bridgework.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Decides, without changing a byte, whether an existing file is a workbook this version can open. */
public final class WorkbookInspector {
    /** Written into every workbook's header ({@code PRAGMA application_id}): "BRDW". */
    static final int APPLICATION_ID = 0x42524457;

    private WorkbookInspector() {
    }

    /**
     * Inspects an existing file.
     *
     * @throws WorkbookException naming the problem if the file must not be opened
     */
    public static WorkbookInspection inspect(Path file) throws WorkbookException {
        return inspect(file, !OpenInThisProcess.isOpen(file), true);
    }

    /** See {@link WorkbookFileCheck#check(Path, boolean, boolean)}. */
    static WorkbookInspection inspect(Path file, boolean readHeader, boolean requireWritable) throws WorkbookException {
        WorkbookFileCheck.check(file, readHeader, requireWritable);
        try (Connection connection = SqliteConnections.readOnly(file);
             Statement statement = connection.createStatement()) {
            List<String> problems = quickCheck(statement);
            if (!problems.isEmpty()) {
                throw new WorkbookException(file, WorkbookProblem.CORRUPT, String.join("; ", problems));
            }
            int applicationId = intPragma(statement, "application_id");
            int version = intPragma(statement, "user_version");
            boolean blank = applicationId == 0 && version == 0 && schemaIsEmpty(statement);
            if (!blank && applicationId != APPLICATION_ID) {
                throw new WorkbookException(file, WorkbookProblem.FOREIGN_DATABASE, "");
            }
            if (version > SchemaMigrations.latestVersion()) {
                throw new WorkbookException(file, WorkbookProblem.NEWER_VERSION,
                        "format " + version + ", this version reads up to " + SchemaMigrations.latestVersion());
            }
            return new WorkbookInspection(version, blank);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Maps SQLite's failure to one the user can act on. */
    static WorkbookException translate(Path file, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        WorkbookProblem problem = code == null ? WorkbookProblem.UNREADABLE : switch (code) {
            case SQLITE_CORRUPT, SQLITE_CORRUPT_INDEX, SQLITE_CORRUPT_SEQUENCE, SQLITE_CORRUPT_VTAB -> WorkbookProblem.CORRUPT;
            case SQLITE_NOTADB -> WorkbookProblem.NOT_SQLITE;
            case SQLITE_BUSY, SQLITE_LOCKED, SQLITE_BUSY_RECOVERY, SQLITE_BUSY_SNAPSHOT -> WorkbookProblem.LOCKED;
            case SQLITE_READONLY, SQLITE_READONLY_DIRECTORY, SQLITE_READONLY_ROLLBACK -> WorkbookProblem.READ_ONLY;
            default -> WorkbookProblem.UNREADABLE;
        };
        return new WorkbookException(file, problem, e.getMessage(), e);
    }

    private static List<String> quickCheck(Statement statement) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            while (rows.next()) {
                String row = rows.getString(1);
                if (!"ok".equals(row)) {
                    problems.add(row);
                }
            }
        }
        return problems;
    }

    private static int intPragma(Statement statement, String pragma) throws SQLException {
        try (ResultSet rows = statement.executeQuery("PRAGMA " + pragma)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static boolean schemaIsEmpty(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.next() && rows.getInt(1) == 0;
        }
    }
}
