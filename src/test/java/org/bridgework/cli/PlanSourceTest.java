package org.bridgework.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bridgework.model.Relationship;
import org.bridgework.plan.PlanVersion;
import org.bridgework.store.Workbook;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which relationship {@code plan} and {@code print} find by name: never one in the Trash. */
class PlanSourceTest {
    @TempDir
    Path folder;

    @Test
    void aRelationshipInTheTrashIsNotFoundAndTheMessageSaysWhere() throws Exception {
        Path file = folder.resolve("w.db");
        try (Workbook book = Workbook.open(file, FixedClock.now())) {
            List<Relationship> stored = book.relationships().createAll(List.of(
                    Relationship.draft("Acme Ltd", FixedClock.NOW), Relationship.draft("Northwind", FixedClock.NOW)));
            book.relationships().moveToTrash(stored.get(0).id());
        }
        CommandFailure failure = assertThrows(CommandFailure.class,
                () -> PlanSource.load(file, options("acme ltd"), FixedClock.now()));
        assertEquals("bridgework: \u201cacme ltd\u201d is in the Trash of " + file + "; restore it in Bridgework"
                + " (Relationship \u2192 Trash\u2026) to make its plan. The workbook has: \u201cNorthwind\u201d.",
                failure.getMessage());
        assertFalse(failure.getMessage().contains("\u201cAcme Ltd\u201d"), "not listed as one it has");

        assertEquals("Northwind", PlanSource.load(file, options("northwind"), FixedClock.now()).relationship().name());
    }

    @Test
    void aTrashedNameTakenAgainFindsTheOneInThePortfolio() throws Exception {
        Path file = folder.resolve("w.db");
        long live;
        try (Workbook book = Workbook.open(file, FixedClock.now())) {
            long old = book.relationships().create(Relationship.draft("Acme", FixedClock.NOW)).id();
            book.relationships().moveToTrash(old);
            live = book.relationships().create(Relationship.draft("ACME", FixedClock.NOW)).id();
        }
        assertEquals(live, PlanSource.load(file, options("acme"), FixedClock.now()).relationship().id(),
                "not ambiguous: the one in the Trash does not count");
        assertTrue(live > 0);
    }

    private static PlanOptions options(String name) {
        return new PlanOptions(Optional.of(name), Optional.of(Path.of("out.pdf")), PlanVersion.INTERNAL,
                Optional.empty(), Optional.empty());
    }
}
