package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.repair.Conversation;

/**
 * Who took part in each conversation: the {@code conversation_participant} table, one row per name, so a
 * name may hold any character (a newline-joined column could not tell "A\nB" from two names).
 */
final class ParticipantRows {
    private ParticipantRows() {
    }

    private static final String DELETE_ALL = "DELETE FROM conversation_participant WHERE relationship_id = ?";
    private static final String DELETE_OF = DELETE_ALL + " AND conversation_position = ?";
    private static final String INSERT = "INSERT INTO conversation_participant"
            + " (relationship_id, conversation_position, position, name) VALUES (?, ?, ?, ?)";

    /**
     * Deletes the names that the conversation changes remove or replace: all of them for a rewritten list, else
     * those of removed conversations and of updated ones whose participants changed. Run before the changes.
     */
    static void deleteFor(RepairRowsWrite write, ListChanges<Conversation> changes) throws SQLException {
        Connection connection = write.connection();
        if (changes.rewrites()) {
            try (PreparedStatement delete = connection.prepareStatement(DELETE_ALL)) {
                delete.setLong(1, write.relationshipId());
                delete.executeUpdate();
            }
            return;
        }
        List<ListChanges.Row<Conversation>> rows = new ArrayList<>(changes.deleted());
        rows.addAll(namesChanged(changes));
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_OF)) {
            for (ListChanges.Row<Conversation> row : rows) {
                new Parameters(delete).key(write.relationshipId()).number(row.position());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /**
     * Inserts the names of the conversations the changes write anew: every one of a rewritten list, else the
     * added ones and the updated ones whose participants changed. Run after the changes.
     */
    static void insertFor(RepairRowsWrite write, ListChanges<Conversation> changes) throws SQLException {
        List<ListChanges.Row<Conversation>> rows = new ArrayList<>(changes.inserted());
        if (changes.rewrites()) {
            int[] positions = changes.positionsAfter();
            for (int i = 0; i < positions.length; i++) {
                rows.add(new ListChanges.Row<>(positions[i], changes.entries().get(i), null));
            }
        } else {
            rows.addAll(namesChanged(changes));
        }
        boolean any = false;
        try (PreparedStatement insert = write.connection().prepareStatement(INSERT)) {
            for (ListChanges.Row<Conversation> row : rows) {
                List<String> names = row.entry().participants();
                for (int position = 0; position < names.size(); position++) {
                    new Parameters(insert).key(write.relationshipId()).number(row.position()).number(position)
                            .text(names.get(position));
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private static List<ListChanges.Row<Conversation>> namesChanged(ListChanges<Conversation> changes) {
        return changes.updated().stream()
                .filter(row -> !row.entry().participants().equals(row.previous().participants())).toList();
    }

    /**
     * The names by conversation position, in order; a conversation without names is absent. Given a day,
     * only the names of the conversations held on or before it.
     */
    static Map<Integer, List<String>> read(Connection connection, long relationshipId, Optional<LocalDate> through)
            throws SQLException {
        String sql = "SELECT conversation_position, name FROM conversation_participant WHERE relationship_id = ?1"
                + (through.isPresent() ? " AND " + DatedEntries.PARTICIPANT : "")
                + " ORDER BY conversation_position, position";
        try (PreparedStatement select = SqlDialect.prepareFor(connection, sql)) {
            Parameters parameters = new Parameters(select).key(relationshipId);
            if (through.isPresent()) {
                parameters.date(through.get());
            }
            try (ResultSet rows = select.executeQuery()) {
                Map<Integer, List<String>> result = new HashMap<>();
                while (rows.next()) {
                    result.computeIfAbsent(rows.getInt("conversation_position"), k -> new ArrayList<>())
                            .add(Columns.text(rows, "name"));
                }
                return result;
            }
        }
    }
}
