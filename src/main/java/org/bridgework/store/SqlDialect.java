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

    /** The characters Java's {@code String.isBlank} counts as white space that a text box can hold. */
    private static final int[] WHITE_SPACE = {9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 5760, 8192, 8193, 8194, 8195,
        8196, 8197, 8198, 8200, 8201, 8202, 8232, 8233, 8287, 12288};

    /** A condition true when {@code column} holds text that is not blank as {@code String.isBlank} reads it. */
    String notBlank(String column) {
        String chars = java.util.Arrays.stream(WHITE_SPACE)
                .mapToObj(code -> (this == SQLITE ? "char(" : "chr(") + code + ")")
                .collect(java.util.stream.Collectors.joining(" || "));
        return (this == SQLITE ? "trim(" : "btrim(") + column + ", " + chars + ") <> ''";
    }

    /** {@link #prepare} for a connection whose dialect is not known to the caller. */
    static PreparedStatement prepareFor(Connection connection, String sql) throws SQLException {
        return of(connection).prepare(connection, sql);
    }
}
