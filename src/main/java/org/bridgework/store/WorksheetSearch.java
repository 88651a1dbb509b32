package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.search.Excerpt;
import org.bridgework.model.search.SearchPlace;
import org.bridgework.model.search.SearchWords;
import org.bridgework.model.search.WorksheetHit;

/**
 * Finds the relationships whose worksheets mention words, through the index migration 10 made
 * ({@code search_entry}, kept in step by triggers): in a workbook file an FTS5 query, on a team workbook
 * PostgreSQL's full-text search over the same entries. Only reads: looking never changes the workbook.
 * Relationships in the Trash are left out; archived ones are found (the portfolio decides whether to show them).
 */
public final class WorksheetSearch {
    /** Past this many relationships found, the rest are listed by where only, without their words. */
    static final int MOST_EXCERPTS = 500;
    /** How much of one text is read to cut its excerpt from: enough for any note, little for a pasted book. */
    static final int EXCERPT_SOURCE_LENGTH = 20_000;
    private static final String FOUND_SQLITE = "SELECT e.relationship_id, e.id, e.source, e.position, e.day"
            + " FROM search_index i JOIN search_entry e ON e.id = i.rowid JOIN relationship r ON r.id = e.relationship_id"
            + " WHERE search_index MATCH ? AND r.deleted_at IS NULL";
    private static final String FOUND_POSTGRESQL = "SELECT e.relationship_id, e.id, e.source, e.position, e.day"
            + " FROM search_entry e JOIN relationship r ON r.id = e.relationship_id"
            + " WHERE to_tsvector('simple', search_fold(e.body)) @@ to_tsquery('simple', ?) AND r.deleted_at IS NULL";
    private static final String TEXTS = "SELECT id, substr(body, 1, " + EXCERPT_SOURCE_LENGTH + ") FROM search_entry"
            + " WHERE id IN (";
    private static final int TEXTS_AT_ONCE = 100;

    private final Connection connection;

    WorksheetSearch(Connection connection) {
        this.connection = connection;
    }

    /**
     * Where the worksheets of each relationship mention every one of the words (all of them in one text), by
     * relationship id; empty when the words are too short to search the worksheets for
     * ({@link SearchWords#searchesWorksheets()}).
     */
    public Map<Long, WorksheetHit> find(SearchWords words) {
        if (!words.searchesWorksheets()) {
            return Map.of();
        }
        try {
            Map<Long, Found> found = found(words);
            Map<Long, String> texts = texts(found.values().stream().map(Found::best)
                    .sorted(Comparator.comparingLong(Entry::relationshipId)).limit(MOST_EXCERPTS)
                    .map(Entry::id).toList());
            Map<Long, WorksheetHit> hits = new LinkedHashMap<>();
            for (Found each : found.values()) {
                Entry best = each.best();
                String text = texts.get(best.id());
                Excerpt excerpt = text == null ? new Excerpt(List.of()) : Excerpt.of(text, words);
                hits.put(best.relationshipId(), new WorksheetHit(best.relationshipId(), best.place(), best.position(),
                        best.day(), excerpt, each.count()));
            }
            return hits;
        } catch (SQLException e) {
            throw new StoreException("Could not search the worksheets", e);
        }
    }

    /** One matching entry of the index. */
    private record Entry(long relationshipId, long id, SearchPlace place, int position, Optional<LocalDate> day) {
        /** Shown first: the latest dated entry, else the first in the order of the steps. */
        boolean before(Entry other) {
            if (day.isPresent() || other.day.isPresent()) {
                return day.isPresent() && (other.day.isEmpty() || day.get().isAfter(other.day.get()));
            }
            return place.compareTo(other.place) < 0 || place == other.place && position < other.position;
        }
    }

    /** The entries found of one relationship: the one to show, and how many. */
    private record Found(Entry best, int count) {
        Found with(Entry entry) {
            return new Found(entry.before(best) ? entry : best, count + 1);
        }
    }

    private Map<Long, Found> found(SearchWords words) throws SQLException {
        boolean sqlite = SqlDialect.of(connection) == SqlDialect.SQLITE;
        Map<Long, Found> found = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sqlite ? FOUND_SQLITE : FOUND_POSTGRESQL)) {
            select.setString(1, sqlite ? words.ftsQuery() : words.tsQuery());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Optional<SearchPlace> place = SearchPlace.ofSource(rows.getString(3));
                    if (place.isEmpty()) {
                        continue; // written by a later version; this one cannot say where it is
                    }
                    Entry entry = new Entry(rows.getLong(1), rows.getLong(2), place.get(), rows.getInt(4),
                            day(rows.getString(5)));
                    found.merge(entry.relationshipId(), new Found(entry, 1), (old, one) -> old.with(entry));
                }
            }
        }
        return found;
    }

    /** The start of each entry's text, by entry id. */
    private Map<Long, String> texts(List<Long> ids) throws SQLException {
        Map<Long, String> texts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += TEXTS_AT_ONCE) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + TEXTS_AT_ONCE));
            String sql = TEXTS + String.join(", ", java.util.Collections.nCopies(some.size(), "?")) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int i = 0; i < some.size(); i++) {
                    select.setLong(i + 1, some.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        texts.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        }
        return texts;
    }

    /** A stored date; a malformed one (typed into the file by hand) is shown as no date, never a failure. */
    private static Optional<LocalDate> day(String stored) {
        try {
            return stored == null ? Optional.empty() : Optional.of(Columns.isoDate(stored));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
