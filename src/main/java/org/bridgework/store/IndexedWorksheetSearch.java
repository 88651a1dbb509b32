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
     * The numbers of the matching texts, in the index's order, as one text ("4294967297,4294967298,…"): one row
     * instead of tens of thousands, each of which costs a round of calls through the driver (docs/benchmarks.md).
     * Counted per relationship in Java, not by GROUP BY: SQLite would sort numbers that arrive in order already.
     */
    private static final String MATCHES = "SELECT group_concat(rowid) FROM search_index WHERE search_index MATCH ?";
    /** The relationships not in the Trash: SQLite reads them from the partial index on their names, not the rows. */
    private static final String NAMES = "SELECT id, name FROM relationship WHERE deleted_at IS NULL";
    /**
     * Whether the workbook may have changed since the names were read: the rows this connection changed, and the
     * number SQLite changes when another connection (another process included) commits.
     */
    private static final String CHANGES = "SELECT total_changes()";
    private static final String OTHERS_CHANGES = "PRAGMA data_version";
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
    /**
     * What {@link #matched} answers, and the workbook's version then: the same words asked again before any write
     * (the excerpts of rows scrolled into view, a search typed again) are not matched again.
     */
    private String matchedQuery;
    private Version matchedAt;
    /**
     * The relationships not in the Trash by name, kept between searches while nothing is written (reading 10,000
     * names cost a search more than its own match of a rare word); {@link #idOrder} lists them by id.
     */
    private long[] namedIds = new long[0];
    private String[] names = new String[0];
    private int[] idOrder = new int[0];
    private Version namesAt;

    /** The workbook as of a read: the rows this connection has changed, and SQLite's count of others' commits. */
    private record Version(long ours, long others) {
    }

    IndexedWorksheetSearch(Connection connection) {
        this.connection = connection;
    }

    /**
     * Every relationship found, by name (as {@link WorksheetSearch} shows them), with the place its key says (no entry
     * id, no date yet: see {@link #shown}).
     */
    List<WorksheetSearch.Found> found(String ftsQuery) throws SQLException {
        Version now = new Version(single(CHANGES), single(OTHERS_CHANGES));
        if (!now.equals(matchedAt) || !ftsQuery.equals(matchedQuery)) {
            read(matchingNumbers(ftsQuery));
            matchedQuery = ftsQuery;
            matchedAt = now;
        }
        // Each relationship's run of numbers: its id, how many texts match, the highest number (its place).
        long[] ids = new long[Math.min(matchedCount, 1024)];
        int[] counts = new int[ids.length];
        long[] highest = new long[ids.length];
        int runs = 0;
        for (int i = 0; i < matchedCount; i++) {
            long key = matched[i];
            if (runs == 0 || key >> 32 != ids[runs - 1]) {
                if (runs == ids.length) {
                    ids = java.util.Arrays.copyOf(ids, runs * 2);
                    counts = java.util.Arrays.copyOf(counts, runs * 2);
                    highest = java.util.Arrays.copyOf(highest, runs * 2);
                }
                ids[runs++] = key >> 32;
            }
            counts[runs - 1]++;
            highest[runs - 1] = key; // in order: the last is the highest
        }
        readNamesIfChanged(now);
        // Both by id: one pass pairs each name with its run, if it has one.
        int[] runOfName = new int[namedIds.length];
        java.util.Arrays.fill(runOfName, -1);
        for (int next = 0, run = 0; next < idOrder.length && run < runs; next++) {
            long id = namedIds[idOrder[next]];
            while (run < runs && ids[run] < id) {
                run++;
            }
            if (run < runs && ids[run] == id) {
                runOfName[idOrder[next]] = run;
            }
        }
        Map<Integer, SearchPlace> places = places();
        List<WorksheetSearch.Found> found = new ArrayList<>(runs);
        for (int i = 0; i < namedIds.length; i++) {
            int run = runOfName[i];
            SearchPlace place = run < 0 ? null : places.get((int) (highest[run] >> 24) & 255);
            if (place != null) { // else not found, or written by a later version: this one cannot say where
                found.add(new WorksheetSearch.Found(namedIds[i], names[i], counts[run], -1, place,
                        (int) (highest[run] & 0xFFFFFF), Optional.empty()));
            }
        }
        return found;
    }

    /** Reads the comma-separated numbers into {@link #matched}, in order. */
    private void read(byte[] numbers) {
        matchedCount = 0;
        boolean inOrder = true;
        for (int at = 0, end = numbers.length; at < end; at++) {
            long key = 0;
            for (byte digit; at < end && (digit = numbers[at]) != ','; at++) {
                key = key * 10 + (digit - '0');
            }
            if (matchedCount == matched.length) {
                matched = java.util.Arrays.copyOf(matched, Math.max(1024, matched.length * 2));
            }
            inOrder &= matchedCount == 0 || key > matched[matchedCount - 1];
            matched[matchedCount++] = key;
        }
        // FTS5 gives them in order; SQLite does not promise group_concat keeps it, and the runs rely on it.
        if (!inOrder) {
            java.util.Arrays.sort(matched, 0, matchedCount);
        }
    }

    /**
     * The numbers of the texts that match, comma-separated in the index's order, as the text's bytes (ASCII digits
     * and commas: read as bytes, they are not decoded into a Java string first); empty when none match.
     */
    private byte[] matchingNumbers(String ftsQuery) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(MATCHES)) {
            select.setString(1, ftsQuery);
            try (ResultSet rows = select.executeQuery()) {
                byte[] numbers = rows.next() ? rows.getBytes(1) : null;
                return numbers == null ? new byte[0] : numbers;
            }
        }
    }

    private void readNamesIfChanged(Version now) throws SQLException {
        if (now.equals(namesAt)) {
            return;
        }
        List<Map.Entry<Long, String>> read = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(NAMES); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                read.add(Map.entry(rows.getLong(1), rows.getString(2)));
            }
        }
        // In the order the search shows them in, so what is found is in that order already and sorts in one pass.
        read.sort(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER));
        namedIds = read.stream().mapToLong(Map.Entry::getKey).toArray();
        names = read.stream().map(Map.Entry::getValue).toArray(String[]::new);
        idOrder = java.util.stream.IntStream.range(0, namedIds.length).boxed()
                .sorted(java.util.Comparator.comparingLong(i -> namedIds[i])).mapToInt(Integer::intValue).toArray();
        namesAt = now;
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
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
        for (long id : byId.keySet()) {
            // The numbers are in order, relationship first: each one's run is found by halving, not by a scan.
            for (int i = firstOf(id); i < matchedCount && matched[i] >> 32 == id; i++) {
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

    /** Where the numbers of relationship {@code id} begin among those matched (or where they would). */
    private int firstOf(long id) {
        int from = java.util.Arrays.binarySearch(matched, 0, matchedCount, id << 32);
        return from >= 0 ? from : -from - 1;
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
