package org.bridgework.ui.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.search.SearchWords;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.bridgework.ui.common.SaveState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newest search text wins, whatever order the answers would come in. */
class PortfolioSearchTest {
    @TempDir
    Path folder;

    @Test
    void aSearchOvertakenByANewerOneIsSkippedAndOnlyTheNewestIsShown() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            RelationshipItem cartons = item(workbook, "Harbour", "Cartons in the old sizes");
            RelationshipItem pallets = item(workbook, "Fjord", "Pallets arrived crushed");
            HeldRunner runner = new HeldRunner();
            PortfolioSearch search = searchOn(workbook, runner);
            List<RelationshipItem> items = List.of(cartons, pallets);

            search.search("cartons", items);
            search.search("pallets", items);
            runner.runAll();

            assertEquals(1, runner.searched, "the overtaken search did not run");
            assertNull(cartons.hitProperty().get());
            assertEquals(pallets.id(), pallets.hitProperty().get().relationshipId());
            assertEquals(1, search.foundProperty().get());

            search.search("pa", items);
            assertNull(pallets.hitProperty().get(), "two letters clear the hits at once");
            assertEquals(0, search.foundProperty().get());
        }
    }

    /** A word saved into a worksheet while a search is shown: the search runs again after the save and finds it. */
    @Test
    void aSaveRunsTheSearchShownAgain() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            RelationshipItem harbour = item(workbook, "Harbour", "Cartons in the old sizes");
            HeldRunner runner = new HeldRunner();
            PortfolioSearch search = searchOn(workbook, runner);
            List<RelationshipItem> items = List.of(harbour);
            search.search("gravel", items);
            runner.runAll();
            assertNull(harbour.hitProperty().get());

            Relationship stored = workbook.relationships().findAll().get(0);
            workbook.relationships().update(new Relationship(stored.id(), "Harbour", "", "", "",
                    RelationshipKind.CLIENT, "Gravel on the loading bay", false, stored.createdAt(), stored.updatedAt()));
            search.searchAgainAfter(SaveState.PENDING, items);
            assertEquals(0, runner.held.size(), "nothing is searched before the save is written");
            search.searchAgainAfter(SaveState.SAVED, items);
            runner.runAll();
            assertEquals(harbour.id(), harbour.hitProperty().get().relationshipId());

            search.search("ca", items);
            search.searchAgainAfter(SaveState.SAVED, items);
            assertEquals(0, runner.held.size(), "a search of the names only is not run again in the worksheets");
        }
    }

    /**
     * A save while a newer search waits runs that newer search again, never the one shown before it: typing in the
     * search hides the selected relationship, its editor saves, and the older words' answer was shown in place of the
     * newer one's.
     */
    @Test
    void aSaveWhileANewerSearchWaitsKeepsTheNewerWords() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            RelationshipItem harbour = item(workbook, "Harbour", "Cartons in the old sizes");
            HeldRunner runner = new HeldRunner();
            PortfolioSearch search = searchOn(workbook, runner);
            List<RelationshipItem> items = List.of(harbour);
            search.search("gravel", items);
            runner.runAll();
            assertNull(harbour.hitProperty().get());

            search.search("cartons", items);
            search.searchAgainAfter(SaveState.SAVED, items);
            runner.runAll();
            assertEquals("cartons", search.shownWords().typed(), "the newest words are the ones shown");
            assertEquals(harbour.id(), harbour.hitProperty().get().relationshipId());
        }
    }

    /**
     * Rows past the first ones by name come without the words around the match; those scrolled into view get them in
     * one fetch, the others not; an answer that comes after a newer search began is dropped.
     */
    @Test
    void rowsScrolledIntoViewGetTheirExcerptsInOneFetch() throws Exception {
        try (Workbook workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now())) {
            List<RelationshipItem> items = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                Relationship draft = Relationship.draft(String.format("Client %03d", i), FixedClock.NOW);
                items.add(new RelationshipItem(workbook.relationships().create(new Relationship(draft.id(), draft.name(),
                        "", "", "", RelationshipKind.CLIENT, "Gravel on the bay", false, draft.createdAt(),
                        draft.updatedAt()))));
            }
            HeldRunner runner = new HeldRunner();
            PortfolioSearch search = searchOn(workbook, runner);
            search.search("gravel", items);
            runner.runAll();
            assertEquals("", excerpt(items.get(60)), "past the first shown: no excerpt yet");
            assertTrue(excerpt(items.get(0)).contains("Gravel"), excerpt(items.get(0)));

            items.subList(60, 71).forEach(search::wantExcerpt);
            items.subList(60, 71).forEach(search::wantExcerpt); // scrolled past again: not asked twice
            assertEquals(1, runner.held.size(), "the rows in view are fetched together");
            runner.runAll();

            for (RelationshipItem row : items.subList(60, 71)) {
                assertTrue(excerpt(row).contains("Gravel"), row.nameProperty().get() + ": " + excerpt(row));
            }
            assertEquals("", excerpt(items.get(71)), "a row not in view is not fetched");

            search.wantExcerpt(items.get(75));
            runner.held.remove().run(); // the fetch is now asked for...
            search.search("bay", items); // ...when a newer search begins
            runner.held.remove().run(); // the fetch's answer, before the newer search's
            assertEquals("", excerpt(items.get(75)), "the older search's answer is dropped");
            runner.runAll();
            assertEquals(SearchWords.of("bay"), search.shownWords());
        }
    }

    private static String excerpt(RelationshipItem item) {
        return item.hitProperty().get().excerpt().text();
    }

    private static RelationshipItem item(Workbook workbook, String name, String notes) {
        Relationship made = workbook.relationships().create(Relationship.draft(name, FixedClock.NOW));
        Relationship noted = workbook.relationships().update(new Relationship(made.id(), name, "", "", "",
                RelationshipKind.CLIENT, notes, false, made.createdAt(), made.updatedAt()));
        return new RelationshipItem(noted);
    }

    /** A search of {@code workbook}'s worksheets on {@code runner}; any failure fails the test. */
    private static PortfolioSearch searchOn(Workbook workbook, HeldRunner runner) {
        PortfolioSearch search = new PortfolioSearch(runner, error -> {
            throw new AssertionError(error);
        });
        search.use(workbook.worksheetSearch());
        return search;
    }
}
