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
import java.util.OptionalInt;
import org.bridgework.model.week.OpenCommitment;
import org.bridgework.model.week.RepairDates;

/**
 * Reads, in two queries for the whole workbook, the dates This week needs of every open repair
 * ({@link RepairDates}), without loading whole repairs. A repair is open once it was started (its worksheets
 * were saved once), while its relationship is in the portfolio (not archived, not in the Trash), it has no
 * outcome and the manager did not decide to let it go.
 */
public final class AgendaQuery {
    private static final String OPEN = "r.deleted_at IS NULL AND r.archived = 0 AND b.outcome IS NULL"
            + " AND (a.decision IS NULL OR a.decision <> 'let_go')";
    private static final String FROM = " FROM relationship r JOIN repair_case rc ON rc.relationship_id = r.id"
            + " LEFT JOIN rebuilding b ON b.relationship_id = r.id"
            + " LEFT JOIN assessment a ON a.relationship_id = r.id";
    private static final String REPAIRS = "SELECT r.id, r.name, r.created_at,"
            + " CASE WHEN a.decision = 'revisit' THEN a.revisit_on END, p.meeting_on, b.check_in_every_weeks,"
            + " (SELECT max(c.held_on) FROM conversation c WHERE c.relationship_id = r.id),"
            + " (SELECT max(t.taken_on) FROM trust_check_in t WHERE t.relationship_id = r.id AND t.baseline = 0)"
            + FROM + " LEFT JOIN preparation p ON p.relationship_id = r.id WHERE " + OPEN + " ORDER BY r.id";
    /**
     * Uses the partial index {@code commitment_open_due}: only the open commitments due by then are read, in no
     * particular order (the agenda sorts them); ordering by position here made SQLite scan every commitment.
     */
    private static final String COMMITMENTS = "SELECT c.relationship_id, c.what, c.due_on FROM commitment c"
            + " WHERE c.status IN ('planned', 'in_progress') AND c.due_on <= ?";

    private final Connection connection;

    AgendaQuery(Connection connection) {
        this.connection = connection;
    }

    /** Every open repair, with its open commitments due on or before {@code lastDay}. */
    public List<RepairDates> openRepairs(LocalDate lastDay) {
        try {
            Map<Long, List<OpenCommitment>> commitments = commitments(lastDay);
            List<RepairDates> result = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(REPAIRS); ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    int weeks = rows.getInt(6);
                    OptionalInt rhythm = rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(weeks);
                    result.add(new RepairDates(id, rows.getString(2), day(rows.getString(3)).orElseThrow(),
                            day(rows.getString(4)), day(rows.getString(5)), day(rows.getString(7)),
                            day(rows.getString(8)), rhythm, commitments.getOrDefault(id, List.of())));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read what is due this week", e);
        }
    }

    private Map<Long, List<OpenCommitment>> commitments(LocalDate lastDay) throws SQLException {
        Map<Long, List<OpenCommitment>> result = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(COMMITMENTS)) {
            select.setString(1, lastDay.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new OpenCommitment(rows.getString(2), day(rows.getString(3)).orElseThrow()));
                }
            }
        }
        return result;
    }

    /** A stored date, or the day of a stored instant ({@code created_at}: ISO-8601 in UTC). */
    private static Optional<LocalDate> day(String stored) {
        if (stored == null || stored.length() < 10) {
            return Optional.empty();
        }
        // Read by hand: the formatter's parse was a large share of reading 10,000 repairs (JFR; benchmarks.md).
        if (stored.charAt(4) == '-' && stored.charAt(7) == '-' && digits(stored)) {
            return Optional.of(LocalDate.of(Integer.parseInt(stored, 0, 4, 10), Integer.parseInt(stored, 5, 7, 10),
                    Integer.parseInt(stored, 8, 10, 10)));
        }
        return Optional.of(LocalDate.parse(stored.substring(0, 10)));
    }

    private static boolean digits(String stored) {
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (stored.charAt(i) < '0' || stored.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
