package org.bridgework.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.sqlite.SQLiteConnection;

/**
 * Counts the rows of the workbook's own tables a connection inserts, updates or deletes, as SQLite reports each
 * (its update hook), leaving out the worksheet search index: {@code search_entry} and the FTS5 index's tables are
 * derived from the worksheet rows by triggers, one entry per changed row, so counting them would count every
 * changed row again under another name. Tests count the rows a save writes with it ("a save writes only what
 * changed"); the index's own share is checked apart, by WorksheetIndexStepTest.
 */
final class WorksheetRowCount {
    private static final String INDEX_TABLES = "search_";
    private final AtomicLong rows = new AtomicLong();

    private WorksheetRowCount() {
    }

    /** Starts counting the changes {@code connection} makes from now on. */
    static WorksheetRowCount on(Connection connection) {
        WorksheetRowCount count = new WorksheetRowCount();
        try {
            connection.unwrap(SQLiteConnection.class).addUpdateListener((type, database, table, rowId) -> {
                if (!table.startsWith(INDEX_TABLES)) {
                    count.rows.incrementAndGet();
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Could not count the rows written", e);
        }
        return count;
    }

    long rows() {
        return rows.get();
    }
}
