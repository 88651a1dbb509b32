package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.RelationshipKind;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationshipRepositoryTest extends StoreContract {
    private WorkbookStore workbook;
    private RelationshipRepository repository;

    @BeforeEach
    void open() throws Exception {
        workbook = openStore(FixedClock.now());
        repository = workbook.relationships();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void createsWithIdAndTimestamps() {
        Relationship stored = repository.create(Relationship.draft("Acme Ltd", Instant.EPOCH));
        assertTrue(stored.id() > 0);
        assertEquals(FixedClock.NOW, stored.createdAt());
        assertEquals(List.of(stored), repository.findAll());
    }

    @Test
    void everyFieldRoundTrips() throws Exception {
        Relationship stored = repository.create(Relationship.draft("Harbour & Sons", FixedClock.NOW));
        Relationship edited = new Relationship(stored.id(), "Harbour & Sons", "Harbour Freight GmbH", "Jürgen Weiß",
                "Priya Raman", RelationshipKind.SUPPLIER, "Line one\nLine two\t'quoted' \"double\"", true,
                stored.createdAt(), stored.updatedAt());
        repository.update(edited);
        workbook.close();
        workbook = openStore(FixedClock.at(FixedClock.NOW.plusSeconds(60)));
        assertEquals(List.of(edited), workbook.relationships().findAll());
    }

    @Test
    void anyUnicodeAndLongTextIsKeptExactly() {
        String notes = "مرحبا \u200F RTL, emoji 🤝🏽, combining e\u0301, NUL \u0000 inside, "
                + "'; DROP TABLE relationship; --".repeat(3) + "x".repeat(2_000_000);
        Relationship stored = repository.create(new Relationship(0, "Ünïcødé 株式会社 🌉", "", "", "",
                RelationshipKind.PARTNER, notes, false, FixedClock.NOW, FixedClock.NOW));
        Relationship read = repository.findAll().get(0);
        assertEquals(stored.name(), read.name());
        assertEquals(notes, read.notes());
    }

    @Test
    void listsByNameIgnoringCase() {
        repository.createAll(List.of(Relationship.draft("beta", FixedClock.NOW), Relationship.draft("Alpha", FixedClock.NOW),
                Relationship.draft("Gamma", FixedClock.NOW)));
        assertEquals(List.of("Alpha", "beta", "Gamma"), repository.findAll().stream().map(Relationship::name).toList());
    }

    @Test
    void theDatabaseRefusesADuplicateNameEvenIfAskedTo() {
        repository.create(Relationship.draft("Acme", FixedClock.NOW));
        assertThrows(StoreException.class, () -> repository.create(Relationship.draft("ACME", FixedClock.NOW)));
        assertEquals(1, repository.findAll().size());
    }

    @Test
    void aBatchIsAllOrNothing() {
        List<Relationship> batch = List.of(Relationship.draft("One", FixedClock.NOW), Relationship.draft("Two", FixedClock.NOW),
                Relationship.draft("one", FixedClock.NOW));
        assertThrows(StoreException.class, () -> repository.createAll(batch));
        assertTrue(repository.findAll().isEmpty());
    }

    @Test
    void archivesAndDeletes() {
        Relationship a = repository.create(Relationship.draft("A", FixedClock.NOW));
        Relationship b = repository.create(Relationship.draft("B", FixedClock.NOW));
        repository.update(a.withArchived(true));
        assertTrue(repository.findAll().get(0).archived());
        repository.moveToTrash(b.id());
        assertEquals(List.of("A"), repository.findAll().stream().map(Relationship::name).toList());
    }

    @Test
    void savingARelationshipThatIsGoneSaysSo() {
        Relationship a = repository.create(Relationship.draft("A", FixedClock.NOW));
        repository.moveToTrash(a.id());
        repository.deleteForGood(List.of(a.id()));
        StoreException failure = assertThrows(StoreException.class, () -> repository.update(a.withName("B")));
        assertTrue(failure.getMessage().contains("no longer in the workbook"), failure.getMessage());
    }
}
