package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.bridgework.model.team.TextConflict;

/**
 * One row of a team workbook whose free texts {@link TeamTexts} saves: its table (one {@link TeamTables} knows)
 * and which entry, and the SQL for it. The entry is {@code ""} for a worksheet's row, {@code "N"} for a list
 * entry at position N, {@code "C/N"} for participant N of conversation C, as the history names them.
 */
record TextRow(String table, String entry, int[] key) {
    static TextRow of(String table, String entry) {
        if (!TeamTables.TEXT_COLUMNS.containsKey(table)) {
            throw new IllegalArgumentException(table + " holds no texts");
        }
        String[] parts = entry.isEmpty() ? new String[0] : entry.split("/");
        int expected = "conversation_participant".equals(table) ? 2 : TeamTables.hasPosition(table) ? 1 : 0;
        if (parts.length != expected || !entry.matches("(\\d+(/\\d+)?)?")) {
            throw new IllegalArgumentException("\"" + entry + "\" names no entry of " + table);
        }
        int[] key = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            key[i] = Integer.parseInt(parts[i]);
        }
        return new TextRow(table, entry, key);
    }

    private String where() {
        String where = " WHERE " + TeamTables.relationshipKey(table) + " = ?";
        return where + (key.length == 2 ? " AND conversation_position = ? AND position = ?"
                : key.length == 1 ? " AND position = ?" : "");
    }

    String select() {
        return "SELECT row_version, row_changed_by, row_changed_at, " + String.join(", ", TeamTables.TEXT_COLUMNS.get(table))
                + " FROM " + table + where();
    }

    /** Binds the relationship and the entry's positions from {@code index} on; returns the next index. */
    int bindKey(PreparedStatement statement, int index, long relationshipId) throws SQLException {
        statement.setLong(index++, relationshipId);
        for (int position : key) {
            statement.setInt(index++, position);
        }
        return index;
    }

    /** Writes {@code texts} if the row is still at {@code version}; its new version, or empty if it was not. */
    OptionalLong update(Connection connection, long relationshipId, long version, Map<String, String> texts)
            throws SQLException {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
        texts.keySet().forEach(column -> sql.append(column).append(" = ?, "));
        sql.setLength(sql.length() - 2);
        sql.append(where()).append(" AND row_version = ? RETURNING row_version");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (String text : texts.values()) {
                WellFormedText.bind(update, index++, text);
            }
            index = bindKey(update, index, relationshipId);
            update.setLong(index, version);
            try (ResultSet row = update.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Keeps the refused texts on the server beside the texts they met. */
    void keep(Connection connection, long relationshipId, List<TextConflict> conflicts) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO text_conflict (relationship_id,"
                + " table_name, column_name, row_key, base_text, their_text, refused_text, refused_by, refused_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, session_user, now())")) {
            for (TextConflict conflict : conflicts) {
                insert.setLong(1, relationshipId);
                insert.setString(2, table);
                insert.setString(3, conflict.field().substring(table.length() + 1));
                insert.setString(4, entry);
                WellFormedText.bind(insert, 5, conflict.base());
                WellFormedText.bind(insert, 6, conflict.theirs());
                WellFormedText.bind(insert, 7, conflict.mine());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    static List<TextConflict> kept(Connection connection, long relationshipId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT table_name, column_name, row_key,"
                + " base_text, their_text, refused_text FROM text_conflict WHERE relationship_id = ? ORDER BY id")) {
            select.setLong(1, relationshipId);
            try (ResultSet rows = select.executeQuery()) {
                List<TextConflict> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(new TextConflict(rows.getString("table_name") + "." + rows.getString("column_name"),
                            rows.getString("row_key"), ServerText.read(rows, "base_text"),
                            ServerText.read(rows, "their_text"), ServerText.read(rows, "refused_text"), java.util.Optional.empty()));
                }
                return result;
            }
        }
    }

    static void settle(Connection connection, long relationshipId, String field, String entry) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM text_conflict WHERE relationship_id = ?"
                + " AND table_name || '.' || column_name = ? AND row_key = ?")) {
            delete.setLong(1, relationshipId);
            delete.setString(2, field);
            delete.setString(3, entry);
            delete.executeUpdate();
        }
    }
}
