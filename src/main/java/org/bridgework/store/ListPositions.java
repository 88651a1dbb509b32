package org.bridgework.store;

import java.util.HashMap;
import java.util.Map;

/** Where each entry of a repair's lists is stored: its position, by list, in the order of the list. */
final class ListPositions {
    private final Map<ListTable, int[]> positions = new HashMap<>();

    void put(ListTable table, int[] stored) {
        positions.put(table, stored);
    }

    /** The positions of the list's entries; none if the list was never read or written. */
    int[] of(ListTable table) {
        int[] stored = positions.get(table);
        return stored == null ? new int[0] : stored;
    }
}
