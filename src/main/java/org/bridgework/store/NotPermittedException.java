package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The team workbook's server did not let this login change (or see) a relationship: it is private to its owner
 * and the colleagues it is shared with, or shared with the team for reading only. Nothing was changed.
 */
public final class NotPermittedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long relationshipId;

    public NotPermittedException(String whatFailed, long relationshipId) {
        super(whatFailed + ": you may not change this relationship; its owner can share it with you");
        this.relationshipId = relationshipId;
    }

    public long relationshipId() {
        return relationshipId;
    }

    /**
     * The reason a change of the relationship's row found nothing to change: this login may not change it (row
     * security hides it or leaves it read-only), or, if it may, the row is really gone.
     */
    static RuntimeException orGone(Connection connection, long relationshipId, String whatFailed, String gone)
            throws SQLException {
        try (PreparedStatement check = connection.prepareStatement(
                "SELECT has_table_privilege('relationship', 'UPDATE') AND bridgework_may_edit(?)")) {
            check.setLong(1, relationshipId);
            try (ResultSet row = check.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return new NotPermittedException(whatFailed, relationshipId);
                }
            }
        }
        return new StoreException(whatFailed, SaveProblem.OTHER, new SQLException(gone));
    }

    /** {@code failure} as a refusal if the server refused for want of privilege (SQLSTATE 42501); else itself. */
    static RuntimeException ifRefused(StoreException failure, String whatFailed, long relationshipId) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && TeamPermissions.INSUFFICIENT_PRIVILEGE.equals(sql.getSQLState())) {
                NotPermittedException refused = new NotPermittedException(whatFailed, relationshipId);
                refused.initCause(failure);
                return refused;
            }
        }
        return failure;
    }
}
