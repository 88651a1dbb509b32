package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bridgework.fields.Sheet;
import org.bridgework.fields.Values;

/**
 * A table holding at most one row per relationship, keyed by {@code relationship_id}: a worksheet's
 * single-valued fields. Its statements are built once from the column names, which are constants.
 */
final class SheetTable {
    private final String upsert;
    private final String select;

    /** The table of the fields {@code sheet} keeps in its row ({@link SheetColumns}). */
    SheetTable(String name, Sheet<?> sheet) {
        this(name, SheetColumns.names(sheet));
    }

    /** {@code columns} in the order the binder binds them, after the key. */
    SheetTable(String name, String... columns) {
        List<String> list = List.of(columns);
        String names = String.join(", ", list);
        this.upsert = "INSERT INTO " + name + " (relationship_id, " + names + ") VALUES (?"
                + ", ?".repeat(list.size()) + ") ON CONFLICT (relationship_id) DO UPDATE SET "
                + list.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        this.select = "SELECT " + names + " FROM " + name + " WHERE relationship_id = ?";
    }

    /** Inserts the relationship's row, or updates it in place if it exists. */
    <T> void write(Connection connection, long relationshipId, T value, Parameters.Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(upsert)) {
            Parameters parameters = new Parameters(statement).key(relationshipId);
            binder.bind(parameters, value);
            statement.executeUpdate();
        }
    }

    /**
     * The record in the relationship's row, or its blank fields if it has none; {@code given} holds the fields
     * that are not in the row.
     */
    <S> S read(Connection connection, long relationshipId, Sheet<S> sheet, Values given) throws SQLException {
        return read(connection, relationshipId, row -> SheetColumns.read(row, sheet, given))
                .orElseGet(() -> SheetColumns.absent(sheet, given));
    }

    /** The relationship's row; empty if it has none. */
    <T> Optional<T> read(Connection connection, long relationshipId, Columns.Reader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setLong(1, relationshipId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
            }
        }
    }
}
