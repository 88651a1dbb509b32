package org.bridgework.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.bridgework.model.Relationship;
import org.bridgework.model.repair.ActionPlan;
import org.bridgework.model.repair.Commitment;
import org.bridgework.model.repair.Ownership;
import org.bridgework.model.repair.RepairCase;
import org.bridgework.testing.FixedClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save writes the rows that changed since the repository last read or saved the repair, and the workbook
 * holds the saved repair even when its rows are not as the repository left them.
 */
class SaveChangedRowsTest {
    @TempDir
    Path folder;
    private Workbook workbook;
    private long id;
    private RepairCase loaded;

    @BeforeEach
    void open() throws Exception {
        workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now());
        id = workbook.relationships().create(Relationship.draft("Harbour", FixedClock.NOW)).id();
        workbook.repairCases().save(RepairSamples.realistic(id));
        loaded = workbook.repairCases().load(id);
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void typingInASheetFieldWritesThatSheetsRowOnly() throws Exception {
        RepairCase edited = loaded.withOwnership(new Ownership("We missed the date", "", ""));
        assertEquals(1, rowsWrittenBy(edited));
        assertEquals(edited, readAnew());
    }

    @Test
    void typingInOneCommitmentWritesThatCommitmentsRowOnly() throws Exception {
        RepairCase edited = withFirstCommitment(loaded, c -> c.withMeasureOfSuccess("They say so"));
        assertEquals(1, rowsWrittenBy(edited));
        assertEquals(edited, readAnew());
    }

    @Test
    void aSaveWithNothingChangedWritesNothing() throws Exception {
        assertEquals(0, rowsWrittenBy(loaded));
    }

    @Test
    void aRowRemovedBehindItsBackIsWrittenAgain() throws Exception {
        try (Connection other = connection(); Statement statement = other.createStatement()) {
            statement.executeUpdate("DELETE FROM commitment WHERE relationship_id = " + id
                    + " AND position = (SELECT min(position) FROM commitment WHERE relationship_id = " + id + ")");
        }
        RepairCase edited = withFirstCommitment(loaded, c -> c.withMeasureOfSuccess("They say so"));
        workbook.repairCases().save(edited);
        assertEquals(edited, readAnew());
    }

    @Test
    void readingTheStartOfATimelineIsNotTakenForWhatIsStored() throws Exception {
        workbook.repairCases().loadThrough(id, RepairSamples.DAY.minusYears(5));
        RepairCase edited = withFirstCommitment(loaded, c -> c.withMeasureOfSuccess("They say so"));
        assertEquals(1, rowsWrittenBy(edited));
        assertEquals(edited, readAnew());
    }

    @Test
    void aRepairNotReadFirstIsWrittenWhole() throws Exception {
        workbook.close();
        workbook = Workbook.open(folder.resolve("w.db"), FixedClock.now());
        RepairCase edited = withFirstCommitment(loaded, c -> c.withMeasureOfSuccess("They say so"));
        workbook.repairCases().save(edited);
        assertEquals(edited, readAnew());
        RepairCase again = edited.withOwnership(new Ownership("Then only what changed", "", ""));
        assertEquals(1, rowsWrittenBy(again));
    }

    private long rowsWrittenBy(RepairCase repair) {
        long before = workbook.rowsChanged();
        workbook.repairCases().save(repair);
        return workbook.rowsChanged() - before;
    }

    private static RepairCase withFirstCommitment(RepairCase repair, java.util.function.UnaryOperator<Commitment> edit) {
        List<Commitment> commitments = new ArrayList<>(repair.actionPlan().commitments());
        commitments.set(0, edit.apply(commitments.get(0)));
        return repair.withActionPlan(new ActionPlan(commitments));
    }

    private Connection connection() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("w.db").toAbsolutePath());
    }

    private RepairCase readAnew() throws Exception {
        try (Connection connection = connection()) {
            return new RepairCaseRepository(connection, null).load(id);
        }
    }
}
