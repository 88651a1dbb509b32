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
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(whatFailed, e);
        }
    }
}
