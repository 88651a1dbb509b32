package org.bridgework.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.search.SearchPlace;

/**
 * A workbook file's search through the worksheets, read from the FTS5 index alone (migration 16): each text's
 * number in the index is its relationship's id, the kind of text and its position
 * ({@code relationship_id * 2^32 + code * 2^24 + position}), so the relationships found, how many of their texts
 * match and one place of each come from the index without reading any entry. Only the relationships shown with
 * the words around the match have their matching entries read, to show the latest dated one.
 */
final class IndexedWorksheetSearch {
    /**
     * The numbers of the matching texts, in the index's order. Counted per relationship in Java, not by GROUP BY:
     * SQLite would sort tens of thousands of numbers that arrive in order already (docs/benchmarks.md).
     */
    private static final String MATCHES = "SELECT rowid FROM search_index WHERE search_index MATCH ?";
    /** The relationships not in the Trash: SQLite reads them from the partial index on their names, not the rows. */
    private static final String NAMES = "SELECT id, name FROM relationship WHERE deleted_at IS NULL";
    /**
     * The matching entries of the relationships shown, with their dates, to show the latest dated of each: their
     * numbers (kept from reading the index, passed as a JSON array) looked up by search_entry's unique key.
     */
    private static final String SHOWN = "SELECT e.relationship_id, e.id, e.source, e.position, e.day FROM json_each(?) m"
            + " JOIN search_source_code c ON c.code = (m.value >> 24) & 255"
            + " JOIN search_entry e ON e.relationship_id = m.value >> 32 AND e.source = c.source"
            + " AND e.position = m.value & 16777215";
    private static final String CODES = "SELECT code, source FROM search_source_code";

    private final Connection connection;
    /** The numbers of the texts the last {@link #found} matched, in the index's order; for {@link #shown}. */
    private long[] matched = new long[0];
    private int matchedCount;

    IndexedWorksheetSearch(Connection connection) {
        this.connection = connection;
    }

    /** Every relationship found, with the place its key says (no entry id, no date yet: see {@link #shown}). */
    List<WorksheetSearch.Found> found(String ftsQuery) throws SQLException {
        Map<Long, long[]> counted = new HashMap<>(); // relationship id -> {matches, highest number}
        try (PreparedStatement select = connection.prepareStatement(MATCHES)) {
            select.setString(1, ftsQuery);
            try (ResultSet rows = select.executeQuery()) {
                long relationship = -1;
                long[] current = null;
                matchedCount = 0;
                while (rows.next()) {
                    long key = rows.getLong(1);
                    if (matchedCount == matched.length) {
                        matched = java.util.Arrays.copyOf(matched, Math.max(1024, matched.length * 2));
                    }
                    matched[matchedCount++] = key;
                    if (key >> 32 != relationship) {
                        relationship = key >> 32;
                        current = counted.computeIfAbsent(relationship, id -> new long[2]);
                    }
                    current[0]++;
                    current[1] = Math.max(current[1], key);
                }
            }
        }
        Map<Integer, SearchPlace> places = places();
        List<WorksheetSearch.Found> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(NAMES); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long[] each = counted.get(rows.getLong(1));
                SearchPlace place = each == null ? null : places.get((int) (each[1] >> 24) & 255);
                if (place != null) { // else not found, or written by a later version: this one cannot say where
                    found.add(new WorksheetSearch.Found(rows.getLong(1), rows.getString(2), (int) each[0], -1, place,
                            (int) (each[1] & 0xFFFFFF), Optional.empty()));
                }
            }
        }
        return found;
    }

    /**
     * {@code some} of those the last {@link #found} found, each with its latest dated matching entry in place of
     * the one its key gave.
     */
    List<WorksheetSearch.Found> shown(List<WorksheetSearch.Found> some) throws SQLException {
        if (some.isEmpty()) {
            return some;
        }
        Map<Long, WorksheetSearch.Found> latest = new HashMap<>();
        Map<Long, String> latestDay = new HashMap<>();
        Map<Long, WorksheetSearch.Found> byId = new HashMap<>();
        some.forEach(each -> byId.put(each.relationshipId(), each));
        StringBuilder keys = new StringBuilder("[");
        for (int i = 0; i < matchedCount; i++) {
            if (byId.containsKey(matched[i] >> 32)) {
                keys.append(keys.length() == 1 ? "" : ",").append(matched[i]);
            }
        }
        try (PreparedStatement select = connection.prepareStatement(SHOWN)) {
            select.setString(1, keys.append(']').toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    String day = rows.getString(5) == null ? "" : rows.getString(5);
                    Optional<SearchPlace> place = SearchPlace.ofSource(rows.getString(3));
                    WorksheetSearch.Found found = byId.get(id);
                    String best = latestDay.get(id);
                    boolean later = best == null || day.compareTo(best) > 0
                            || day.equals(best) && rows.getLong(2) < latest.get(id).entryId();
                    if (found != null && place.isPresent() && later) {
                        latestDay.put(id, day);
                        latest.put(id, new WorksheetSearch.Found(id, found.name(), found.count(), rows.getLong(2),
                                place.get(), rows.getInt(4), WorksheetSearch.day(rows.getString(5))));
                    }
                }
            }
        }
        return some.stream().map(each -> latest.getOrDefault(each.relationshipId(), each)).toList();
    }

    private Map<Integer, SearchPlace> places() throws SQLException {
        Map<Integer, SearchPlace> places = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(CODES); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                int code = rows.getInt(1);
                SearchPlace.ofSource(rows.getString(2)).ifPresent(place -> places.put(code, place));
            }
        }
        return places;
    }
}
