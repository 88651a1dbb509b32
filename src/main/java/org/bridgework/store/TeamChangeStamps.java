package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bridgework.model.repair.RepairStep;
import org.bridgework.model.team.ChangeStamp;

/**
 * Who made and who last changed a relationship's rows in a team workbook, and when: the columns
 * {@code row_created_by/at} and {@code row_changed_by/at}, which the server's own trigger fills (version 11), so
 * they say the truth whichever program wrote the row. Rows the viewer may not read are not counted (the
 * server's row security leaves them out).
 */
public final class TeamChangeStamps {
    private final Connection connection;

    TeamChangeStamps(Connection connection) {
        this.connection = connection;
    }

    /** Who added the relationship, and when; empty for one added before version 11 or not readable. */
    public Optional<ChangeStamp> created(long relationshipId) {
        return latest("SELECT row_created_by AS who, row_created_at AS happened FROM relationship WHERE id = ?",
                relationshipId, 1, "Could not read who added relationship " + relationshipId);
    }

    /** The latest change to anything of the relationship: its own row, its repair's worksheets and lists. */
    public Optional<ChangeStamp> lastChange(long relationshipId) {
        List<String> tables = new java.util.ArrayList<>(TeamTables.CHILD_TABLES);
        tables.add(0, "relationship");
        return latestOf(tables, relationshipId, "Could not read who last changed relationship " + relationshipId);
    }

    /** The latest change to the worksheet of {@code step}, its lists included. */
    public Optional<ChangeStamp> lastChange(long relationshipId, RepairStep step) {
        return latestOf(TeamTables.BY_STEP.get(step), relationshipId,
                "Could not read who last changed step " + step.number() + " of relationship " + relationshipId);
    }

    private Optional<ChangeStamp> latestOf(List<String> tables, long relationshipId, String whatFailed) {
        String union = tables.stream()
                .map(t -> "SELECT row_changed_by AS who, row_changed_at AS happened FROM " + t + " WHERE "
                        + TeamTables.relationshipKey(t) + " = ?")
                .collect(Collectors.joining(" UNION ALL "));
        return latest("SELECT who, happened FROM (" + union + ") AS changes WHERE happened IS NOT NULL"
                + " ORDER BY happened DESC LIMIT 1", relationshipId, tables.size(), whatFailed);
    }

    private Optional<ChangeStamp> latest(String sql, long relationshipId, int parameters, String whatFailed) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                select.setLong(i, relationshipId);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? stamp(row, "who", "happened") : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(whatFailed, ServerProblems.diagnose(e), e);
        }
    }

    /** The stamp in the row's two columns; empty if either is NULL (a row from before version 11). */
    static Optional<ChangeStamp> stamp(ResultSet row, String byColumn, String atColumn) throws SQLException {
        String by = row.getString(byColumn);
        OffsetDateTime at = row.getObject(atColumn, OffsetDateTime.class);
        return by == null || at == null ? Optional.empty() : Optional.of(new ChangeStamp(by, at.toInstant()));
    }
}
