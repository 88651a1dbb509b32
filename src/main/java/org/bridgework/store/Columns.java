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
        String value = ServerText.read(row, column);
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
            return value == null ? Optional.empty() : Optional.of(isoDate(value));
        } catch (RuntimeException e) {
            throw unreadable(column, value, e);
        }
    }

    /**
     * Reads the dates the workbook writes (yyyy-MM-dd) by hand: a long timeline holds tens of thousands,
     * and {@link LocalDate#parse} costs several times more. Anything else goes to {@code parse}, which
     * also rejects what is not a date.
     */
    static LocalDate isoDate(String value) {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(value);
    }

    /** The number written in ASCII digits from {@code start} to {@code end}; -1 if any is not a digit. */
    private static int digits(String value, int start, int end) {
        int result = 0;
        for (int i = start; i < end; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
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
