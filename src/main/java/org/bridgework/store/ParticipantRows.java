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

    static void deleteAll(Connection connection, long relationshipId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM conversation_participant WHERE relationship_id = ?")) {
            delete.setLong(1, relationshipId);
            delete.executeUpdate();
        }
    }

    /** Inserts the names of every conversation, numbered as the conversations were by position. */
    static void insertAll(Connection connection, long relationshipId, List<Conversation> conversations)
            throws SQLException {
        String sql = "INSERT INTO conversation_participant (relationship_id, conversation_position, position, name)"
                + " VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            boolean any = false;
            for (int conversation = 0; conversation < conversations.size(); conversation++) {
                List<String> names = conversations.get(conversation).participants();
                for (int position = 0; position < names.size(); position++) {
                    new Parameters(insert).key(relationshipId).number(conversation).number(position)
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

    /**
     * The names by conversation position, in order; a conversation without names is absent. Given a day,
     * only the names of the conversations held on or before it.
     */
    static Map<Integer, List<String>> read(Connection connection, long relationshipId, Optional<LocalDate> through)
            throws SQLException {
        String sql = "SELECT conversation_position, name FROM conversation_participant WHERE relationship_id = ?1"
                + (through.isPresent() ? " AND " + DatedEntries.PARTICIPANT : "")
                + " ORDER BY conversation_position, position";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
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
