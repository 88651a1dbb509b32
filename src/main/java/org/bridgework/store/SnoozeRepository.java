package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.week.Snooze;

/** The {@code agenda_snooze} table: This week's items put aside until a day, with the reason. */
public final class SnoozeRepository {
    private final Connection connection;
    private final WorkbookWrites writes;
    private final Clock clock;

    SnoozeRepository(Connection connection, WorkbookWrites writes, Clock clock) {
        this.connection = connection;
        this.writes = writes;
        this.clock = clock;
    }

    /** The snoozes still in force on {@code today} (of relationships in the portfolio). */
    public List<Snooze> inForce(LocalDate today) {
        String sql = "SELECT s.relationship_id, s.item_key, s.until, s.reason FROM agenda_snooze s"
                + " JOIN relationship r ON r.id = s.relationship_id WHERE r.deleted_at IS NULL AND s.until > ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, today.toString());
            List<Snooze> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new Snooze(rows.getLong(1), rows.getString(2), LocalDate.parse(rows.getString(3)),
                            rows.getString(4)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read the snoozed items", e);
        }
    }

    /** Puts an item aside; a snooze of the same item before is replaced, and ended ones are let go. */
    public void snooze(Snooze snooze) {
        writes.write("Could not snooze an item of relationship " + snooze.relationshipId(), () -> {
            // An upsert both stores read alike (SQLite 3.24 and later, PostgreSQL 9.5 and later).
            String sql = "INSERT INTO agenda_snooze (relationship_id, item_key, until, reason, snoozed_at)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (relationship_id, item_key) DO UPDATE SET"
                    + " until = excluded.until, reason = excluded.reason, snoozed_at = excluded.snoozed_at";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, snooze.relationshipId());
                insert.setString(2, snooze.key());
                insert.setString(3, snooze.until().toString());
                insert.setString(4, snooze.reason());
                insert.setString(5, clock.instant().toString());
                insert.executeUpdate();
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM agenda_snooze WHERE until <= ?")) {
                delete.setString(1, LocalDate.now(clock).toString());
                return delete.executeUpdate();
            }
        });
    }

    /** Lists the item again at once (Undo of a snooze). */
    public void wake(long relationshipId, String key) {
        writes.write("Could not wake an item of relationship " + relationshipId, () -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM agenda_snooze WHERE relationship_id = ? AND item_key = ?")) {
                delete.setLong(1, relationshipId);
                delete.setString(2, key);
                return delete.executeUpdate();
            }
        });
    }
}
