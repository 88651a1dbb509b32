package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table holding the entries of one list of a worksheet, keyed by {@code relationship_id} and
 * {@code position}, which keeps the order the user gave them (0 = first). Its statements are built once
 * from the column names, which are constants.
 */
final class ListTable {
    private final String name;
    private final String[] columns;
    private final String delete;
    private final String insert;
    private final String select;
    /** Reads the entries dated on or before a day (parameter 2); null for a list that is not on the timeline. */
    private final String selectThrough;

    /** {@code columns} in the order the binder binds them, after the key and position. */
    ListTable(String name, String... columns) {
        this(name, columns, null);
    }

    private ListTable(String name, String[] columns, String datedCondition) {
        this.name = name;
        this.columns = columns.clone();
        String names = String.join(", ", columns);
        this.delete = "DELETE FROM " + name + " WHERE relationship_id = ?";
        this.insert = "INSERT INTO " + name + " (relationship_id, position, " + names + ") VALUES (?, ?"
                + ", ?".repeat(columns.length) + ")";
        String selectAll = "SELECT position, " + names + " FROM " + name + " WHERE relationship_id = ?1";
        this.select = selectAll + " ORDER BY position";
        this.selectThrough = datedCondition == null ? null
                : selectAll + " AND (" + datedCondition + ") ORDER BY position";
    }

    /**
     * The same table, whose entries are on the timeline: {@code condition} keeps those dated on or before
     * the day bound to {@code ?2} (see {@link DatedEntries}).
     */
    ListTable dated(String condition) {
        return new ListTable(name, columns, condition);
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
        return read(connection, relationshipId, Optional.empty(), reader);
    }

    /**
     * The relationship's entries in position order, or, given a day, only those dated on or before it
     * (a table made with {@link #dated}); the reader may also read {@code position}.
     */
    <T> List<T> read(Connection connection, long relationshipId, Optional<LocalDate> through, Columns.Reader<T> reader)
            throws SQLException {
        if (through.isPresent() && selectThrough == null) {
            throw new IllegalStateException(name + " has no dates to read up to");
        }
        try (PreparedStatement statement = connection.prepareStatement(through.isPresent() ? selectThrough : select)) {
            Parameters parameters = new Parameters(statement).key(relationshipId);
            if (through.isPresent()) {
                parameters.date(through.get());
            }
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
