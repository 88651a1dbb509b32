package org.bridgework.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.team.Sharing;

/**
 * Who may read and change each relationship of a team workbook (version 13): the owner, the colleagues it is
 * shared with for editing, and the team for reading. The server's row security enforces it; this class reads
 * it and lets the owner change it. A login that may not gets {@link NotPermittedException}, and nothing changes.
 */
public final class TeamPermissions {
    /** SQLSTATE 42501: the server refused for want of privilege (row security, or the sharing trigger). */
    static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final Connection connection;
    private final WorkbookWrites writes;

    TeamPermissions(Connection connection, WorkbookWrites writes) {
        this.connection = connection;
        this.writes = writes;
    }

    /** The login this workbook is worked as: whose name the server writes on every change. */
    public String me() {
        try (PreparedStatement select = connection.prepareStatement("SELECT session_user");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new StoreException("Could not ask the server who is logged in", ServerProblems.diagnose(e), e);
        }
    }

    /**
     * Whether the server holds this login to the sharing rules: false for a superuser or a role with BYPASSRLS,
     * which see and change everything whatever the rules say (an administrator's login, not one to work as).
     */
    public boolean enforced() {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT NOT (rolsuper OR rolbypassrls) FROM pg_catalog.pg_roles WHERE rolname = session_user");
             ResultSet row = select.executeQuery()) {
            return row.next() && row.getBoolean(1);
        } catch (SQLException e) {
            throw new StoreException("Could not ask the server about this login", ServerProblems.diagnose(e), e);
        }
    }

    /** Who may see and change the relationship; empty if this login may not see it (or it is not there). */
    public Optional<Sharing> of(long relationshipId) {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT owned_by, editors, team_reads FROM relationship WHERE id = ?")) {
            select.setLong(1, relationshipId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Array editors = row.getArray("editors");
                return Optional.of(new Sharing(row.getString("owned_by"), List.of((String[]) editors.getArray()),
                        row.getInt("team_reads") == 1));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read who may see relationship " + relationshipId,
                    ServerProblems.diagnose(e), e);
        }
    }

    /** Whether this login may change the relationship. */
    public boolean mayEdit(long relationshipId) {
        try (PreparedStatement select = connection.prepareStatement("SELECT bridgework_may_edit(?)")) {
            select.setLong(1, relationshipId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read who may change relationship " + relationshipId,
                    ServerProblems.diagnose(e), e);
        }
    }

    /**
     * Shares the relationship as {@code sharing} says (its owner may name another owner: handing it over).
     * Only the owner may; anyone else gets {@link NotPermittedException}.
     */
    public void share(long relationshipId, Sharing sharing) {
        String whatFailed = "Could not share the relationship";
        try {
            writes.write(whatFailed, () -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE relationship SET owned_by = ?, editors = ?, team_reads = ? WHERE id = ?")) {
                    update.setString(1, sharing.owner());
                    update.setArray(2, connection.createArrayOf("text", sharing.editors().toArray()));
                    update.setInt(3, sharing.teamReads() ? 1 : 0);
                    update.setLong(4, relationshipId);
                    if (update.executeUpdate() != 1) {
                        throw NotPermittedException.orGone(connection, relationshipId, whatFailed,
                                "it is no longer in the workbook");
                    }
                }
                return null;
            });
        } catch (StoreException e) {
            throw NotPermittedException.ifRefused(e, whatFailed, relationshipId);
        }
    }
}
