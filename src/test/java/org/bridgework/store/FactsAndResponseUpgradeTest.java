package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.bridgework.model.repair.FaultFinding;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook of version 5, before Own our part asked what the facts show, opened and written by this one. */
class FactsAndResponseUpgradeTest {
    private static final Instant CREATED = Instant.parse("2026-10-01T08:15:00Z");

    @TempDir
    Path folder;

    @Test
    void oldRowsReadAsNotAskedYetAndTheNewFieldsAreKept() throws Exception {
        Path file = folder.resolve("v5.db");
        OldWorkbook.write(file, 5, (plain, writes) -> {
            try (Statement statement = plain.createStatement()) {
                statement.execute("INSERT INTO relationship (id, name, kind, archived, created_at, updated_at)"
                        + " VALUES (1, 'Northwind', 'client', 0, '" + CREATED + "', '" + CREATED + "')");
                statement.execute("INSERT INTO repair_case (relationship_id) VALUES (1)");
                statement.execute("INSERT INTO ownership (relationship_id, what_we_did, what_we_will_change,"
                        + " spokesperson) VALUES (1, 'Sent the wrong price list', 'Two-person check', 'Priya')");
                statement.execute("INSERT INTO reconciliation (relationship_id, apology_draft)"
                        + " VALUES (1, 'We are sorry')");
            }
        });

        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            RepairCase loaded = workbook.repairCases().load(1);
            assertEquals(new Ownership("Sent the wrong price list", "Two-person check", "Priya"), loaded.ownership());
            assertEquals("", loaded.reconciliation().apology().responseInstead());

            Ownership checked = loaded.ownership().withFacts(FaultFinding.NOT_YET_KNOWN, "Checking the order log",
                    LocalDate.of(2026, 12, 9));
            RepairCase changed = loaded.withOwnership(checked).withReconciliation(
                    new org.bridgework.model.repair.Reconciliation(loaded.reconciliation().apology()
                            .withResponseInstead("We showed them the log."), loaded.reconciliation().forgiveness()));
            workbook.repairCases().save(changed);
            assertEquals(changed, workbook.repairCases().load(1));
            assertEquals(Optional.of(FaultFinding.NOT_YET_KNOWN), workbook.repairCases().load(1).ownership().faultFinding());
        }
    }
}
