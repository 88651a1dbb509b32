package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bridgework.store.ListChanges.Row;
import org.junit.jupiter.api.Test;

/** What a save writes of a list, given where its entries are stored. */
class ListChangesTest {
    private static final List<String> STORED = List.of("a", "b", "c", "d");
    /** A gap where an entry was removed, after 1. */
    private static final int[] AT = {0, 1, 5, 6};

    @Test
    void anEditedEntryIsUpdatedWhereItIs() {
        ListChanges<String> changes = ListChanges.between(AT, STORED, List.of("a", "B", "c", "d"), true);
        assertEquals(List.of(new Row<>(1, "B", "b")), changes.updated());
        assertTrue(changes.deleted().isEmpty() && changes.inserted().isEmpty() && !changes.rewrites());
        assertArrayEquals(AT, changes.positionsAfter());
    }

    @Test
    void nothingChangedWritesNothing() {
        ListChanges<String> changes = ListChanges.between(AT, STORED, List.copyOf(STORED), true);
        assertTrue(changes.isEmpty());
        assertEquals(0, changes.rowsWritten());
    }

    @Test
    void anAddedEntryTakesThePositionAfterTheLast() {
        ListChanges<String> changes = ListChanges.between(AT, STORED, List.of("a", "b", "c", "d", "e"), true);
        assertEquals(List.of(new Row<>(7, "e", null)), changes.inserted());
        assertArrayEquals(new int[] {0, 1, 5, 6, 7}, changes.positionsAfter());
    }

    @Test
    void aRemovedEntryIsDeletedAndTheOthersKeepTheirPositions() {
        ListChanges<String> changes = ListChanges.between(AT, STORED, List.of("b", "c", "d"), true);
        assertEquals(List.of(new Row<String>(0, null, null)), changes.deleted());
        assertEquals(1, changes.rowsWritten());
        assertArrayEquals(new int[] {1, 5, 6}, changes.positionsAfter());
    }

    @Test
    void anEntryInsertedIntoAGapTakesAFreePosition() {
        ListChanges<String> changes = ListChanges.between(AT, STORED, List.of("a", "b", "x", "y", "c", "d"), true);
        assertEquals(List.of(new Row<>(2, "x", null), new Row<>(3, "y", null)), changes.inserted());
        assertArrayEquals(new int[] {0, 1, 2, 3, 5, 6}, changes.positionsAfter());
    }

    @Test
    void anEntryInsertedWhereNoPositionIsFreeRewritesTheList() {
        List<String> after = List.of("x", "a", "b", "c", "d");
        ListChanges<String> changes = ListChanges.between(AT, STORED, after, true);
        assertTrue(changes.rewrites());
        assertEquals(after, changes.entries());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, changes.positionsAfter());
    }

    @Test
    void reorderedEntriesAreUpdatedInTheSlotsThatChanged() {
        ListChanges<String> changes = ListChanges.between(AT, STORED, List.of("a", "d", "c", "b"), true);
        assertEquals(List.of(new Row<>(1, "d", "b"), new Row<>(6, "b", "d")), changes.updated());
        assertFalse(changes.rewrites());
    }

    @Test
    void equalEntriesAreTakenInOrder() {
        List<String> stored = List.of("a", "a", "a");
        ListChanges<String> changes = ListChanges.between(new int[] {0, 1, 2}, stored, List.of("a", "a"), true);
        assertEquals(1, changes.deleted().size());
        assertEquals(2, changes.positionsAfter().length);
    }

    @Test
    void aListThatCannotBeUpdatedInPlaceIsRewrittenWhenItChanges() {
        assertTrue(ListChanges.between(AT, STORED, List.of("a", "B", "c", "d"), false).rewrites());
        assertTrue(ListChanges.between(AT, STORED, STORED, false).isEmpty());
    }

    @Test
    void withNothingStoredToCompareEveryEntryIsWritten() {
        ListChanges<String> changes = ListChanges.rewrite(STORED);
        assertEquals(4, changes.rowsWritten());
        assertArrayEquals(new int[] {0, 1, 2, 3}, changes.positionsAfter());
    }
}
