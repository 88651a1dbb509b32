package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;

/** The relationships of a workbook: the {@code relationship} table. */
public final class RelationshipRepository {
    private static final String COLUMNS =
            "id, name, organisation, contact_person, owner, kind, notes, archived, created_at, updated_at";

    private final Connection connection;
    private final Clock clock;

    RelationshipRepository(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Every relationship, archived ones included, by name. */
    public List<Relationship> findAll() {
        String sql = "SELECT " + COLUMNS + " FROM relationship ORDER BY name COLLATE NOCASE, id";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<Relationship> result = new ArrayList<>();
            while (rows.next()) {
                result.add(read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read the relationships", e);
        }
    }

    /** Stores a new relationship; returns it with its id and timestamps. */
    public Relationship create(Relationship draft) {
        return createAll(List.of(draft)).get(0);
    }

    /** Stores many new relationships in one transaction: all of them, or none. */
    public List<Relationship> createAll(List<Relationship> drafts) {
        String sql = "INSERT INTO relationship (name, organisation, contact_person, owner, kind, notes, archived,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Instant now = clock.instant();
        return Transactions.inTransaction(connection, "Could not add the relationship", () -> {
            List<Relationship> stored = new ArrayList<>(drafts.size());
            try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (Relationship draft : drafts) {
                    Relationship withTimes = new Relationship(0, draft.name(), draft.organisation(),
                            draft.contactPerson(), draft.owner(), draft.kind(), draft.notes(), draft.archived(), now, now);
                    bindEditable(insert, withTimes);
                    insert.setString(8, now.toString());
                    insert.setString(9, now.toString());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        stored.add(withTimes.withId(keys.getLong(1)));
                    }
                }
            }
            return stored;
        });
    }

    /**
     * Stores a relationship as it is, its times included (an imported one keeps when it was made and last
     * changed), inside a transaction the caller holds; returns it with its new id.
     */
    Relationship insertAsGiven(Relationship relationship) throws SQLException {
        String sql = "INSERT INTO relationship (name, organisation, contact_person, owner, kind, notes, archived,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bindEditable(insert, relationship);
            insert.setString(8, relationship.createdAt().toString());
            insert.setString(9, relationship.updatedAt().toString());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return relationship.withId(keys.getLong(1));
            }
        }
    }

    /** Every name in the table, whatever state its relationship is in: none of them may be used again. */
    List<String> allNames() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM relationship")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    /** Saves every editable field of a stored relationship; returns it with its new update time. */
    public Relationship update(Relationship relationship) {
        String sql = "UPDATE relationship SET name = ?, organisation = ?, contact_person = ?, owner = ?, kind = ?,"
                + " notes = ?, archived = ?, updated_at = ? WHERE id = ?";
        Instant now = clock.instant();
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            bindEditable(update, relationship);
            update.setString(8, now.toString());
            update.setLong(9, relationship.id());
            if (update.executeUpdate() != 1) {
                throw new StoreException("Could not save \"" + relationship.name() + "\"",
                        new SQLException("it is no longer in the workbook"));
            }
            return relationship.withUpdatedAt(now);
        } catch (SQLException e) {
            throw new StoreException("Could not save \"" + relationship.name() + "\"", e);
        }
    }

    /** Removes a relationship for good. */
    public void delete(long id) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM relationship WHERE id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not delete the relationship", e);
        }
    }

    private static void bindEditable(PreparedStatement statement, Relationship r) throws SQLException {
        statement.setString(1, r.name());
        statement.setString(2, r.organisation());
        statement.setString(3, r.contactPerson());
        statement.setString(4, r.owner());
        statement.setString(5, r.kind().name().toLowerCase(Locale.ROOT));
        statement.setString(6, r.notes());
        statement.setInt(7, r.archived() ? 1 : 0);
    }

    private static Relationship read(ResultSet row) throws SQLException {
        return new Relationship(row.getLong("id"), row.getString("name"), row.getString("organisation"),
                row.getString("contact_person"), row.getString("owner"),
                RelationshipKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                row.getString("notes"), row.getInt("archived") == 1,
                Instant.parse(row.getString("created_at")), Instant.parse(row.getString("updated_at")));
    }
}
