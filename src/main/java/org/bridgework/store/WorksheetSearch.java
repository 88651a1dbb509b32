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
import java.util.Set;
import org.bridgework.model.search.Excerpt;
import org.bridgework.model.search.SearchPlace;
import org.bridgework.model.search.SearchWords;
import org.bridgework.model.search.WorksheetHit;

/**
 * Finds the relationships whose worksheets mention words, through the index migration 10 made
 * ({@code search_entry}, kept in step by triggers): in a workbook file an FTS5 query that reads the index alone
 * ({@link IndexedWorksheetSearch}, migration 16), on a team workbook PostgreSQL's full-text search over the same
 * entries. Only reads: looking never changes the workbook.
 * Relationships in the Trash are left out; archived ones are found (the portfolio decides whether to show them).
 */
public final class WorksheetSearch {
    /**
     * Past this many relationships found (about two screens of the portfolio), the rest (in the order of their
     * names) are listed by where only: in a workbook file the place the index names, without its date. The portfolio
     * asks for their excerpts ({@link #excerpts}) as they are scrolled into view.
     */
    static final int MOST_EXCERPTS = 50;
    /** How much of one text is read to cut its excerpt from: enough for any note, little for a pasted book. */
    static final int EXCERPT_SOURCE_LENGTH = 20_000;
    private static final String FOUND_POSTGRESQL = "SELECT DISTINCT ON (e.relationship_id) e.relationship_id, r.name,"
            + " count(*) OVER (PARTITION BY e.relationship_id), NULL, e.id, e.source, e.position, e.day"
            + " FROM search_entry e JOIN relationship r ON r.id = e.relationship_id"
            + " WHERE to_tsvector('simple', search_fold(e.body)) @@ to_tsquery('simple', ?) AND r.deleted_at IS NULL"
            + " ORDER BY e.relationship_id, e.day DESC NULLS LAST, e.id";
    private static final String TEXTS = "SELECT id, substr(body, 1, " + EXCERPT_SOURCE_LENGTH + ") FROM search_entry"
            + " WHERE id IN (";
    private static final int TEXTS_AT_ONCE = 100;
    /** The excerpt of a hit listed without the words around the match (an excerpt is immutable: one serves all). */
    private static final Excerpt NO_EXCERPT = new Excerpt(List.of());

    private final Connection connection;
    /** A workbook file's search through its index, kept between searches (it keeps the names); null until used. */
    private IndexedWorksheetSearch indexed;

    WorksheetSearch(Connection connection) {
        this.connection = connection;
    }

    /**
     * Where the worksheets of each relationship mention every one of the words (all of them in one text), by
     * relationship id; empty when the words are too short to search the worksheets for
     * ({@link SearchWords#searchesWorksheets()}).
     */
    public Map<Long, WorksheetHit> find(SearchWords words) {
        return hits(words, null);
    }

    /**
     * The hits of those of {@code relationshipIds} that {@code words} find, each with its latest dated place and the
     * words around the match: for the rows past the first {@link #MOST_EXCERPTS} once they come into view. A
     * relationship no longer found is left out.
     */
    public Map<Long, WorksheetHit> excerpts(SearchWords words, Set<Long> relationshipIds) {
        return relationshipIds.isEmpty() ? Map.of() : hits(words, relationshipIds);
    }

    /** Every hit, with the excerpts of the first {@link #MOST_EXCERPTS} by name; or only those of {@code only}. */
    private Map<Long, WorksheetHit> hits(SearchWords words, Set<Long> only) {
        if (!words.searchesWorksheets()) {
            return Map.of();
        }
        try {
            boolean team = SqlDialect.of(connection) == SqlDialect.POSTGRESQL;
            if (!team && indexed == null) {
                indexed = new IndexedWorksheetSearch(connection);
            }
            List<Found> found = team ? found(FOUND_POSTGRESQL, words.tsQuery()) : indexed.found(words.ftsQuery());
            if (only != null) {
                found = found.stream().filter(each -> only.contains(each.relationshipId())).toList();
            }
            List<Found> shown = only != null ? found : found.stream()
                    .sorted(Comparator.comparing(Found::name, String.CASE_INSENSITIVE_ORDER)).limit(MOST_EXCERPTS).toList();
            if (!team) {
                shown = indexed.shown(shown);
            }
            Map<Long, String> texts = texts(shown.stream().map(Found::entryId).toList());
            Map<Long, WorksheetHit> hits = new LinkedHashMap<>(found.size() * 4 / 3 + 1);
            for (Found each : found) {
                hits.put(each.relationshipId(), hit(each, null, words));
            }
            for (Found each : shown) {
                hits.put(each.relationshipId(), hit(each, texts.get(each.entryId()), words));
            }
            return hits;
        } catch (SQLException e) {
            throw new StoreException("Could not search the worksheets", e);
        }
    }

    private static WorksheetHit hit(Found found, String text, SearchWords words) {
        Excerpt excerpt = text == null ? NO_EXCERPT : Excerpt.of(text, words);
        return new WorksheetHit(found.relationshipId(), found.place(), found.position(), found.day(), excerpt,
                found.count());
    }

    /**
     * A relationship found: its name, how many entries match, and the entry to show (its id -1 and no date when the
     * workbook file's index named the place without reading the entry: those beyond the first MOST_EXCERPTS).
     */
    record Found(long relationshipId, String name, int count, long entryId, SearchPlace place, int position,
                 Optional<LocalDate> day) {
    }

    private List<Found> found(String sql, String query) throws SQLException {
        List<Found> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, query);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Optional<SearchPlace> place = SearchPlace.ofSource(rows.getString(6));
                    if (place.isPresent()) { // else written by a later version: this one cannot say where it is
                        found.add(new Found(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getLong(5),
                                place.get(), rows.getInt(7), day(rows.getString(8))));
                    }
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
    static Optional<LocalDate> day(String stored) {
        try {
            return stored == null ? Optional.empty() : Optional.of(Columns.isoDate(stored));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
