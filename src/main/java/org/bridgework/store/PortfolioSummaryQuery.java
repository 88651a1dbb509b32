package org.bridgework.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.repair.SilenceClock;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.TrustCheckIn;
import org.bridgework.model.repair.TrustRatings;
import org.bridgework.model.timeline.PortfolioSummary;

/**
 * Reads, in four queries for the whole workbook, what the portfolio shows of every repair: the commitments'
 * due dates and statuses, the trust check-ins and the inputs of the silence clock, summarised by
 * {@link PortfolioSummary}.
 */
public final class PortfolioSummaryQuery {
    private final Connection connection;

    PortfolioSummaryQuery(Connection connection) {
        this.connection = connection;
    }

    /** The summary of every relationship of the portfolio (not in the Trash) that has commitments or check-ins. */
    public Map<Long, PortfolioSummary> summaries(LocalDate today) {
        Map<Long, List<Commitment>> commitments = new HashMap<>();
        Map<Long, List<TrustCheckIn>> checkIns = new HashMap<>();
        Map<Long, LocalDate> firstIncidents = new HashMap<>();
        Map<Long, List<LocalDate>> words = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT c.relationship_id, c.what, c.due_on, c.status FROM commitment c"
                            + " JOIN relationship r ON r.id = c.relationship_id WHERE r.deleted_at IS NULL"
                            + " ORDER BY c.relationship_id, c.position")) {
                while (rows.next()) {
                    String due = rows.getString(3);
                    Commitment c = new Commitment(ServerText.read(rows, "what"), "", Optional.ofNullable(due).map(LocalDate::parse), "",
                            CommitmentStatus.valueOf(rows.getString(4).toUpperCase(Locale.ROOT)), Optional.empty(), "",
                            false, Optional.empty());
                    commitments.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(c);
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT t.relationship_id, t.taken_on, t.our_trust_ability,"
                    + " t.our_trust_benevolence, t.our_trust_integrity, t.their_trust_ability, t.their_trust_benevolence,"
                    + " t.their_trust_integrity FROM trust_check_in t JOIN relationship r ON r.id = t.relationship_id"
                    + " WHERE r.deleted_at IS NULL ORDER BY t.relationship_id, t.position")) {
                while (rows.next()) {
                    TrustCheckIn checkIn = new TrustCheckIn(LocalDate.parse(rows.getString(2)),
                            new TrustRatings(rows.getInt(3), rows.getInt(4), rows.getInt(5)),
                            new TrustRatings(rows.getInt(6), rows.getInt(7), rows.getInt(8)), "");
                    checkIns.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(checkIn);
                }
            }
            readSilenceInputs(statement, SqlDialect.of(connection), firstIncidents, words);
        } catch (SQLException e) {
            throw new StoreException("Could not read the summaries of the repairs", e);
        }
        Map<Long, PortfolioSummary> result = new HashMap<>();
        java.util.Set<Long> ids = new java.util.HashSet<>(commitments.keySet());
        ids.addAll(checkIns.keySet());
        ids.addAll(firstIncidents.keySet());
        for (long id : ids) {
            result.put(id, PortfolioSummary.of(commitments.getOrDefault(id, List.of()),
                    checkIns.getOrDefault(id, List.of()), SilenceClock.of(Optional.ofNullable(firstIncidents.get(id)),
                            words.getOrDefault(id, List.of()), today), today));
        }
        return result;
    }

    /**
     * The first dated incident of each repair, and the days a word to them was logged: the first response's
     * acknowledgement, the apology given, and each conversation that says something
     * ({@link SilenceClock#saysSomething}: a participant or any of its four texts not blank).
     */
    private static void readSilenceInputs(Statement statement, SqlDialect dialect, Map<Long, LocalDate> firstIncidents,
                                          Map<Long, List<LocalDate>> words) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT i.relationship_id, MIN(i.happened_on) FROM incident i"
                + " JOIN relationship r ON r.id = i.relationship_id WHERE r.deleted_at IS NULL"
                + " AND i.happened_on IS NOT NULL GROUP BY i.relationship_id")) {
            while (rows.next()) {
                firstIncidents.put(rows.getLong(1), LocalDate.parse(rows.getString(2)));
            }
        }
        String said = "c.could_have_done_differently, c.what_they_want_now, c.revealed_about_us, c.agreed_next_steps";
        try (ResultSet rows = statement.executeQuery("SELECT c.relationship_id, c.held_on FROM conversation c"
                + " JOIN relationship r ON r.id = c.relationship_id WHERE r.deleted_at IS NULL AND ("
                + String.join(" OR ", java.util.Arrays.stream(said.split(", ")).map(dialect::notBlank).toList())
                + " OR EXISTS (SELECT 1 FROM conversation_participant p WHERE p.relationship_id = c.relationship_id"
                + " AND p.conversation_position = c.position AND " + dialect.notBlank("p.name") + "))"
                + " UNION ALL SELECT a.relationship_id, a.apology_given_on FROM reconciliation a"
                + " WHERE a.apology_given_on IS NOT NULL"
                + " UNION ALL SELECT s.relationship_id, s.first_response_acknowledged_on FROM assessment s"
                + " WHERE s.first_response_acknowledged_on IS NOT NULL")) {
            while (rows.next()) {
                words.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(LocalDate.parse(rows.getString(2)));
            }
        }
    }
}
