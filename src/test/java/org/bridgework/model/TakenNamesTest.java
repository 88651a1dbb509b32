package org.bridgework.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TakenNamesTest {
    private static final TakenNames.Variants IMPORTED = (name, attempt) ->
            attempt == 1 ? name + " (imported)" : name + " (imported " + attempt + ")";

    @Test
    void aFreeNameIsKeptAndThenTaken() {
        TakenNames taken = new TakenNames(List.of("Acme"));
        assertEquals("Harbour", taken.claim("Harbour", IMPORTED));
        assertEquals("harbour (imported)", taken.claim("harbour", IMPORTED), "the first claim took it");
    }

    @Test
    void aTakenNameGetsTheFirstFreeVariantIgnoringCaseCompositionAndSpaces() {
        TakenNames taken = new TakenNames(List.of("ACME", " acme (Imported) ", "Acme (imported 3)", "E\u0301mile"));
        assertEquals("Acme (imported 2)", taken.claim("Acme", IMPORTED));
        assertEquals("Acme (imported 4)", taken.claim("Acme", IMPORTED));
        assertEquals("\u00c9mile (imported)", taken.claim("\u00c9mile", IMPORTED), "É composed or not is the same");
    }

    @Test
    void variantsThatRepeatThemselvesAreAnErrorNotALoop() {
        TakenNames taken = new TakenNames(List.of("Acme", "Acme (copy)"));
        assertThrows(IllegalArgumentException.class, () -> taken.claim("Acme", (name, attempt) -> name + " (copy)"));
    }
}
