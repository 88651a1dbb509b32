package org.bridgework.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.model.search.SearchWords;
import org.bridgework.model.search.WorksheetHit;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;

/**
 * Whatever is typed into the search, and whatever the worksheets hold, the search answers and never fails: FTS5's
 * query syntax (quotes, stars, minus, NEAR, brackets, colons, carets), hostile Unicode and very long input are
 * only words or separators. Against a small vocabulary it also answers exactly what a plain reading of the texts
 * says. Fixed seeds; jqwik prints the seed and the failing sample on a failure.
 */
class HostileSearchTest {
    private static final List<String> VOCABULARY = List.of("carton", "cart", "Café", "cafe", "near", "NOT", "and",
            "or", "pallet", "Zoë", "zoe", "naïve", "body", "x1");
    private static final List<String> SEPARATORS = List.of(" ", "\"", "*", "-", "(", ")", ":", "^", "'", "\n", ", ",
            "+", "{", "}", "\\", "\u0000", " 🤝 ", "\u200F", ";");
    private static final int TEXTS = 40;
    private static Path folder;
    private static Workbook workbook;
    /** What each relationship's notes hold, by id. */
    private static final Map<Long, String> NOTES = new java.util.HashMap<>();

    @BeforeContainer
    static void open() throws Exception {
        folder = Files.createTempDirectory("bridgework-hostile-search-");
        workbook = Workbook.open(folder.resolve("search.db"), FixedClock.now());
        java.util.Random random = new java.util.Random(20261204L);
        for (int i = 0; i < TEXTS; i++) {
            StringBuilder notes = new StringBuilder();
            for (int w = random.nextInt(6) + 1; w > 0; w--) {
                notes.append(VOCABULARY.get(random.nextInt(VOCABULARY.size())))
                        .append(SEPARATORS.get(random.nextInt(SEPARATORS.size())));
            }
            Relationship made = workbook.relationships().create(Relationship.draft("R" + i, FixedClock.NOW));
            workbook.relationships().update(new Relationship(made.id(), made.name(), "", "", "", RelationshipKind.CLIENT,
                    notes.toString(), false, made.createdAt(), made.updatedAt()));
            NOTES.put(made.id(), notes.toString());
        }
    }

    @AfterContainer
    static void close() throws IOException {
        workbook.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // Best effort: a failed property may leave a workbook behind in the temporary folder, for a look.
        }
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(HostileText.text(12), HostileText.longText(20_000),
                Arbitraries.of(SEPARATORS).list().ofMaxSize(12).map(parts -> String.join("", parts) + "carton"));
    }

    @Provide
    Arbitrary<String> wordsAndSyntax() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(VOCABULARY),
                Arbitraries.of(VOCABULARY).map(word -> word.substring(0, Math.max(1, word.length() - 2))),
                Arbitraries.of(SEPARATORS));
        return piece.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Property(tries = 200, seed = "20261204")
    void anyInputIsAnsweredWithoutFailing(@ForAll("typed") String typed) {
        Map<Long, WorksheetHit> hits = workbook.worksheetSearch().find(SearchWords.of(typed));
        for (WorksheetHit hit : hits.values()) {
            assertTrue(NOTES.containsKey(hit.relationshipId()));
            assertTrue(hit.places() >= 1);
        }
    }

    @Property(tries = 300, seed = "20261205")
    void findsExactlyTheTextsHoldingEveryWordAsTheStartOfAWord(@ForAll("wordsAndSyntax") String typed) {
        SearchWords words = SearchWords.of(typed);
        Set<Long> expected = new TreeSet<>();
        if (words.searchesWorksheets()) {
            NOTES.forEach((id, notes) -> {
                if (holdsAll(notes, words)) {
                    expected.add(id);
                }
            });
        }
        assertEquals(expected, new TreeSet<>(workbook.worksheetSearch().find(words).keySet()), typed);
    }

    /** The plain reading: every word searched for begins some word of the text, both folded. */
    private static boolean holdsAll(String text, SearchWords words) {
        List<String> textWords = new ArrayList<>();
        for (String word : SearchWords.fold(text).split("[^\\p{L}\\p{N}]+")) {
            textWords.add(word.toLowerCase(Locale.ROOT));
        }
        return words.words().stream().allMatch(w -> textWords.stream().anyMatch(t -> t.startsWith(w)));
    }
}
