package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.CommitmentStatus;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workbook of version 4, whose commitments cannot say "dropped by agreement", opened by this one. */
class DroppedByAgreementUpgradeTest {
    private static final Instant CREATED = Instant.parse("2026-10-01T08:15:00Z");

    @TempDir
    Path folder;

    @Test
    void everyCommitmentSurvivesTheRebuiltTableAndTheNewStatusCanBeSaved() throws Exception {
        Path file = folder.resolve("v4.db");
        RepairCase written = writeVersion4Workbook(file);

        try (Workbook workbook = Workbook.open(file, FixedClock.now())) {
            assertEquals(written, workbook.repairCases().load(1), "every commitment, every column, in order");

            List<Commitment> changed = new ArrayList<>(written.actionPlan().commitments());
            changed.set(0, changed.get(0).withStatus(CommitmentStatus.DROPPED_BY_AGREEMENT));
            RepairCase agreed = written.withActionPlan(new ActionPlan(changed));
            workbook.repairCases().save(agreed);
            assertEquals(agreed, workbook.repairCases().load(1));
        }

        try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = plain.createStatement()) {
            assertEquals(SchemaMigrations.latestVersion(), WorkbookTest.pragma(statement, "user_version"));
            try (ResultSet rows = statement.executeQuery(
                    "SELECT status FROM commitment WHERE relationship_id = 1 ORDER BY position LIMIT 1")) {
                rows.next();
                assertEquals("dropped_by_agreement", rows.getString(1), "readable with the plain sqlite3 tool");
            }
            try (ResultSet problems = statement.executeQuery("PRAGMA foreign_key_check")) {
                assertFalse(problems.next(), "no dangling references");
            }
            try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                check.next();
                assertEquals("ok", check.getString(1));
            }
        }
    }

    /** Scripts 0001 to 0004 and one relationship whose action plan holds every status version 4 knew. */
    private static RepairCase writeVersion4Workbook(Path file) throws Exception {
        RepairCase repair = RepairSamples.fullBeforeVersion5(1);
        OldWorkbook.write(file, 4, (plain, writes) -> {
            try (Statement statement = plain.createStatement()) {
                statement.execute("INSERT INTO relationship (id, name, kind, archived, created_at, updated_at)"
                        + " VALUES (1, 'Northwind', 'client', 0, '" + CREATED + "', '" + CREATED + "')");
            }
            new RepairCaseRepository(plain, writes).save(repair);
        });
        return repair;
    }
}
