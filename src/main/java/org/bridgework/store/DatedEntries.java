package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The entries of a repair's lists that have a place on the timeline, and what "dated on or before a day"
 * means for each: the same rules as {@code TimelineOpening.of}, in SQL. Dates are stored as
 * {@code yyyy-MM-dd}, so comparing the text compares the days; NULL compares as false, which leaves undated
 * entries out.
 */
final class DatedEntries {
    static final String INCIDENT = "happened_on <= ?2";
    static final String CONVERSATION = "held_on <= ?2";
    /** Participants of the conversations kept by {@link #CONVERSATION}. */
    static final String PARTICIPANT = "conversation_position IN (SELECT position FROM conversation"
            + " WHERE relationship_id = ?1 AND " + CONVERSATION + ")";
    /** A commitment counts on its due day and, once done, on the day it was done. */
    static final String COMMITMENT = "due_on <= ?2 OR (status = 'done' AND completed_on <= ?2)";
    static final String CHECK_IN = "taken_on <= ?2";

    /** Every date that places a list entry on the timeline, one row each. */
    private static final String DATES = "SELECT happened_on AS day FROM incident WHERE relationship_id = ?1"
            + " UNION ALL SELECT held_on FROM conversation WHERE relationship_id = ?1"
            + " UNION ALL SELECT due_on FROM commitment WHERE relationship_id = ?1"
            + " UNION ALL SELECT completed_on FROM commitment WHERE relationship_id = ?1 AND status = 'done'"
            + " UNION ALL SELECT taken_on FROM trust_check_in WHERE relationship_id = ?1";
    /** Without an order, SQLite stops as soon as it has counted far enough. */
    private static final String ANY_AT_OFFSET = "SELECT 1 FROM (" + DATES + ") AS dates WHERE day IS NOT NULL LIMIT 1 OFFSET ?2";
    private static final String NTH_DAY = "SELECT day FROM (" + DATES + ") AS dates WHERE day IS NOT NULL"
            + " ORDER BY day LIMIT 1 OFFSET ?2";

    private DatedEntries() {
    }

    /** Whether the relationship's lists hold at least {@code n} dated entries. */
    static boolean atLeast(Connection connection, long relationshipId, int n) throws SQLException {
        if (n < 1) {
            return true;
        }
        try (PreparedStatement statement = SqlDialect.prepareFor(connection, ANY_AT_OFFSET)) {
            new Parameters(statement).key(relationshipId).number(n - 1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * The day of the {@code n}th earliest dated entry of the relationship's lists (1 = the first), or empty
     * if they hold fewer. SQLite finds it without handing the other rows to Java, which is what makes it
     * cheap on a long timeline.
     */
    static Optional<LocalDate> nthDay(Connection connection, long relationshipId, int n) throws SQLException {
        if (n < 1) {
            throw new IllegalArgumentException("n counts from 1: " + n);
        }
        try (PreparedStatement statement = SqlDialect.prepareFor(connection, NTH_DAY)) {
            new Parameters(statement).key(relationshipId).number(n - 1);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(Columns.date(rows, "day")) : Optional.empty();
            }
        }
    }
}
