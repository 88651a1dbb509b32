package org.bridgework.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows to write to turn one stored list into another. A stored entry is known by its position, which a
 * save never changes: entries are compared slot by slot after the unchanged start and end, an entry that
 * differs is updated where it is, removed entries' rows are deleted (leaving a gap) and added entries take
 * free positions after their predecessor. The user edits a field, adds at the end, removes or sorts, so a
 * save writes the slots that changed. Only when added entries find no free position between their
 * neighbours is the whole list rewritten, numbered again from 0. No SQL here.
 *
 * @param <T> an entry of the list
 */
final class ListChanges<T> {
    /**
     * One row to write: its position, the entry to put there (null for a row to delete) and, for an update,
     * the entry it replaces.
     */
    record Row<T>(int position, T entry, T previous) {
    }

    private final List<Row<T>> deleted;
    private final List<Row<T>> updated;
    private final List<Row<T>> inserted;
    /** The whole list, when it is rewritten; null otherwise. */
    private final List<T> rewritten;
    private final int[] positionsAfter;

    private ListChanges(List<Row<T>> deleted, List<Row<T>> updated, List<Row<T>> inserted, List<T> rewritten,
                        int[] positionsAfter) {
        this.deleted = deleted;
        this.updated = updated;
        this.inserted = inserted;
        this.rewritten = rewritten;
        this.positionsAfter = positionsAfter;
    }

    /** Every row of the list written afresh at positions 0, 1 … (when nothing is known of what is stored). */
    static <T> ListChanges<T> rewrite(List<T> entries) {
        int[] positions = new int[entries.size()];
        Arrays.setAll(positions, i -> i);
        return new ListChanges<>(List.of(), List.of(), List.of(), List.copyOf(entries), positions);
    }

    /**
     * The changes from {@code before}, stored at {@code positions} (increasing, one per entry), to {@code after}.
     *
     * @param inPlace false for a list whose rows may not be updated in place (a unique column): any change
     *                rewrites it
     */
    static <T> ListChanges<T> between(int[] positions, List<T> before, List<T> after, boolean inPlace) {
        if (positions.length != before.size()) {
            throw new IllegalArgumentException(positions.length + " positions for " + before.size() + " entries");
        }
        if (before == after) {
            return new ListChanges<>(List.of(), List.of(), List.of(), null, positions.clone());
        }
        int common = Math.min(before.size(), after.size());
        int start = 0;
        while (start < common && same(before.get(start), after.get(start))) {
            start++;
        }
        int end = 0;
        while (end < common - start
                && same(before.get(before.size() - 1 - end), after.get(after.size() - 1 - end))) {
            end++;
        }
        int oldMiddle = before.size() - end - start;
        int newMiddle = after.size() - end - start;
        if (oldMiddle == 0 && newMiddle == 0) {
            return new ListChanges<>(List.of(), List.of(), List.of(), null, positions.clone());
        }
        if (!inPlace) {
            return rewrite(after);
        }
        int paired = Math.min(oldMiddle, newMiddle);
        int[] positionsAfter = new int[after.size()];
        System.arraycopy(positions, 0, positionsAfter, 0, start + paired);
        System.arraycopy(positions, before.size() - end, positionsAfter, after.size() - end, end);
        List<Row<T>> updated = new ArrayList<>();
        for (int i = start; i < start + paired; i++) {
            if (!same(before.get(i), after.get(i))) {
                updated.add(new Row<>(positions[i], after.get(i), before.get(i)));
            }
        }
        List<Row<T>> deleted = new ArrayList<>();
        for (int i = start + paired; i < start + oldMiddle; i++) {
            deleted.add(new Row<>(positions[i], null, null));
        }
        List<Row<T>> inserted = new ArrayList<>();
        if (newMiddle > paired) {
            long previous = start + paired == 0 ? -1 : positions[start + paired - 1];
            long next = end == 0 ? Integer.MAX_VALUE + 1L : positions[before.size() - end];
            if (next - previous - 1 < newMiddle - paired) {
                return rewrite(after);
            }
            for (int i = start + paired; i < start + newMiddle; i++) {
                positionsAfter[i] = (int) ++previous;
                inserted.add(new Row<>(positionsAfter[i], after.get(i), null));
            }
        }
        return new ListChanges<>(List.copyOf(deleted), List.copyOf(updated), List.copyOf(inserted), null,
                positionsAfter);
    }

    /** Most entries of a save are the very objects last saved; comparing them field by field costs more. */
    private static boolean same(Object a, Object b) {
        return a == b || a.equals(b);
    }

    /** True when the whole list is rewritten: {@link #entries()} holds it, the row lists are empty. */
    boolean rewrites() {
        return rewritten != null;
    }

    /** The whole list, when {@link #rewrites()}. */
    List<T> entries() {
        return rewritten;
    }

    /** Rows to delete, by position ({@link Row#entry()} is null). */
    List<Row<T>> deleted() {
        return deleted;
    }

    /** Rows whose entry changed in place. */
    List<Row<T>> updated() {
        return updated;
    }

    /** New rows, at free positions. */
    List<Row<T>> inserted() {
        return inserted;
    }

    /** Where each entry of the new list is stored once the changes are written. */
    int[] positionsAfter() {
        return positionsAfter.clone();
    }

    /** How many rows of the list the changes write (a rewrite: none is counted for the delete of the old ones). */
    int rowsWritten() {
        return rewrites() ? rewritten.size() : deleted.size() + updated.size() + inserted.size();
    }

    boolean isEmpty() {
        return !rewrites() && deleted.isEmpty() && updated.isEmpty() && inserted.isEmpty();
    }
}
