package org.bridgework.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortfolioFilterTest {
    private static final Relationship NORTHWIND = new Relationship(1, "Northwind", "Northwind Logistics GmbH",
            "Jürgen Weiß", "Priya Raman", RelationshipKind.SUPPLIER, "secret notes", false, Instant.EPOCH, Instant.EPOCH);

    @Test
    void anEmptySearchShowsEverythingNotArchived() {
        assertTrue(new PortfolioFilter("", false).test(NORTHWIND));
        assertTrue(new PortfolioFilter("   ", false).test(NORTHWIND));
        assertFalse(new PortfolioFilter("", false).test(NORTHWIND.withArchived(true)));
        assertTrue(new PortfolioFilter("", true).test(NORTHWIND.withArchived(true)));
    }

    @Test
    void everyWordMustMatchSomewhereIgnoringCaseAndAccents() {
        assertTrue(new PortfolioFilter("LOGISTICS gmbh", false).test(NORTHWIND));
        assertTrue(new PortfolioFilter("jurgen", false).test(NORTHWIND), "accents are ignored");
        assertTrue(new PortfolioFilter("raman north", false).test(NORTHWIND), "owner and name, any order");
        assertFalse(new PortfolioFilter("north harbour", false).test(NORTHWIND));
    }

    @Test
    void notesAreNotSearched() {
        assertFalse(new PortfolioFilter("secret", false).test(NORTHWIND));
    }
}
