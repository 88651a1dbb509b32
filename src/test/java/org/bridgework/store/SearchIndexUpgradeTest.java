package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.bridgework.model.search.SearchPlace;
import org.bridgework.model.search.SearchWords;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook of version 9, written before there was a search index, opened by this one: migration 10 builds it. */
class SearchIndexUpgradeTest {
    @TempDir
    Path folder;

    @Test
    void theIndexIsBuiltFromEverythingAlreadyWritten() throws Exception {
        Path file = folder.resolve("v9.db");
        OldWorkbook.write(file, 9, (plain, writes) -> {
            try (Statement statement = plain.createStatement()) {
                statement.execute("INSERT INTO relationship (id, name, kind, notes, archived, created_at, updated_at)"
                        + " VALUES (1, 'Harbour Foods', 'client', 'Prefers the phone', 0, '2026-10-01T08:15:00Z',"
                        + " '2026-10-01T08:15:00Z')");
            }
            new RepairCaseRepository(plain, writes).save(RepairSamples.realistic(1)
                    .withDialogue(new org.bridgework.model.repair.Dialogue(java.util.List.of(WorksheetSearchTest.CARTONS))));
        });
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement();
             ResultSet tables = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE name LIKE 'search%'")) {
            tables.next();
            assertEquals(0, tables.getInt(1), "version 9 has no index");
        }
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertEquals(SearchPlace.CONVERSATION,
                    workbook.worksheetSearch().find(SearchWords.of("carton sizes")).get(1L).place());
            assertEquals(SearchPlace.NOTES, workbook.worksheetSearch().find(SearchWords.of("phone")).get(1L).place());
        }
        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            // FTS5's own check: the index holds exactly the words of search_entry's texts (it throws otherwise).
            statement.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
        }
    }

    /** A workbook opened read-only (another Bridgework edits it) is searched: looking writes nothing. */
    @Test
    void aReadOnlyWorkbookIsSearched() throws Exception {
        Path file = folder.resolve("w.db");
        long id;
        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            id = WorksheetSearchTest.harbour(workbook);
        }
        try (Workbook viewing = Workbook.openReadOnly(file)) {
            assertEquals(SearchPlace.CONVERSATION,
                    viewing.worksheetSearch().find(SearchWords.of("carton")).get(id).place());
        }
    }
}
