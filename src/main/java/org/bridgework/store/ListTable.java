package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table holding the entries of one list of a worksheet, keyed by {@code relationship_id} and
 * {@code position}, which keeps the order the user gave them (0 = first). Its statements are built once
 * from the column names, which are constants.
 */
final class ListTable {
    private final String delete;
    private final String insert;
    private final String select;

    /** {@code columns} in the order the binder binds them, after the key and position. */
    ListTable(String name, String... columns) {
        String names = String.join(", ", columns);
        this.delete = "DELETE FROM " + name + " WHERE relationship_id = ?";
        this.insert = "INSERT INTO " + name + " (relationship_id, position, " + names + ") VALUES (?, ?"
                + ", ?".repeat(columns.length) + ")";
        this.select = "SELECT position, " + names + " FROM " + name + " WHERE relationship_id = ? ORDER BY position";
    }

    /**
     * Replaces the relationship's entries with {@code values}, in one batch. Replacing rather than
     * matching old rows to new keeps saving simple; the caller's transaction makes it all or nothing.
     */
    <T> void replace(Connection connection, long relationshipId, List<T> values, Parameters.Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setLong(1, relationshipId);
            statement.executeUpdate();
        }
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (int position = 0; position < values.size(); position++) {
                binder.bind(new Parameters(statement).key(relationshipId).number(position), values.get(position));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The relationship's entries in position order; the reader may also read {@code position}. */
    <T> List<T> read(Connection connection, long relationshipId, Columns.Reader<T> reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setLong(1, relationshipId);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        }
    }
}
