package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.search.SearchPlace;
import org.bridgework.model.search.SearchWords;
import org.bridgework.model.search.WorksheetHit;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Channel;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Conversation;
import org.bridgework.model.repair.Dialogue;
import org.bridgework.model.repair.Incident;
import org.bridgework.model.repair.IncidentKind;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.model.repair.Understanding;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;

/** Search through the worksheets, on a workbook file; {@link TeamWorksheetSearchTest} runs it on a team workbook. */
class WorksheetSearchTest extends StoreContract {
    static final LocalDate MAY_12 = LocalDate.of(2026, 5, 12);
    static final Conversation CARTONS = new Conversation(MAY_12, Channel.PHONE, List.of("Ines Duarte"),
            "We should have warned them before the switch.", "Cartons in the old sizes until March",
            "Our packing team never hears from sales", "Send the carton sizes by Friday", Optional.empty());

    /** A relationship with a repair that mentions cartons in a conversation and a commitment. */
    static long harbour(WorkbookStore store) {
        long id = store.relationships().create(Relationship.draft("Harbour Foods", FixedClock.NOW)).id();
        RepairCase repair = RepairCase.start(id)
                .withUnderstanding(Understanding.empty().withIncidents(List.of(Incident.of(MAY_12.minusDays(9),
                        "The pallets arrived crushed", IncidentKind.BELOW_EXPECTATIONS))))
                .withDialogue(new Dialogue(List.of(CARTONS)))
                .withActionPlan(new ActionPlan(List.of(Commitment.planned("Reprint the labels", "Sam",
                        MAY_12.minusDays(30)))));
        store.repairCases().save(repair);
        return id;
    }

    @Test
    void findsTheConversationThatMentionsTheWordsAndSaysWhere() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = harbour(store);
            store.relationships().create(Relationship.draft("Quiet one", FixedClock.NOW));
            Map<Long, WorksheetHit> hits = store.worksheetSearch().find(SearchWords.of("carton sizes"));
            assertEquals(List.of(id), List.copyOf(hits.keySet()));
            WorksheetHit hit = hits.get(id);
            assertEquals(SearchPlace.CONVERSATION, hit.place());
            assertEquals(Optional.of(MAY_12), hit.day());
            assertTrue(hit.excerpt().text().contains("switch. · Cartons in the old sizes"), hit.excerpt().text());
            assertTrue(hit.excerpt().parts().stream().anyMatch(p -> p.match() && p.text().equals("Cartons")));
        }
    }

    @Test
    void wordsMatchTheStartOfWordsIgnoringCaseAndAccentsAndAllMustBeInOneText() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = harbour(store);
            assertEquals(SearchPlace.INCIDENT, store.worksheetSearch().find(SearchWords.of("PALL cRUSH")).get(id).place());
            assertEquals(SearchPlace.CONVERSATION, store.worksheetSearch().find(SearchWords.of("Inès")).get(id).place());
            assertTrue(store.worksheetSearch().find(SearchWords.of("pallets labels")).isEmpty(),
                    "the two words are in different texts");
            assertTrue(store.worksheetSearch().find(SearchWords.of("rton")).isEmpty(), "not the middle of a word");
        }
    }

    @Test
    void countsEveryPlaceAndShowsTheLatestDatedFirst() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = harbour(store);
            WorksheetHit hit = store.worksheetSearch().find(SearchWords.of("the")).get(id);
            assertEquals(SearchPlace.CONVERSATION, hit.place(), "12 May is later than the incident and the due date");
            assertEquals(3, hit.places());
        }
    }

    @Test
    void everySaveKeepsTheIndexInStep() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = harbour(store);
            RepairCase repair = store.repairCases().load(id);
            Conversation edited = new Conversation(MAY_12, Channel.PHONE, List.of("Ines Duarte", "Tomasz"),
                    "", "Crates instead", "", "", Optional.empty());
            store.repairCases().save(repair.withDialogue(new Dialogue(List.of(edited))));
            assertTrue(store.worksheetSearch().find(SearchWords.of("cartons")).isEmpty());
            assertEquals(SearchPlace.CONVERSATION,
                    store.worksheetSearch().find(SearchWords.of("crates tomasz")).get(id).place());
            store.repairCases().save(store.repairCases().load(id).withDialogue(Dialogue.empty()));
            assertTrue(store.worksheetSearch().find(SearchWords.of("crates")).isEmpty());
            if (kind() == Kind.FILE) {
                try (var plain = plainConnection(); var statement = plain.createStatement()) {
                    // FTS5's own check against search_entry's texts, as the index numbers them (it throws otherwise).
                    statement.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)");
                }
            }
        }
    }

    @Test
    void findsTheNotesAndFollowsTheTrash() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            Relationship made = store.relationships().create(Relationship.draft("Fjord Freight", FixedClock.NOW));
            store.relationships().update(new Relationship(made.id(), made.name(), "", "", "", RelationshipKind.SUPPLIER,
                    "Their CFO prefers a letter to e-mail", false, made.createdAt(), made.updatedAt()));
            assertEquals(SearchPlace.NOTES, store.worksheetSearch().find(SearchWords.of("letter")).get(made.id()).place());
            store.relationships().moveToTrash(made.id());
            assertTrue(store.worksheetSearch().find(SearchWords.of("letter")).isEmpty(), "the Trash is not searched");
            store.relationships().restore(List.of(made.id()), (name, n) -> name + " " + n);
            assertFalse(store.worksheetSearch().find(SearchWords.of("letter")).isEmpty());
            store.relationships().moveToTrash(made.id());
            store.relationships().deleteForGood(List.of(made.id()));
            try (var plain = plainConnection(); var statement = plain.createStatement();
                 var rows = statement.executeQuery("SELECT count(*) FROM search_entry")) {
                rows.next();
                assertEquals(0, rows.getInt(1), "deleted for good takes its entries");
            }
        }
    }

    @Test
    void oneOrTwoLettersDoNotSearchTheWorksheets() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            harbour(store);
            assertTrue(store.worksheetSearch().find(SearchWords.of("ca")).isEmpty());
            assertTrue(store.worksheetSearch().find(SearchWords.of("  ")).isEmpty());
        }
    }

    /** Query syntax of FTS5 and of tsquery, typed as words, is only words; none makes the search fail. */
    @Test
    void queryCharactersAreOnlyWords() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = harbour(store);
            for (String typed : List.of("\"carton", "carton*", "-carton", "+carton", "carton\"\"",
                    "(carton)", "carton & !", "'carton'", "carton:*", "carton\\", "^carton", "{carton}",
                    "carton';--", "carton\u0000", "carton 🤝")) {
                assertEquals(List.of(id), List.copyOf(store.worksheetSearch().find(SearchWords.of(typed)).keySet()),
                        typed);
            }
            for (String typed : List.of("AND", "OR NOT", "NEAR", "NEAR(carton", "body:carton", "carton'; DROP TABLE search_entry; --", "carton OR x", "NOT carton", "*", "\"\"", "::", "()", "\\\\", "🤝🤝🤝", "x".repeat(5000))) {
                store.worksheetSearch().find(SearchWords.of(typed));
            }
        }
    }

    /** Searching only reads: the relationships and repairs are as they were, to the last change time. */
    @Test
    void searchingChangesNothing() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = harbour(store);
            List<Relationship> before = store.relationships().findAll();
            RepairCase repair = store.repairCases().load(id);
            store.worksheetSearch().find(SearchWords.of("carton"));
            assertEquals(before, store.relationships().findAll());
            assertEquals(repair, store.repairCases().load(id));
        }
    }

    /**
     * Past the first MOST_EXCERPTS by name, a relationship found still says where (in a workbook file, from the
     * index's numbering alone) and how many places match, without the words around the match.
     */
    @Test
    void pastTheFirstShownEachStillSaysWhere() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            for (int i = 0; i <= WorksheetSearch.MOST_EXCERPTS; i++) {
                Relationship draft = Relationship.draft(String.format("Client %03d", i), FixedClock.NOW);
                store.relationships().create(new Relationship(draft.id(), draft.name(), "", "", "",
                        RelationshipKind.CLIENT, "Gravel on the bay", false, draft.createdAt(), draft.updatedAt()));
            }
            Map<Long, WorksheetHit> hits = store.worksheetSearch().find(SearchWords.of("gravel"));
            assertEquals(WorksheetSearch.MOST_EXCERPTS + 1, hits.size());
            assertTrue(hits.values().stream().allMatch(hit -> hit.place() == SearchPlace.NOTES && hit.places() == 1));
            assertEquals(WorksheetSearch.MOST_EXCERPTS,
                    hits.values().stream().filter(hit -> hit.excerpt().text().contains("Gravel")).count());
        }
    }

    /** The rows listed without the words around the match get them when asked for, with the latest dated place. */
    @Test
    void theExcerptsOfRelationshipsPastTheFirstShownAreFetchedWhenAskedFor() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            for (int i = 0; i < WorksheetSearch.MOST_EXCERPTS; i++) {
                Relationship draft = Relationship.draft(String.format("A client %03d", i), FixedClock.NOW);
                store.relationships().create(new Relationship(draft.id(), draft.name(), "", "", "",
                        RelationshipKind.CLIENT, "Carton sizes on the bay", false, draft.createdAt(), draft.updatedAt()));
            }
            long harbour = harbour(store); // "Harbour Foods": after every "A client" by name
            long quiet = store.relationships().create(Relationship.draft("Quiet one", FixedClock.NOW)).id();
            SearchWords words = SearchWords.of("carton sizes");
            assertTrue(store.worksheetSearch().find(words).get(harbour).excerpt().parts().isEmpty(),
                    "past the first shown: no excerpt with the search");

            Map<Long, WorksheetHit> fetched = store.worksheetSearch().excerpts(words, java.util.Set.of(harbour, quiet));

            assertEquals(List.of(harbour), List.copyOf(fetched.keySet()), "one not found is left out");
            WorksheetHit hit = fetched.get(harbour);
            assertEquals(SearchPlace.CONVERSATION, hit.place());
            assertEquals(Optional.of(MAY_12), hit.day());
            assertTrue(hit.excerpt().text().contains("Cartons in the old sizes"), hit.excerpt().text());
            assertEquals(Map.of(), store.worksheetSearch().excerpts(words, java.util.Set.of()));

            Relationship stored = store.relationships().findAll().stream().filter(r -> r.id() == harbour).findFirst()
                    .orElseThrow();
            store.relationships().update(new Relationship(harbour, "A big harbour", "", "", "", stored.kind(),
                    stored.notes(), false, stored.createdAt(), stored.updatedAt()));
            assertFalse(store.worksheetSearch().find(words).get(harbour).excerpt().parts().isEmpty(),
                    "renamed to come first by name, it is among the first shown (the names are not kept stale)");
        }
    }

    /** The Trash as another program left it between two searches (the names are read again when others write). */
    @Test
    void aRelationshipTrashedByAnotherConnectionBetweenSearchesIsNotFound() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = harbour(store);
            assertTrue(store.worksheetSearch().find(SearchWords.of("cartons")).containsKey(id));
            try (var plain = plainConnection();
                 var trash = plain.prepareStatement("UPDATE relationship SET deleted_at = ? WHERE id = ?")) {
                trash.setString(1, FixedClock.NOW.toString());
                trash.setLong(2, id);
                assertEquals(1, trash.executeUpdate());
            }
            assertTrue(store.worksheetSearch().find(SearchWords.of("cartons")).isEmpty());
        }
    }
}
