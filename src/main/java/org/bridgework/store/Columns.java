package org.bridgework.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads columns in the workbook's conventions. A value the app could not have written (a file edited by
 * hand) fails as a SQLException naming the column, so the caller reports it like any other read failure.
 */
final class Columns {
    /** Reads one value from the current row. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private Columns() {
    }

    /** Text as stored; a NULL put there by hand reads as empty, like a field never filled in. */
    static String text(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? "" : value;
    }

    static int number(ResultSet row, String column) throws SQLException {
        return row.getInt(column);
    }

    static OptionalInt optionalNumber(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }

    static boolean flag(ResultSet row, String column) throws SQLException {
        return row.getInt(column) == 1;
    }

    static LocalDate date(ResultSet row, String column) throws SQLException {
        return optionalDate(row, column).orElseThrow(() -> unreadable(column, null, null));
    }

    static Optional<LocalDate> optionalDate(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        try {
            return Optional.ofNullable(value).map(LocalDate::parse);
        } catch (RuntimeException e) {
            throw unreadable(column, value, e);
        }
    }

    static <E extends Enum<E>> E word(ResultSet row, String column, Class<E> type) throws SQLException {
        return optionalWord(row, column, type).orElseThrow(() -> unreadable(column, null, null));
    }

    static <E extends Enum<E>> Optional<E> optionalWord(ResultSet row, String column, Class<E> type)
            throws SQLException {
        String value = row.getString(column);
        try {
            return Optional.ofNullable(value).map(v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            throw unreadable(column, value, e);
        }
    }

    static Optional<BigDecimal> amount(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        try {
            return Optional.ofNullable(value).map(BigDecimal::new);
        } catch (RuntimeException e) {
            throw unreadable(column, value, e);
        }
    }

    private static SQLException unreadable(String column, String value, Exception cause) {
        String what = value == null ? "nothing" : "\"" + value + "\"";
        return new SQLException("column " + column + " holds " + what + ", which Bridgework cannot read", cause);
    }
}
