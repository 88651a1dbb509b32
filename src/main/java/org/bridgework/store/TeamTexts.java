package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.bridgework.model.team.ChangeStamp;
import org.bridgework.model.team.TextConflict;

/**
 * Saving a row's free texts in a team workbook against the version it was read at (version 14):
 * {@code UPDATE … WHERE row_version = ?}. If someone saved the row in between, the save looks at what they
 * changed: texts only they changed, or only this save changes, both stand (the save is tried again against
 * the new version); a text both changed differently is a conflict, and the save is refused with both texts
 * ({@link TextConflictException}), the refused one also kept on the server until settled. No one's words are
 * written over unseen.
 */
public final class TeamTexts {
    /** Each retry means another save got in first; this many in a row means the row is too busy for now. */
    private static final int ATTEMPTS = 100;

    private final Connection connection;
    private final WorkbookWrites writes;

    TeamTexts(Connection connection, WorkbookWrites writes) {
        this.connection = connection;
        this.writes = writes;
    }

    /**
     * The row's free texts and version.
     *
     * @param entry {@code ""} for a worksheet's own row, a list entry's position, or {@code "c/p"} for a participant
     */
    public VersionedTexts read(long relationshipId, String table, String entry) {
        TextRow row = TextRow.of(table, entry);
        try {
            return current(row, relationshipId).orElseThrow(() -> new StoreException("Could not read " + table,
                    SaveProblem.OTHER, new SQLException("it is not in the workbook, or not shared with you")))
                    .texts();
        } catch (SQLException e) {
            throw new StoreException("Could not read " + table, ServerProblems.diagnose(e), e);
        }
    }

    /**
     * Saves the texts of {@code mine} that differ from {@code base}, as read; returns the row as now stored.
     *
     * @throws TextConflictException if someone changed one of the same texts differently since {@code base}
     * @throws NotPermittedException if this login may not change the relationship
     */
    public VersionedTexts save(long relationshipId, String table, String entry, VersionedTexts base,
                               Map<String, String> mine) {
        TextRow row = TextRow.of(table, entry);
        String whatFailed = "Could not save " + table;
        Map<String, String> changes = new LinkedHashMap<>();
        mine.forEach((column, text) -> {
            String checked = TeamTables.textColumn(table, column)
                    .orElseThrow(() -> new IllegalArgumentException(table + "." + column + " is not a text"));
            String value = WellFormedText.of(text);
            if (!value.equals(base.texts().get(checked))) {
                changes.put(checked, value);
            }
        });
        VersionedTexts against = base;
        for (int attempt = 0; attempt < ATTEMPTS && !changes.isEmpty(); attempt++) {
            long version = against.version();
            OptionalLong written = writes.write(whatFailed, () -> row.update(connection, relationshipId, version, changes));
            if (written.isPresent()) {
                Map<String, String> stored = new LinkedHashMap<>(against.texts());
                stored.putAll(changes);
                return new VersionedTexts(written.getAsLong(), stored);
            }
            Current now = read(row, relationshipId, whatFailed);
            if (now.texts().version() == version) {
                throw new NotPermittedException(whatFailed, relationshipId); // row security let the update find nothing
            }
            List<TextConflict> conflicts = new ArrayList<>();
            for (Map.Entry<String, String> change : List.copyOf(changes.entrySet())) {
                String theirs = now.texts().texts().get(change.getKey());
                String started = base.texts().get(change.getKey());
                if (theirs.equals(change.getValue())) {
                    changes.remove(change.getKey()); // they wrote the very same text
                } else if (!theirs.equals(started)) {
                    conflicts.add(new TextConflict(table + "." + change.getKey(), entry, started, theirs,
                            change.getValue(), now.stamp()));
                }
            }
            if (!conflicts.isEmpty()) {
                writes.write("Could not keep the text that met another", () -> {
                    row.keep(connection, relationshipId, conflicts);
                    return null;
                });
                throw new TextConflictException(conflicts, now.texts());
            }
            against = now.texts();
        }
        if (!changes.isEmpty()) {
            throw new StoreException(whatFailed, SaveProblem.LOCKED,
                    new SQLException("others saved it " + ATTEMPTS + " times while this save was tried"));
        }
        return against;
    }

    /** The texts refused because they met another, still to be settled, oldest first. */
    public List<TextConflict> unsettled(long relationshipId) {
        try {
            return TextRow.kept(connection, relationshipId);
        } catch (SQLException e) {
            throw new StoreException("Could not read the texts still to be settled", ServerProblems.diagnose(e), e);
        }
    }

    /** Marks the conflicts of one text as settled (its chosen or merged text having been saved). */
    public void settle(long relationshipId, String field, String entry) {
        writes.write("Could not mark the text as settled", () -> {
            TextRow.settle(connection, relationshipId, field, entry);
            return null;
        });
    }

    private Current read(TextRow row, long relationshipId, String whatFailed) {
        try {
            return current(row, relationshipId).orElseThrow(() -> new NotPermittedException(whatFailed, relationshipId));
        } catch (SQLException e) {
            throw new StoreException(whatFailed, ServerProblems.diagnose(e), e);
        }
    }

    private Optional<Current> current(TextRow row, long relationshipId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(row.select())) {
            row.bindKey(select, 1, relationshipId);
            try (ResultSet found = select.executeQuery()) {
                if (!found.next()) {
                    return Optional.empty();
                }
                Map<String, String> texts = new LinkedHashMap<>();
                for (String column : TeamTables.TEXT_COLUMNS.get(row.table())) {
                    texts.put(column, ServerText.read(found, column));
                }
                return Optional.of(new Current(new VersionedTexts(found.getLong("row_version"), texts),
                        TeamChangeStamps.stamp(found, "row_changed_by", "row_changed_at")));
            }
        }
    }

    private record Current(VersionedTexts texts, Optional<ChangeStamp> stamp) {
    }
}
