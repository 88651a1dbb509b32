package org.bridgework.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Binds a statement's parameters one after another in the workbook's conventions, so the row mappers list
 * values in column order instead of counting indexes.
 */
final class Parameters {
    /** Binds one value's columns. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(Parameters parameters, T value) throws SQLException;
    }

    private final PreparedStatement statement;
    private int index;

    Parameters(PreparedStatement statement) {
        this.statement = statement;
    }

    Parameters key(long value) throws SQLException {
        statement.setLong(++index, value);
        return this;
    }

    /** A number kept exactly as given: ratings are never range-checked here. */
    Parameters number(int value) throws SQLException {
        statement.setInt(++index, value);
        return this;
    }

    Parameters number(OptionalInt value) throws SQLException {
        if (value.isPresent()) {
            return number(value.getAsInt());
        }
        statement.setNull(++index, Types.INTEGER);
        return this;
    }

    /** Text as given, except that a lone surrogate, which UTF-8 cannot hold, becomes U+FFFD ({@link WellFormedText}). */
    Parameters text(String value) throws SQLException {
        WellFormedText.bind(statement, ++index, value);
        return this;
    }

    Parameters flag(boolean value) throws SQLException {
        return number(value ? 1 : 0);
    }

    /** ISO-8601, {@code yyyy-MM-dd}. */
    Parameters date(LocalDate value) throws SQLException {
        return text(value.toString());
    }

    Parameters date(Optional<LocalDate> value) throws SQLException {
        return nullableText(value.map(LocalDate::toString));
    }

    /** An enumeration as its lower-case word, as the schema's CHECK constraints list them. */
    Parameters word(Enum<?> value) throws SQLException {
        return text(value.name().toLowerCase(Locale.ROOT));
    }

    Parameters word(Optional<? extends Enum<?>> value) throws SQLException {
        return nullableText(value.map(v -> v.name().toLowerCase(Locale.ROOT)));
    }

    /**
     * The plain decimal string, never floating point, so no cent is lost. An amount with an exponent
     * ({@code 1E+3}) is written as {@code 1000} and reads back so: the same amount, with scale 0.
     */
    Parameters amount(Optional<BigDecimal> value) throws SQLException {
        return nullableText(value.map(BigDecimal::toPlainString));
    }

    private Parameters nullableText(Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            return text(value.get());
        }
        statement.setNull(++index, Types.VARCHAR);
        return this;
    }
}
