package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;

/**
 * The few places where SQLite and PostgreSQL need different SQL; everything else the repositories write is
 * shared. Told apart by the connection itself, so the row mappers that only receive a connection need no
 * extra parameter.
 */
enum SqlDialect {
    SQLITE,
    POSTGRESQL;

    static SqlDialect of(Connection connection) {
        try {
            return connection.isWrapperFor(SQLiteConnection.class) ? SQLITE : POSTGRESQL;
        } catch (SQLException e) {
            return POSTGRESQL;
        }
    }

    /**
     * The order of names as the portfolio lists them: ignoring the case of ASCII letters and otherwise by the
     * bytes of the text, which is what SQLite's NOCASE does; PostgreSQL's "C" collation gives the same order,
     * so a workbook sorts alike in either store (and its export is the same file).
     */
    String byName(String column) {
        return this == SQLITE ? column + " COLLATE NOCASE"
                : "translate(" + column + ", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE \"C\"";
    }

    /**
     * Prepares a statement whose parameters may be numbered ({@code ?1}, {@code ?2}, used more than once), as
     * SQLite reads them; PostgreSQL's driver knows only plain {@code ?}, so there they are renumbered.
     */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        return this == SQLITE ? connection.prepareStatement(sql) : NumberedParameters.prepare(connection, sql);
    }

    /** {@link #prepare} for a connection whose dialect is not known to the caller. */
    static PreparedStatement prepareFor(Connection connection, String sql) throws SQLException {
        return of(connection).prepare(connection, sql);
    }
}
