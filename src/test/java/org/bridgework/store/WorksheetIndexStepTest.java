package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;

/**
 * The index's share of a save: the entries of the rows the save wrote are written again, and no other (the save
 * counts in SaveChangedRowsTest leave the index out for this reason, see WorksheetRowCount). Runs on a workbook file;
 * {@link TeamWorksheetIndexStepTest} on a team workbook.
 */
class WorksheetIndexStepTest extends StoreContract {
    @Test
    void editingOneCommitmentWritesThatCommitmentsEntryOnly() throws Exception {
        try (WorkbookStore store = openStore(FixedClock.now())) {
            long id = store.relationships().create(org.bridgework.model.Relationship.draft("Harbour", FixedClock.NOW)).id();
            store.repairCases().save(RepairSamples.realistic(id));
            RepairCase loaded = store.repairCases().load(id);
            Map<String, Long> before = entries();
            List<Commitment> commitments = new ArrayList<>(loaded.actionPlan().commitments());
            commitments.set(0, commitments.get(0).withMeasureOfSuccess("They say so in writing"));
            store.repairCases().save(loaded.withActionPlan(new ActionPlan(commitments)));
            Map<String, Long> after = entries();

            assertEquals(before.keySet(), after.keySet(), "the same places have entries");
            Set<String> written = new java.util.HashSet<>();
            before.forEach((key, entry) -> {
                if (!entry.equals(after.get(key))) {
                    written.add(key);
                }
            });
            assertEquals(1, written.size(), "one entry written again: " + written);
            assertEquals("commitment", written.iterator().next().split("/")[0]);
        }
    }

    /** Each entry's id by its place (source/position): an entry written again gets a new id. */
    private Map<String, Long> entries() throws Exception {
        Map<String, Long> entries = new HashMap<>();
        try (Connection plain = plainConnection(); Statement statement = plain.createStatement();
             ResultSet rows = statement.executeQuery("SELECT source, position, id FROM search_entry")) {
            while (rows.next()) {
                entries.put(rows.getString(1) + "/" + rows.getInt(2), rows.getLong(3));
            }
        }
        return entries;
    }
}
