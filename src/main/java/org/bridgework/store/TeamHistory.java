package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bridgework.model.team.TextChange;

/**
 * The history of a relationship's texts in a team workbook ({@code text_history}, written by the server's
 * triggers since version 12), and putting an earlier text back. A restore is an ordinary change of the text, so
 * the server records it in the history like any other; the server's row security decides who may read and
 * restore (a colleague who may only read gets {@link NotPermittedException}).
 */
public final class TeamHistory {
    private static final String SELECT = "SELECT id, table_name, column_name, row_key, change, old_text, new_text,"
            + " changed_by, changed_at FROM text_history";

    private final Connection connection;
    private final WorkbookWrites writes;

    TeamHistory(Connection connection, WorkbookWrites writes) {
        this.connection = connection;
        this.writes = writes;
    }

    /** Every change to the relationship's texts, the latest first. */
    public List<TextChange> of(long relationshipId) {
        try (PreparedStatement select = connection.prepareStatement(
                SELECT + " WHERE relationship_id = ? ORDER BY id DESC")) {
            select.setLong(1, relationshipId);
            try (ResultSet rows = select.executeQuery()) {
                List<TextChange> changes = new ArrayList<>();
                while (rows.next()) {
                    changes.add(change(rows));
                }
                return changes;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the history of relationship " + relationshipId,
                    ServerProblems.diagnose(e), e);
        }
    }

    /** Puts back the text as it was just before {@code change} (blank, if the change added its entry). */
    public void restoreBefore(TextChange change) {
        restore(change.id(), "COALESCE(old_text, '')");
    }

    /** Puts back the text as {@code change} left it (blank, if it removed its entry). */
    public void restoreAfter(TextChange change) {
        restore(change.id(), "COALESCE(new_text, '')");
    }

    /**
     * Copies the chosen side of the history row into the text it came from, on the server (so the text goes back
     * exactly as stored). Refused if the entry is no longer there, or if this login may not change it.
     */
    private void restore(long changeId, String side) {
        String whatFailed = "Could not put back the earlier text";
        writes.write(whatFailed, () -> {
            Target target = target(changeId).orElseThrow(() -> new StoreException(whatFailed, SaveProblem.OTHER,
                    new SQLException("that change is not in the history")));
            StringBuilder sql = new StringBuilder("UPDATE ").append(target.table()).append(" SET ")
                    .append(target.column()).append(" = (SELECT ").append(side)
                    .append(" FROM text_history WHERE id = ?) WHERE ").append(TeamTables.relationshipKey(target.table()))
                    .append(" = ?");
            String[] key = target.rowKey().isEmpty() ? new String[0] : target.rowKey().split("/");
            if (key.length == 2) {
                sql.append(" AND conversation_position = ? AND position = ?");
            } else if (key.length == 1) {
                sql.append(" AND position = ?");
            }
            try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
                update.setLong(1, changeId);
                update.setLong(2, target.relationshipId());
                for (int i = 0; i < key.length; i++) {
                    update.setInt(3 + i, Integer.parseInt(key[i]));
                }
                if (update.executeUpdate() != 1) {
                    throw NotPermittedException.orGone(connection, target.relationshipId(), whatFailed,
                            "that entry is no longer in the repair");
                }
            }
            return null;
        });
    }

    /** Where the history row's text belongs: only a known text column (the history is data, not code). */
    private Optional<Target> target(long changeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT relationship_id, table_name, column_name, row_key FROM text_history WHERE id = ?")) {
            select.setLong(1, changeId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String table = row.getString("table_name");
                String rowKey = row.getString("row_key");
                if (!rowKey.matches("(\\d+(/\\d+)?)?")) {
                    return Optional.empty();
                }
                long relationshipId = row.getLong("relationship_id");
                return TeamTables.textColumn(table, row.getString("column_name"))
                        .map(column -> new Target(relationshipId, table, column, rowKey));
            }
        }
    }

    private record Target(long relationshipId, String table, String column, String rowKey) {
    }

    static TextChange change(ResultSet row) throws SQLException {
        String before = row.getString("old_text");
        String after = row.getString("new_text");
        return new TextChange(row.getLong("id"), row.getString("table_name") + "." + row.getString("column_name"),
                row.getString("row_key"), TextChange.Kind.valueOf(row.getString("change").toUpperCase(Locale.ROOT)),
                before == null ? "" : ServerText.unescape(before), after == null ? "" : ServerText.unescape(after),
                TeamChangeStamps.stamp(row, "changed_by", "changed_at").orElseThrow());
    }
}
