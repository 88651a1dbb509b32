package org.bridgework.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Opens SQLite connections with the settings a workbook needs. */
final class SqliteConnections {
    /** How long to wait for a lock held by another connection before giving up. */
    private static final int BUSY_TIMEOUT_MS = 5000;

    private SqliteConnections() {
    }

    /**
     * For reading a file that must not change: no writes, and no file created beside it. Without a
     * write-ahead log beside it the file is opened as immutable, so SQLite does not even create its
     * shared-memory and log files; with one, the log holds committed data and must be read.
     */
    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        boolean hasLog = Files.exists(Path.of(file.toAbsolutePath() + "-wal"));
        String url = hasLog ? url(file) : "jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?immutable=1";
        return config.createConnection(url);
    }

    /**
     * For looking at a workbook another process may be writing: read-only, but never immutable, so every read
     * sees what the other has committed (through the write-ahead log and its shared-memory index, which SQLite
     * creates beside the file if they are not there yet).
     */
    static Connection viewing(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return config.createConnection(url(file));
    }

    /** For working in a workbook: foreign keys enforced, write-ahead log, full sync on commit. */
    static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return config.createConnection(url(file));
    }

    /** For a file Bridgework is creating itself. */
    static Connection create(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config.createConnection(url(file));
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }
}
