package org.bridgework.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.sqlite.ProgressHandler;

/**
 * Connections of their own that read an open workbook on another thread (today's backup), so that its saves never
 * wait behind them: in write-ahead-log mode a reader sees one consistent snapshot while the workbook's own
 * connection goes on committing. They are stopped and closed before the workbook closes: a reader left open would
 * keep the log beside the file, and a restore would then find the workbook still in use; and none starts once the
 * workbook is closing, so none ever reads a file that was closed or replaced.
 */
final class SnapshotReaders {
    /**
     * How many SQLite steps a reader takes between two looks at whether it must stop: well under a millisecond's
     * work, and a look costs about a microsecond.
     */
    private static final int STEPS_BETWEEN_LOOKS = 100;

    /** What a reader does with its connection. */
    interface Reading<T> {
        T read(Connection connection) throws IOException, SQLException;
    }

    private final Path file;
    private final Set<Connection> open = new HashSet<>();
    private volatile boolean closing;

    SnapshotReaders(Path file) {
        this.file = file;
    }

    /**
     * Runs {@code reading} on a new read-only connection, closed afterwards.
     *
     * @param duringRead runs on this thread every few thousand steps of the reading (for tests that hold it there)
     * @return what it read; empty if the workbook was closing before it started or while it ran (it was then
     *         stopped, and whatever it was writing is left to its own clean-up)
     */
    <T> Optional<T> read(Reading<T> reading, Runnable duringRead) throws IOException, SQLException {
        Connection connection;
        synchronized (this) {
            if (closing) {
                return Optional.empty();
            }
            connection = SqliteConnections.viewing(file);
            open.add(connection);
        }
        try {
            ProgressHandler.setHandler(connection, STEPS_BETWEEN_LOOKS, new ProgressHandler() {
                @Override
                protected int progress() {
                    duringRead.run();
                    return closing ? 1 : 0; // Not zero: SQLite stops the statement as if interrupted.
                }
            });
            return Optional.of(reading.read(connection));
        } catch (SQLException | IOException e) {
            if (closing) {
                return Optional.empty();
            }
            throw e;
        } finally {
            closeQuietly(connection);
            synchronized (this) {
                open.remove(connection);
                notifyAll();
            }
        }
    }

    /**
     * Stops every reader and waits until each has closed its connection, at most {@code limit}; no reader starts
     * afterwards. Past the limit the workbook closes all the same: a reader still open then only delays removing
     * the log, which a later open of the workbook folds back.
     */
    void closeAll(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (this) {
            closing = true;
            boolean interrupted = false;
            long left;
            while (!open.isEmpty() && (left = deadline - System.nanoTime()) > 0) {
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True once the workbook has begun to close: no reader starts, and one under way stops. */
    boolean closing() {
        return closing;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // It only read; nothing is lost if closing it reports a problem.
        }
    }
}
