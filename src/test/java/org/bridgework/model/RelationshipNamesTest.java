package org.bridgework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationshipNamesTest {
    private static final List<Relationship> OTHERS = List.of(
            Relationship.draft("Acme Ltd", Instant.EPOCH),
            Relationship.draft("Société Générale", Instant.EPOCH).withArchived(true));

    @Test
    void aNewNameIsFine() {
        assertEquals(Optional.empty(), RelationshipNames.check("Northwind", OTHERS));
    }

    @Test
    void blankNamesAreEmpty() {
        assertEquals(Optional.of(NameProblem.EMPTY), RelationshipNames.check("", OTHERS));
        assertEquals(Optional.of(NameProblem.EMPTY), RelationshipNames.check(" \t\u2003", OTHERS));
        assertEquals(Optional.of(NameProblem.EMPTY), RelationshipNames.check(null, OTHERS));
    }

    @Test
    void duplicatesIgnoreCaseSpacesAndCompositionAndIncludeArchivedOnes() {
        assertEquals(Optional.of(NameProblem.DUPLICATE), RelationshipNames.check("  ACME ltd ", OTHERS));
        // "e" + combining acute accent is the same name as the precomposed "é".
        assertEquals(Optional.of(NameProblem.DUPLICATE), RelationshipNames.check("socie\u0301te\u0301 ge\u0301ne\u0301rale", OTHERS));
    }

    @Test
    void theLimitCountsCharactersNotUtf16Units() {
        String emoji = "🤝".repeat(RelationshipNames.MAX_LENGTH);
        assertEquals(Optional.empty(), RelationshipNames.check(emoji, List.of()));
        assertEquals(Optional.of(NameProblem.TOO_LONG), RelationshipNames.check(emoji + "x", List.of()));
    }

    @Test
    void cleaningStripsSurroundingSpaceOnly() {
        assertEquals("Harbour  Print", RelationshipNames.clean("  Harbour  Print\n"));
    }

    private static final java.util.function.BiFunction<String, Integer, String> RESTORED =
            (name, n) -> n == 1 ? name + " (restored)" : name + " (restored " + n + ")";

    @Test
    void aFreeNameIsKeptAsItIs() {
        assertEquals("Acme", RelationshipNames.freeName("Acme", List.of("Northwind", "Acme (restored)"), RESTORED));
    }

    @Test
    void aTakenNameGetsTheFirstFreeVariantIgnoringCaseAndComposition() {
        assertEquals("Acme (restored)", RelationshipNames.freeName("Acme", List.of("ACME"), RESTORED));
        assertEquals("Acme (restored 3)", RelationshipNames.freeName("Acme",
                List.of("acme", "Acme (RESTORED)", " Acme (restored 2) "), RESTORED));
        assertEquals("Cafe\u0301 (restored)", RelationshipNames.freeName("Cafe\u0301", List.of("Caf\u00e9"), RESTORED));
    }

    @Test
    void aLongNameIsShortenedSoItsVariantStaysWithinTheLimit() {
        String longName = "\uD83E\uDD1D".repeat(RelationshipNames.MAX_LENGTH);
        String free = RelationshipNames.freeName(longName, List.of(longName), RESTORED);
        assertEquals(RelationshipNames.MAX_LENGTH, free.codePointCount(0, free.length()));
        assertTrue(free.endsWith(" (restored)"), free);
        assertEquals(java.util.Optional.empty(), RelationshipNames.check(free, List.of(Relationship.draft(longName, Instant.EPOCH))));
    }
}
