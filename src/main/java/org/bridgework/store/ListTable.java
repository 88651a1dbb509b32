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
 * {@code position}, which keeps the order the user gave them: entries are read in increasing position, which
 * need not start at 0 nor be consecutive (a save leaves a removed entry's gap, see {@link ListChanges}). Its
 * statements are built once from the column names, which are constants.
 */
final class ListTable {
    private final String name;
    private final String[] columns;
    private final boolean inPlace;
    private final String datedCondition;
    private final String delete;
    private final String deleteOne;
    private final String insert;
    private final String update;
    private final String select;
    /** Reads the entries dated on or before a day (parameter 2); null for a list that is not on the timeline. */
    private final String selectThrough;

    /** {@code columns} in the order the binder binds them, after the key and position. */
    ListTable(String name, String... columns) {
        this(name, columns, null, true);
    }

    private ListTable(String name, String[] columns, String datedCondition, boolean inPlace) {
        this.name = name;
        this.columns = columns.clone();
        this.inPlace = inPlace;
        this.datedCondition = datedCondition;
        String names = String.join(", ", columns);
        this.delete = "DELETE FROM " + name + " WHERE relationship_id = ?";
        this.deleteOne = delete + " AND position = ?";
        this.insert = "INSERT INTO " + name + " (relationship_id, position, " + names + ") VALUES (?, ?"
                + ", ?".repeat(columns.length) + ")";
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < columns.length; i++) {
            set.append(i == 0 ? "" : ", ").append(columns[i]).append(" = ?").append(i + 3);
        }
        this.update = "UPDATE " + name + " SET " + set + " WHERE relationship_id = ?1 AND position = ?2";
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
        return new ListTable(name, columns, condition, inPlace);
    }

    /** The same table, whose rows are never updated in place (a unique column): a changed list is rewritten. */
    ListTable rewrittenWhenChanged() {
        return new ListTable(name, columns, datedCondition, false);
    }

    /** The changes that turn the stored entries {@code before}, at {@code positions}, into {@code after}. */
    <T> ListChanges<T> changes(int[] positions, List<T> before, List<T> after) {
        return ListChanges.between(positions, before, after, inPlace);
    }

    /**
     * Writes the changes to the relationship's entries: deleted rows first, then updates, then new rows. A
     * delete or update that finds no row means the workbook is not what the changes were made against: it
     * throws {@link StaleRowsException}, and the caller rewrites the whole list.
     */
    <T> void apply(Connection connection, long relationshipId, ListChanges<T> changes, Parameters.Binder<T> binder)
            throws SQLException {
        if (changes.rewrites()) {
            replace(connection, relationshipId, changes.entries(), binder);
            return;
        }
        run(connection, deleteOne, relationshipId, changes.deleted(), (p, entry) -> { }, true);
        run(connection, update, relationshipId, changes.updated(), binder, true);
        run(connection, insert, relationshipId, changes.inserted(), binder, false);
    }

    private <T> void run(Connection connection, String sql, long relationshipId, List<ListChanges.Row<T>> rows,
                         Parameters.Binder<T> binder, boolean mustFind) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = SqlDialect.prepareFor(connection, sql)) {
            for (ListChanges.Row<T> row : rows) {
                binder.bind(new Parameters(statement).key(relationshipId).number(row.position()), row.entry());
                statement.addBatch();
            }
            for (int count : statement.executeBatch()) {
                if (mustFind && count != 1) {
                    throw new StaleRowsException(name, relationshipId);
                }
            }
        }
    }

    /**
     * Replaces the relationship's entries with {@code values}, at positions 0, 1 …, in one batch: when what is
     * stored is not known, or changes find no free position ({@link ListChanges#rewrite}).
     */
    <T> void replace(Connection connection, long relationshipId, List<T> values, Parameters.Binder<T> binder)
            throws SQLException {
        try (PreparedStatement statement = SqlDialect.prepareFor(connection, delete)) {
            statement.setLong(1, relationshipId);
            statement.executeUpdate();
        }
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = SqlDialect.prepareFor(connection, insert)) {
            for (int position = 0; position < values.size(); position++) {
                binder.bind(new Parameters(statement).key(relationshipId).number(position), values.get(position));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The relationship's entries in position order; the reader may also read {@code position}. */
    <T> List<T> read(Connection connection, long relationshipId, Columns.Reader<T> reader) throws SQLException {
        return read(connection, relationshipId, Optional.empty(), reader, null);
    }

    /** The relationship's entries in position order, their positions put in {@code found} (if not null). */
    <T> List<T> read(Connection connection, long relationshipId, Columns.Reader<T> reader, ListPositions found)
            throws SQLException {
        return read(connection, relationshipId, Optional.empty(), reader, found);
    }

    /**
     * The relationship's entries in position order, or, given a day, only those dated on or before it
     * (a table made with {@link #dated}); the reader may also read {@code position}.
     */
    <T> List<T> read(Connection connection, long relationshipId, Optional<LocalDate> through, Columns.Reader<T> reader,
                     ListPositions found) throws SQLException {
        if (through.isPresent() && selectThrough == null) {
            throw new IllegalStateException(name + " has no dates to read up to");
        }
        try (PreparedStatement statement = SqlDialect.prepareFor(connection, through.isPresent() ? selectThrough : select)) {
            Parameters parameters = new Parameters(statement).key(relationshipId);
            if (through.isPresent()) {
                parameters.date(through.get());
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                List<Integer> positions = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                    positions.add(rows.getInt("position"));
                }
                if (found != null) {
                    found.put(this, positions.stream().mapToInt(Integer::intValue).toArray());
                }
                return result;
            }
        }
    }
}
