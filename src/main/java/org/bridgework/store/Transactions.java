package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work in one transaction: it all commits, or it all rolls back. */
final class Transactions {
    private Transactions() {
    }

    /** Work that may fail with a SQLException. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    static <T> T inTransaction(Connection connection, String whatFailed, SqlWork<T> work) {
        try {
            return run(connection, work);
        } catch (SQLException e) {
            throw new StoreException(whatFailed, e);
        }
    }

    /**
     * Runs {@code work} in a transaction and throws its own failure. After SQLITE_FULL or an I/O error SQLite
     * has already rolled the transaction back, so ROLLBACK (and leaving the transaction) then fail with "no
     * transaction is active"; those are kept as suppressed, never thrown in place of the real reason.
     */
    static <T> T run(Connection connection, SqlWork<T> work) throws SQLException {
        Exception failure = null;
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            failure = e;
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }
}
