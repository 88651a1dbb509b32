package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.RelationshipNames;
import org.bridgework.model.RestoredRelationship;
import org.bridgework.model.TrashedRelationship;

/**
 * The relationships of a workbook: the {@code relationship} table. A deleted relationship goes to the Trash
 * (its {@code deleted_at} is set) and is left out of everything but the Trash's own methods, until it is
 * restored or deleted for good.
 */
public final class RelationshipRepository {
    private static final String COLUMNS =
            "id, name, organisation, contact_person, owner, kind, notes, archived, created_at, updated_at";

    /** Always to the millisecond, so the times sort as text in the order they happened. */
    private static final DateTimeFormatter DELETED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final WorkbookWrites writes;
    private final Clock clock;

    RelationshipRepository(Connection connection, WorkbookWrites writes, Clock clock) {
        this.connection = connection;
        this.writes = writes;
        this.clock = clock;
    }

    /** Every relationship of the portfolio, archived ones included, by name; not those in the Trash. */
    public List<Relationship> findAll() {
        String sql = "SELECT " + COLUMNS + " FROM relationship WHERE deleted_at IS NULL ORDER BY "
                + SqlDialect.of(connection).byName("name") + ", id";
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
        return writes.write("Could not add the relationship", () -> {
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

    /** {@link #insertAsGiven} with its id too: for a copy of a team workbook the window carries on in. */
    Relationship insertKeepingId(Relationship relationship) throws SQLException {
        String sql = "INSERT INTO relationship (name, organisation, contact_person, owner, kind, notes, archived,"
                + " created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bindEditable(insert, relationship);
            insert.setString(8, relationship.createdAt().toString());
            insert.setString(9, relationship.updatedAt().toString());
            insert.setLong(10, relationship.id());
            insert.executeUpdate();
            return relationship;
        }
    }

    /** Every name in the table, whatever state its relationship is in: none of them may be used again. */
    List<String> allNames() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM relationship")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(ServerText.read(rows, "name"));
            }
            return names;
        }
    }

    /** Saves every editable field of a stored relationship; returns it with its new update time. */
    public Relationship update(Relationship relationship) {
        String sql = "UPDATE relationship SET name = ?, organisation = ?, contact_person = ?, owner = ?, kind = ?,"
                + " notes = ?, archived = ?, updated_at = ? WHERE id = ?";
        Instant now = clock.instant();
        String whatFailed = "Could not save \"" + relationship.name() + "\"";
        return writes.write(whatFailed, () -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                bindEditable(update, relationship);
                update.setString(8, now.toString());
                update.setLong(9, relationship.id());
                if (update.executeUpdate() != 1) {
                    throw new StoreException(whatFailed, new SQLException("it is no longer in the workbook"));
                }
                return relationship.withUpdatedAt(now);
            }
        });
    }

    /**
     * Moves a relationship to the Trash, with everything recorded about it; {@link #restore} brings it back.
     *
     * @return the relationship as the Trash lists it
     */
    public TrashedRelationship moveToTrash(long id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return writes.write("Could not move the relationship to the Trash", () -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE relationship SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL")) {
                update.setString(1, DELETED_AT.format(now));
                update.setLong(2, id);
                if (update.executeUpdate() != 1) {
                    throw new SQLException("it is no longer in the portfolio");
                }
            }
            return trashed(id).orElseThrow();
        });
    }

    /** The relationships in the Trash, the most recently deleted first. */
    public List<TrashedRelationship> trash() {
        String sql = "SELECT id, name, organisation, deleted_at FROM relationship WHERE deleted_at IS NOT NULL"
                + " ORDER BY deleted_at DESC, id DESC";
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            List<TrashedRelationship> result = new ArrayList<>();
            while (rows.next()) {
                result.add(readTrashed(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("Could not read the Trash", e);
        }
    }

    /**
     * Brings relationships back from the Trash, in one transaction: all of them, or none. One whose name another
     * relationship has taken meanwhile gets a free variant of it (see {@link RelationshipNames#freeName}).
     *
     * @param variant makes variant n of a name, for example "Acme (restored)" for 1, "Acme (restored 2)" for 2
     */
    public List<RestoredRelationship> restore(Collection<Long> ids, BiFunction<String, Integer, String> variant) {
        Instant now = clock.instant();
        return writes.write("Could not restore from the Trash", () -> {
            List<String> taken = namesInPortfolio();
            List<RestoredRelationship> restored = new ArrayList<>(ids.size());
            String sql = "UPDATE relationship SET deleted_at = NULL, name = ?, updated_at = ? WHERE id = ?"
                    + " AND deleted_at IS NOT NULL";
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (long id : ids) {
                    Relationship inTrash = findInTrash(id);
                    String name = RelationshipNames.freeName(inTrash.name(), taken, variant);
                    update.setString(1, name);
                    update.setString(2, now.toString());
                    update.setLong(3, id);
                    update.executeUpdate();
                    taken.add(name);
                    restored.add(new RestoredRelationship(inTrash.withName(name).withUpdatedAt(now), inTrash.name()));
                }
            }
            return restored;
        });
    }

    /**
     * Deletes relationships in the Trash for good, with everything recorded about them, in one transaction.
     * Only relationships in the Trash are deleted: an id of one in the portfolio is ignored.
     *
     * @return how many were deleted
     */
    public int deleteForGood(Collection<Long> ids) {
        return writes.write("Could not delete from the Trash", () -> {
            // Counted before, not from the driver's update count, which may include the cascaded rows.
            int deleted = 0;
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM relationship WHERE id = ? AND deleted_at IS NOT NULL")) {
                for (long id : ids) {
                    if (trashed(id).isPresent()) {
                        delete.setLong(1, id);
                        delete.executeUpdate();
                        deleted++;
                    }
                }
            }
            return deleted;
        });
    }

    /**
     * Deletes every relationship in the Trash for good, with everything recorded about them, in one transaction.
     *
     * @return how many were deleted
     */
    public int emptyTrash() {
        return writes.write("Could not empty the Trash", () -> {
            try (Statement statement = connection.createStatement()) {
                int count;
                try (ResultSet rows = statement.executeQuery(
                        "SELECT count(*) FROM relationship WHERE deleted_at IS NOT NULL")) {
                    rows.next();
                    count = rows.getInt(1);
                }
                statement.executeUpdate("DELETE FROM relationship WHERE deleted_at IS NOT NULL");
                return count;
            }
        });
    }

    private java.util.Optional<TrashedRelationship> trashed(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, name, organisation, deleted_at FROM relationship WHERE id = ? AND deleted_at IS NOT NULL")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? java.util.Optional.of(readTrashed(row)) : java.util.Optional.empty();
            }
        }
    }

    private Relationship findInTrash(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM relationship WHERE id = ? AND deleted_at IS NOT NULL")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("relationship " + id + " is no longer in the Trash");
                }
                return read(row);
            }
        }
    }

    private List<String> namesInPortfolio() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM relationship WHERE deleted_at IS NULL")) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(ServerText.read(rows, "name"));
            }
            return names;
        }
    }

    private static void bindEditable(PreparedStatement statement, Relationship r) throws SQLException {
        WellFormedText.bind(statement, 1, r.name());
        WellFormedText.bind(statement, 2, r.organisation());
        WellFormedText.bind(statement, 3, r.contactPerson());
        WellFormedText.bind(statement, 4, r.owner());
        statement.setString(5, r.kind().name().toLowerCase(Locale.ROOT));
        WellFormedText.bind(statement, 6, r.notes());
        statement.setInt(7, r.archived() ? 1 : 0);
    }

    private static Relationship read(ResultSet row) throws SQLException {
        return new Relationship(row.getLong("id"), Columns.text(row, "name"), Columns.text(row, "organisation"),
                Columns.text(row, "contact_person"), Columns.text(row, "owner"),
                RelationshipKind.valueOf(row.getString("kind").toUpperCase(Locale.ROOT)),
                Columns.text(row, "notes"), row.getInt("archived") == 1,
                Instant.parse(row.getString("created_at")), Instant.parse(row.getString("updated_at")));
    }

    private static TrashedRelationship readTrashed(ResultSet row) throws SQLException {
        return new TrashedRelationship(row.getLong("id"), Columns.text(row, "name"), Columns.text(row, "organisation"),
                Instant.parse(row.getString("deleted_at")));
    }
}
