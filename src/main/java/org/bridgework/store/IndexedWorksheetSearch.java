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
    private static final String FOUND = "WITH f AS MATERIALIZED (SELECT rowid >> 32 AS relationship_id, count(*) AS n,"
            + " max(rowid) AS last FROM search_index WHERE search_index MATCH ? GROUP BY rowid >> 32)"
            + " SELECT f.relationship_id, r.name, f.n, f.last FROM f JOIN relationship r ON r.id = f.relationship_id"
            + " WHERE r.deleted_at IS NULL";
    /** The matching entry of one relationship to show: the latest dated (as the team workbook's search). */
    private static final String SHOWN = "SELECT e.id, e.source, e.position, e.day FROM search_index i"
            + " JOIN search_source_code c ON c.code = (i.rowid >> 24) & 255"
            + " JOIN search_entry e ON e.relationship_id = i.rowid >> 32 AND e.source = c.source"
            + " AND e.position = i.rowid & 16777215"
            + " WHERE search_index MATCH ? AND i.rowid BETWEEN ? AND ?"
            + " ORDER BY coalesce(e.day, '') DESC, e.id LIMIT 1";
    private static final String CODES = "SELECT code, source FROM search_source_code";

    private final Connection connection;

    IndexedWorksheetSearch(Connection connection) {
        this.connection = connection;
    }

    /** Every relationship found, with the place its key says (no entry id, no date yet: see {@link #shown}). */
    List<WorksheetSearch.Found> found(String ftsQuery) throws SQLException {
        Map<Integer, SearchPlace> places = places();
        List<WorksheetSearch.Found> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(FOUND)) {
            select.setString(1, ftsQuery);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long last = rows.getLong(4);
                    SearchPlace place = places.get((int) (last >> 24) & 255);
                    if (place != null) { // else written by a later version: this one cannot say where it is
                        found.add(new WorksheetSearch.Found(rows.getLong(1), rows.getString(2), rows.getInt(3), -1,
                                place, (int) (last & 0xFFFFFF), Optional.empty()));
                    }
                }
            }
        }
        return found;
    }

    /** {@code some} found, each with its latest dated matching entry in place of the one its key gave. */
    List<WorksheetSearch.Found> shown(String ftsQuery, List<WorksheetSearch.Found> some) throws SQLException {
        List<WorksheetSearch.Found> shown = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SHOWN)) {
            for (WorksheetSearch.Found each : some) {
                select.setString(1, ftsQuery);
                select.setLong(2, each.relationshipId() << 32);
                select.setLong(3, (each.relationshipId() << 32) | 0xFFFFFFFFL);
                try (ResultSet rows = select.executeQuery()) {
                    Optional<SearchPlace> place = rows.next() ? SearchPlace.ofSource(rows.getString(2)) : Optional.empty();
                    shown.add(place.isEmpty() ? each : new WorksheetSearch.Found(each.relationshipId(), each.name(),
                            each.count(), rows.getLong(1), place.get(), rows.getInt(3),
                            WorksheetSearch.day(rows.getString(4))));
                }
            }
        }
        return shown;
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
